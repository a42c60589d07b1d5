// The live hub across server instances: PostgreSQL LISTEN/NOTIFY on one database channel,
// `kume_live`, the logical channel travelling inside the payload; reconnects when the
// listening connection drops.

import pg from 'pg';
import { LIVE_HUB_RESYNC, ListenerRegistry, type LiveHub } from './liveHub';

/** The one PostgreSQL channel: a fixed identifier, so no user text is ever quoted into SQL. */
export const POSTGRES_LIVE_CHANNEL = 'kume_live';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_NOTICE_BYTES = 7999;
/** The application_name of the listening connection (tests find its backend by it). */
export const LIVE_APPLICATION_NAME = 'kume-live';

export interface PostgresLiveHubOptions {
  /** Wait before the first reconnection attempt; doubles to maxReconnectDelayMs. Default 100. */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** Told about connection failures (the hub keeps retrying). */
  onError?: (error: Error) => void;
}

interface Envelope {
  c: string;
  m: string;
}

function parseEnvelope(payload: string | undefined): Envelope | null {
  try {
    const value: unknown = JSON.parse(payload ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const { c, m } = value as Record<string, unknown>;
    return typeof c === 'string' && typeof m === 'string' ? { c, m } : null;
  } catch {
    return null;
  }
}

/**
 * A hub over PostgreSQL: a dedicated client LISTENs (it cannot come from a pool, which would hand
 * it to others), publishing goes through a small pool. Delivery starts once the first connection
 * succeeds; after a reconnect every listener gets LIVE_HUB_RESYNC.
 */
export interface PostgresLiveHub extends LiveHub {
  /** Resolves once the first LISTEN succeeded (or the hub closed): notices flow from then on. */
  listening(): Promise<void>;
}

export function postgresLiveHub(
  connectionString: string,
  options: PostgresLiveHubOptions = {},
): PostgresLiveHub {
  const registry = new ListenerRegistry();
  const firstDelay = options.reconnectDelayMs ?? 100;
  const maxDelay = options.maxReconnectDelayMs ?? 5_000;
  const publisher = new pg.Pool({ connectionString, max: 2 });
  // An idle publishing client losing its server must not crash the process.
  publisher.on('error', () => undefined);
  let client: pg.Client | null = null;
  let closed = false;
  let delay = firstDelay;
  let connectedBefore = false;
  let retry: NodeJS.Timeout | undefined;
  let markListening: () => void = () => undefined;
  const firstListen = new Promise<void>((resolve) => (markListening = resolve));

  const report = (error: unknown) =>
    options.onError?.(error instanceof Error ? error : new Error(String(error)));

  const scheduleReconnect = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    retry.unref();
    delay = Math.min(delay * 2, maxDelay);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: LIVE_APPLICATION_NAME });
    let dropped = false;
    const onDrop = (error?: Error) => {
      if (dropped) return;
      dropped = true;
      if (error) report(error);
      if (client === next) client = null;
      next.end().catch(() => undefined);
      scheduleReconnect();
    };
    next.on('error', onDrop);
    next.on('end', () => onDrop());
    next.on('notification', (notice) => {
      if (notice.channel !== POSTGRES_LIVE_CHANNEL) return;
      const envelope = parseEnvelope(notice.payload);
      if (envelope) registry.deliver(envelope.c, envelope.m);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${POSTGRES_LIVE_CHANNEL}`);
    } catch (error) {
      onDrop(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delay = firstDelay;
    // Notices published while no connection listened are lost: tell everyone to reload.
    if (connectedBefore) registry.deliverToAll(LIVE_HUB_RESYNC);
    connectedBefore = true;
    markListening();
  };
  void connect();

  return {
    async publish(channel, message) {
      if (closed) throw new Error('the live hub is closed');
      const payload = JSON.stringify({ c: channel, m: message } satisfies Envelope);
      if (Buffer.byteLength(payload) > MAX_NOTICE_BYTES)
        throw new Error(
          `a live notice must stay under 8000 bytes (this one has ${Buffer.byteLength(payload)}): publish a version, not the state`,
        );
      await publisher.query('SELECT pg_notify($1, $2)', [POSTGRES_LIVE_CHANNEL, payload]);
    },
    subscribe: (channel, listener) => registry.add(channel, listener),
    listening: () => firstListen,
    async close() {
      closed = true;
      markListening();
      clearTimeout(retry);
      registry.clear();
      const listening = client;
      client = null;
      await Promise.all([
        listening?.end().catch(() => undefined),
        publisher.end().catch(() => undefined),
      ]);
    },
  };
}
