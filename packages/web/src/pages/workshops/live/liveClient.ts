// The live workshop's socket driver, free of React: hello (with the token when there is one),
// commands with their acks, reconnects with backoff, and resending unacknowledged commands with
// the same id after a reconnect (the server acknowledges a repeat without running it twice).

import type { WorkshopView } from '@kume/core';
import {
  type LiveConnectionEvent,
  type LiveError,
  type LiveWorkshopStatus,
  reconnectDelay,
} from './liveConnection';

/** A command's outcome: ok, or a stable code (workshopErrorText words it) and the server's message. */
export interface LiveAck {
  ok: boolean;
  code?: string;
  message?: string;
}

/** What LiveClient needs of a WebSocket (the browser's fits; tests pass a fake). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
}

export interface LiveClientOptions {
  url: string;
  /** The token to join with; null for a first join by name. */
  token: string | null;
  name: string | null;
  /** The participant's organisation in the working group, for a first join (the server checks it). */
  organisationId?: string | null;
  createSocket: (url: string) => SocketLike;
  /** Every change of the connection, for liveConnectionReducer. */
  onEvent: (event: LiveConnectionEvent) => void;
  /** A token to keep for rejoining, or null when the server refused the kept one. */
  onToken?: (token: string | null) => void;
  newId?: () => string;
}

const OPEN = 1;
const CLOSE_UNKNOWN_SESSION = 4404;
/** Reconnecting would only repeat these: an unknown code, a refused hello (stale token, no name). */
const FATAL_ERRORS = new Set(['unknown_session', 'hello_refused']);

/**
 * A random message id (UUID v4). crypto.randomUUID exists only in secure contexts; phones often
 * reach a workshop server on the local network over plain http, where getRandomValues still works.
 */
export function newMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Frame {
  type?: unknown;
  [field: string]: unknown;
}

export class LiveClient {
  private socket: SocketLike | null = null;
  private welcomed = false;
  private stopped = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private token: string | null;
  private readonly pending = new Map<
    string,
    { body: Record<string, unknown>; resolve: (ack: LiveAck) => void }
  >();

  constructor(private readonly options: LiveClientOptions) {
    this.token = options.token;
  }

  start() {
    if (this.stopped || this.socket) return;
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    this.welcomed = false;
    const { name, organisationId } = this.options;
    socket.onopen = () =>
      socket.send(
        JSON.stringify({
          type: 'hello',
          token: this.token,
          name,
          // Left out when none, so the hello reads as it always did.
          ...(organisationId ? { organisationId } : {}),
        }),
      );
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      let frame: Frame;
      try {
        frame = JSON.parse(event.data) as Frame;
      } catch {
        return; // the server only sends JSON; ignore rather than break the screen
      }
      this.receive(frame, socket);
    };
    socket.onclose = (event) => this.closed(socket, event.code, event.reason);
  }

  /** Ends the connection for good (the page left); commands still waiting resolve as not sent. */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.close(1000, 'page left');
    this.socket = null;
    this.settleAll({ ok: false, code: 'not_connected' });
  }

  /** Sends a command body (without participantId) now, or after the next welcome. */
  send(body: Record<string, unknown>): Promise<LiveAck> {
    if (this.stopped) return Promise.resolve({ ok: false, code: 'not_connected' });
    const id = (this.options.newId ?? newMessageId)();
    return new Promise<LiveAck>((resolve) => {
      this.pending.set(id, { body, resolve });
      if (this.socket && this.welcomed && this.socket.readyState === OPEN)
        this.socket.send(JSON.stringify({ type: 'command', id, body }));
    });
  }

  private receive(frame: Frame, socket: SocketLike) {
    const emit = this.options.onEvent;
    if (frame.type === 'welcome' && typeof frame.participantId === 'string') {
      this.token = typeof frame.token === 'string' ? frame.token : this.token;
      if (this.token !== null) this.options.onToken?.(this.token);
      this.attempt = 0;
      this.welcomed = true;
      emit({ type: 'welcome', participantId: frame.participantId, token: this.token ?? '' });
      for (const [id, { body }] of this.pending)
        socket.send(JSON.stringify({ type: 'command', id, body }));
    } else if (frame.type === 'state' && typeof frame.version === 'number') {
      const wrapped = (frame.view ?? {}) as {
        status?: LiveWorkshopStatus;
        workshop?: WorkshopView | null;
      };
      emit({
        type: 'state',
        version: frame.version,
        view: wrapped.workshop ?? null,
        workshopStatus: wrapped.status ?? null,
      });
    } else if (frame.type === 'ack' && typeof frame.id === 'string') {
      const command = this.pending.get(frame.id);
      if (!command) return;
      this.pending.delete(frame.id);
      command.resolve({
        ok: frame.ok === true,
        ...(typeof frame.code === 'string' ? { code: frame.code } : {}),
        ...(typeof frame.message === 'string' ? { message: frame.message } : {}),
      });
    } else if (frame.type === 'error' && typeof frame.code === 'string') {
      const error: LiveError = { code: frame.code, message: String(frame.message ?? '') };
      // A kept token the server does not know (a deleted participant): forget it, join afresh.
      if (frame.code === 'hello_refused' && this.token !== null) this.options.onToken?.(null);
      if (FATAL_ERRORS.has(frame.code)) this.finish(error);
      else emit({ type: 'error', error });
    }
  }

  private closed(socket: SocketLike, code: number, reason: string) {
    if (this.socket !== socket) return; // an old socket's late close
    this.socket = null;
    this.welcomed = false;
    if (this.stopped) return;
    if (code === CLOSE_UNKNOWN_SESSION)
      return this.finish({ code: 'unknown_session', message: reason });
    this.attempt += 1;
    this.options.onEvent({ type: 'lost' });
    this.timer = setTimeout(() => this.start(), reconnectDelay(this.attempt));
  }

  private finish(error: LiveError) {
    this.settleAll({ ok: false, code: error.code });
    this.stop();
    this.options.onEvent({ type: 'closed', error });
  }

  private settleAll(ack: LiveAck) {
    for (const { resolve } of this.pending.values()) resolve(ack);
    this.pending.clear();
  }
}
