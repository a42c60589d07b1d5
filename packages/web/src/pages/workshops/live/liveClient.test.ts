// The live socket driver against a fake socket: hello, acks, reconnect with backoff, resending
// unacknowledged commands with the same id, and the ends that must not reconnect.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveClient, newMessageId, type SocketLike } from './liveClient';
import type { LiveConnectionEvent } from './liveConnection';

class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: Record<string, unknown>[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;

  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
  receive(message: Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify(message) } as MessageEvent);
  }
  drop(code = 1006, reason = '') {
    this.readyState = 3;
    this.onclose?.({ code, reason } as CloseEvent);
  }
}

function setUp(token: string | null = null, organisationId: string | null = null) {
  const sockets: FakeSocket[] = [];
  const events: LiveConnectionEvent[] = [];
  const tokens: (string | null)[] = [];
  let next = 0;
  const client = new LiveClient({
    url: 'ws://kume.test/api/live/ABC234',
    token,
    name: 'Ayşe',
    organisationId,
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    onEvent: (event) => events.push(event),
    onToken: (kept) => tokens.push(kept),
    newId: () => `m${(next += 1)}`,
  });
  client.start();
  const last = () => sockets[sockets.length - 1] as FakeSocket;
  const welcome = () => {
    last().open();
    last().receive({ type: 'welcome', participantId: 'p1', token: 'tok-1' });
  };
  return { client, sockets, events, tokens, last, welcome };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('LiveClient', () => {
  it("says hello with the participant's organisation when one was chosen", () => {
    const { last } = setUp(null, 'org-1');
    last().open();
    expect(last().sent[0]).toEqual({
      type: 'hello',
      token: null,
      name: 'Ayşe',
      organisationId: 'org-1',
    });
  });

  it('says hello with the name, keeps the welcome token and passes states on', () => {
    const { last, welcome, events, tokens } = setUp();
    welcome();
    expect(last().sent[0]).toEqual({ type: 'hello', token: null, name: 'Ayşe' });
    expect(tokens).toEqual(['tok-1']);
    last().receive({ type: 'state', version: 3, view: { status: 'live', workshop: null } });
    expect(events).toEqual([
      { type: 'welcome', participantId: 'p1', token: 'tok-1' },
      { type: 'state', version: 3, view: null, workshopStatus: 'live' },
    ]);
  });

  it('resolves a command with its ack, refusals with their code', async () => {
    const { client, last, welcome } = setUp();
    welcome();
    const accepted = client.send({ type: 'add_item', roundId: 'r', text: 'A' });
    const refused = client.send({ type: 'vote', roundId: 'r' });
    expect(last().sent.slice(1)).toEqual([
      { type: 'command', id: 'm1', body: { type: 'add_item', roundId: 'r', text: 'A' } },
      { type: 'command', id: 'm2', body: { type: 'vote', roundId: 'r' } },
    ]);
    last().receive({ type: 'ack', id: 'm2', ok: false, code: 'round_closed', message: 'closed' });
    last().receive({ type: 'ack', id: 'm1', ok: true });
    await expect(accepted).resolves.toEqual({ ok: true });
    await expect(refused).resolves.toEqual({ ok: false, code: 'round_closed', message: 'closed' });
  });

  it('reconnects after 0.5 s with the token and resends an unacknowledged command with its id', async () => {
    const { client, sockets, last, welcome, events } = setUp();
    welcome();
    const vote = client.send({ type: 'vote', roundId: 'r' });
    last().drop();
    expect(events.at(-1)).toEqual({ type: 'lost' });
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    last().open();
    expect(last().sent).toEqual([{ type: 'hello', token: 'tok-1', name: 'Ayşe' }]);
    last().receive({ type: 'welcome', participantId: 'p1', token: 'tok-1' });
    expect(last().sent[1]).toEqual({
      type: 'command',
      id: 'm1',
      body: { type: 'vote', roundId: 'r' },
    });
    last().receive({ type: 'ack', id: 'm1', ok: true });
    await expect(vote).resolves.toEqual({ ok: true });
  });

  it('holds a command given while disconnected until the next welcome', () => {
    const { client, last } = setUp('kept');
    last().open();
    void client.send({ type: 'confirm', roundId: 'r' });
    expect(last().sent).toEqual([{ type: 'hello', token: 'kept', name: 'Ayşe' }]);
    last().receive({ type: 'welcome', participantId: 'p1', token: 'kept' });
    expect(last().sent[1]).toMatchObject({ type: 'command', id: 'm1' });
  });

  it('waits longer after each failed attempt, at most 5 s', () => {
    const { sockets, last } = setUp();
    const waits: number[] = [];
    for (let failure = 0; failure < 5; failure += 1) {
      const before = sockets.length;
      last().drop();
      let waited = 0;
      while (sockets.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 5000]);
  });

  it('stops for good on an unknown code (4404) and answers waiting commands with it', async () => {
    const { client, sockets, last, events } = setUp();
    last().open();
    const waiting = client.send({ type: 'confirm', roundId: 'r' });
    last().drop(4404, 'unknown code');
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
    expect(events.at(-1)).toEqual({
      type: 'closed',
      error: { code: 'unknown_session', message: 'unknown code' },
    });
    await expect(waiting).resolves.toEqual({ ok: false, code: 'unknown_session' });
  });

  it('forgets a kept token the server refuses and does not reconnect', () => {
    const { sockets, last, events, tokens } = setUp('stale');
    last().open();
    last().receive({ type: 'error', code: 'hello_refused', message: 'unknown token' });
    last().drop(1000);
    vi.advanceTimersByTime(10_000);
    expect(tokens).toEqual([null]);
    expect(sockets).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'closed', error: { code: 'hello_refused' } });
  });

  it('reports a passing error such as rate limiting without closing', () => {
    const { last, welcome, events } = setUp();
    welcome();
    last().receive({ type: 'error', code: 'rate_limited', message: 'slow down' });
    expect(events.at(-1)).toEqual({
      type: 'error',
      error: { code: 'rate_limited', message: 'slow down' },
    });
    expect(last().readyState).toBe(1);
  });

  it('answers commands as not sent once stopped, and never reconnects', async () => {
    const { client, sockets, last, welcome } = setUp();
    welcome();
    const waiting = client.send({ type: 'confirm', roundId: 'r' });
    client.stop();
    last().drop(1000);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
    await expect(waiting).resolves.toEqual({ ok: false, code: 'not_connected' });
    await expect(client.send({ type: 'confirm', roundId: 'r' })).resolves.toEqual({
      ok: false,
      code: 'not_connected',
    });
  });
});

describe('newMessageId', () => {
  it('makes distinct UUID-shaped ids also where crypto.randomUUID is missing (plain http)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 100 }, () => newMessageId()));
      expect(ids.size).toBe(100);
      for (const id of ids)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
