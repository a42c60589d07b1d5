// The live socket over real WebSockets against the app listening on a port: joining, states,
// acknowledgements, reconnecting, and the bad input the protocol must survive.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kume/db';
import { openTestDatabase } from '../../../db/test/testDatabase';
import {
  COUNTER_CODE,
  CounterStore,
  LiveTestClient,
  counterLiveSessions,
} from '../../test/liveTestKit';
import { createApp } from '../app';

describe('the live socket', () => {
  let database: Database;
  let app: FastifyInstance;
  let base: string;
  const store = new CounterStore();
  const clients: LiveTestClient[] = [];
  const connect = async (code = COUNTER_CODE, options: { autoPong?: boolean } = {}) => {
    const client = await LiveTestClient.connect(`${base}/api/live/${code}`, options);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    app = await createApp({
      database,
      config: { publicUrl: 'http://kume.test', secureCookies: false, webDir: undefined },
      live: {
        sessions: (hub) => counterLiveSessions(hub, store),
        limits: { fanOutIntervalMs: 5, heartbeatMs: 200 },
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const client of clients) client.socket.terminate();
    await app.close();
    await database.close();
  });

  it('answers hello with a welcome, then the current state', async () => {
    const client = await connect();
    const welcome = await client.hello();
    expect(welcome.participantId).toEqual(expect.any(String));
    expect(welcome.token).toEqual(expect.any(String));
    const state = await client.next((m) => m.type === 'state');
    expect(state).toMatchObject({ version: store.version, view: { total: store.total, mine: 0 } });
    expect(client.received.map((m) => m.type)).toEqual(['welcome', 'state']);
  });

  it('acknowledges a command and sends the new state to every connection of the session', async () => {
    const voter = await connect();
    const watcher = await connect();
    await voter.hello();
    await watcher.hello();
    const before = store.total;
    voter.send({ type: 'command', id: 'v-1', body: { vote: true } });
    expect(await voter.next((m) => m.type === 'ack')).toEqual({ type: 'ack', id: 'v-1', ok: true });
    await voter.state((v) => v.total === before + 1 && v.mine === 1);
    await watcher.state((v) => v.total === before + 1 && v.mine === 0);
  });

  it('acknowledges a refused command with its code and message', async () => {
    const client = await connect();
    await client.hello();
    client.send({ type: 'command', id: 'x', body: { shout: true } });
    expect(await client.next((m) => m.type === 'ack')).toMatchObject({
      id: 'x',
      ok: false,
      code: 'unknown_command',
    });
  });

  it('gives a participant who reconnects with the token their identity and the current state', async () => {
    const first = await connect();
    const { participantId, token } = await first.hello();
    first.send({ type: 'command', id: 'r-1', body: { vote: true } });
    first.send({ type: 'command', id: 'r-2', body: { vote: true } });
    await first.next((m) => m.type === 'ack' && m.id === 'r-2');
    await first.close();
    const again = await connect();
    expect(await again.hello(token)).toEqual({ type: 'welcome', participantId, token });
    await again.state((v) => v.mine === 2 && v.total === store.total);
  });

  it('refuses a token it never issued, and the connection may still join', async () => {
    const client = await connect();
    client.send({ type: 'hello', token: 'forged' });
    expect(await client.next((m) => m.type === 'error')).toMatchObject({ code: 'hello_refused' });
    await client.hello();
  });

  it('counts a repeated command id once and acknowledges it again', async () => {
    const client = await connect();
    const { token } = await client.hello();
    const before = store.total;
    client.send({ type: 'command', id: 'same', body: { vote: true } });
    client.send({ type: 'command', id: 'same', body: { vote: true } });
    await client.next((m) => m.type === 'ack' && m.id === 'same');
    await client.close();
    // A client retrying after a reconnect, not knowing whether its vote arrived.
    const retry = await connect();
    await retry.hello(token);
    retry.send({ type: 'command', id: 'same', body: { vote: true } });
    expect(await retry.next((m) => m.type === 'ack')).toEqual({
      type: 'ack',
      id: 'same',
      ok: true,
    });
    expect(client.received.filter((m) => m.type === 'ack')).toHaveLength(2);
    expect(store.total).toBe(before + 1);
    await retry.state((v) => v.mine === 1);
  });

  it('answers malformed JSON, an unknown type and a missing field with bad_message, and stays open', async () => {
    const client = await connect();
    client.send('{"type": "hello"');
    expect(await client.next((m) => m.type === 'error')).toMatchObject({
      code: 'bad_message',
      message: 'the message is not JSON',
    });
    client.send({ type: 'vote' });
    expect(await client.next((m) => m.type === 'error', { from: 1 })).toMatchObject({
      code: 'bad_message',
      message: expect.stringContaining('unknown message type "vote"'),
    });
    await client.hello();
    client.send({ type: 'command', body: { vote: true } });
    const missing = await client.next((m) => m.type === 'error' && m.code === 'bad_message', {
      from: 3,
    });
    expect(missing.message).toMatch(/^id: /);
    client.send({ type: 'command', id: 'b', body: 'vote' });
    const notObject = await client.next((m) => m.type === 'error', {
      from: client.received.length,
    });
    expect(notObject.message).toMatch(/^body: /);
    client.send({ type: 'command', id: 'b', body: { vote: true } });
    expect(await client.next((m) => m.type === 'ack')).toMatchObject({ id: 'b', ok: true });
  });

  it('refuses commands before hello, and a second hello', async () => {
    const client = await connect();
    client.send({ type: 'command', id: 'early', body: { vote: true } });
    expect(await client.next((m) => m.type === 'error')).toMatchObject({ code: 'not_joined' });
    await client.hello();
    client.send({ type: 'hello' });
    expect(await client.next((m) => m.code === 'already_joined')).toMatchObject({ type: 'error' });
  });

  it('closes an unknown join code with 4404 after saying why', async () => {
    const client = await connect('NOSUCH');
    expect(await client.closed).toMatchObject({ code: 4404 });
    expect(client.received).toEqual([expect.objectContaining({ code: 'unknown_session' })]);
  });

  it('closes a connection that sends a message over 16 KB with 1009', async () => {
    const client = await connect();
    await client.hello();
    client.send({ type: 'command', id: 'big', body: { text: 'x'.repeat(17 * 1024) } });
    expect((await client.closed).code).toBe(1009);
  });

  it('drops a flood with rate_limited while another participant’s votes still count', async () => {
    const flooder = await connect();
    const voter = await connect();
    const { participantId: flooderId } = await flooder.hello();
    const { participantId: voterId } = await voter.hello();
    for (let i = 0; i < 60; i++)
      flooder.send({ type: 'command', id: `f-${i}`, body: { vote: true } });
    for (let i = 0; i < 3; i++) {
      voter.send({ type: 'command', id: `ok-${i}`, body: { vote: true } });
      expect(await voter.next((m) => m.type === 'ack' && m.id === `ok-${i}`)).toMatchObject({
        ok: true,
      });
    }
    expect(await flooder.next((m) => m.type === 'error')).toMatchObject({ code: 'rate_limited' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const acked = flooder.received.filter((m) => m.type === 'ack' && m.ok === true).length;
    // hello took one token of the burst of 20; the rest of the 60 were dropped, none queued.
    expect(acked).toBeGreaterThanOrEqual(19);
    expect(acked).toBeLessThan(25);
    expect(store.mine.get(flooderId)).toBe(acked);
    expect(store.mine.get(voterId)).toBe(3);
    expect(flooder.socket.readyState).toBe(flooder.socket.OPEN);
  });

  it('closes a connection that keeps flooding with 4429', async () => {
    const client = await connect();
    await client.hello();
    for (let i = 0; i < 260; i++) client.send({ type: 'command', id: `z-${i}`, body: {} });
    expect((await client.closed).code).toBe(4429);
  });

  it('terminates a connection that stops answering pings', async () => {
    const silent = await connect(COUNTER_CODE, { autoPong: false });
    const lively = await connect();
    const closed = await Promise.race([
      silent.closed,
      new Promise((resolve) => setTimeout(() => resolve('still open'), 2_000)),
    ]);
    expect(closed).toMatchObject({ code: 1006 });
    expect(lively.socket.readyState).toBe(lively.socket.OPEN);
  });
});
