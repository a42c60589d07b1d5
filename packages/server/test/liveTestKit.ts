// For the live layer's tests: a counter LiveSessions (commands count votes per participant, the
// view shows the totals) over a store several app instances can share, and a WebSocket client
// that collects messages and waits for the one a test expects.

import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import type { LiveHub } from '../src/live/liveHub';
import type { LiveSession, LiveSessions } from '../src/live/liveSessions';

export const COUNTER_CODE = 'COUNT1';

/** Stands for the database: instances sharing it see each other's votes. */
export class CounterStore {
  version = 0;
  total = 0;
  readonly mine = new Map<string, number>();
  readonly tokens = new Map<string, string>();
}

export interface CounterView {
  total: number;
  mine: number;
}

/** Join code COUNT1; `{vote: true}` counts one vote; anything else is refused. */
export function counterLiveSessions(hub: LiveHub, store: CounterStore): LiveSessions {
  const channel = `counter:${COUNTER_CODE}`;
  const session: LiveSession = {
    channel,
    async hello(token) {
      if (token) {
        const participantId = store.tokens.get(token);
        return participantId ? { participantId, token } : { error: 'This token is not known.' };
      }
      const participant = { participantId: randomUUID(), token: randomUUID() };
      store.tokens.set(participant.token, participant.participantId);
      return participant;
    },
    async command(participantId, body) {
      if ((body as { vote?: unknown }).vote !== true)
        return { ok: false, code: 'unknown_command', message: 'Only {vote: true} is known.' };
      store.total += 1;
      store.mine.set(participantId, (store.mine.get(participantId) ?? 0) + 1);
      store.version += 1;
      await hub.publish(channel, JSON.stringify({ version: store.version }));
      return { ok: true };
    },
    async view(participantId) {
      const view: CounterView = { total: store.total, mine: store.mine.get(participantId) ?? 0 };
      return { version: store.version, view };
    },
  };
  return { open: async (code) => (code === COUNTER_CODE ? session : null) };
}

export interface Received {
  type: string;
  [key: string]: unknown;
}

/** A test's WebSocket client: every message kept, `next` waits for a matching one. */
export class LiveTestClient {
  readonly received: Received[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as Received);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }

  static async connect(url: string, options: { autoPong?: boolean } = {}): Promise<LiveTestClient> {
    const socket = new WebSocket(url, { autoPong: options.autoPong ?? true });
    const client = new LiveTestClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  send(message: unknown) {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message since `from` (an index into received) that matches, within `ms`. */
  async next(
    match: (message: Received) => boolean,
    options: { from?: number; ms?: number } = {},
  ): Promise<Received> {
    const until = Date.now() + (options.ms ?? 3_000);
    let from = options.from ?? 0;
    for (;;) {
      const found = this.received.slice(from).find(match);
      if (found) return found;
      from = this.received.length;
      const left = until - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching message; received: ${JSON.stringify(this.received.slice(-5))}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Joins and returns the welcome. */
  async hello(token?: string, name = 'Ayşe'): Promise<{ participantId: string; token: string }> {
    const from = this.received.length;
    this.send({ type: 'hello', name, ...(token ? { token } : {}) });
    const welcome = await this.next((m) => m.type === 'welcome', { from });
    return welcome as unknown as { participantId: string; token: string };
  }

  /** Waits for a state whose view satisfies `match`. */
  state(match: (view: CounterView) => boolean, ms?: number): Promise<Received> {
    return this.next((m) => m.type === 'state' && match(m.view as CounterView), { ms });
  }

  close() {
    this.socket.close();
    return this.closed;
  }
}
