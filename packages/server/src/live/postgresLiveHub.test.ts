// The hubs: the in-process hub, and LISTEN/NOTIFY on PostgreSQL across two server instances,
// including a reconnect after the listening backend is terminated (postgres project only).

import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@kume/db';
import { freshPostgresDatabase, testBackend } from '../../../db/test/testDatabase';
import {
  COUNTER_CODE,
  CounterStore,
  LiveTestClient,
  counterLiveSessions,
} from '../../test/liveTestKit';
import { createApp } from '../app';
import { LIVE_HUB_RESYNC, memoryLiveHub, type LiveHub } from './liveHub';
import { LIVE_APPLICATION_NAME, postgresLiveHub } from './postgresLiveHub';

/** Collects what a subscription receives; `wait` resolves once `message` arrived. */
function collect(hub: LiveHub, channel: string) {
  const got: string[] = [];
  hub.subscribe(channel, (message) => got.push(message));
  const wait = async (message: string, ms = 5_000) => {
    const until = Date.now() + ms;
    while (!got.includes(message)) {
      if (Date.now() > until) throw new Error(`"${message}" never arrived; got ${got.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { got, wait };
}

describe('memoryLiveHub', () => {
  it('delivers a notice to the listeners of its channel only, until they unsubscribe', async () => {
    const hub = memoryLiveHub();
    const a = collect(hub, 'a');
    const b = collect(hub, 'b');
    const late: string[] = [];
    const unsubscribe = hub.subscribe('a', (m) => late.push(m));
    await hub.publish('a', '1');
    await a.wait('1');
    unsubscribe();
    await hub.publish('a', '2');
    await a.wait('2');
    expect(late).toEqual(['1']);
    expect(b.got).toEqual([]);
    await hub.close();
    await expect(hub.publish('a', '3')).rejects.toThrow(/closed/);
  });
});

describe.runIf(testBackend() === 'postgres')('postgresLiveHub', () => {
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ url, drop } = await freshPostgresDatabase());
  });
  afterAll(() => drop());

  it('delivers between two hubs, keeps channels apart and refuses a notice of 8000 bytes', async () => {
    const one = postgresLiveHub(url);
    const two = postgresLiveHub(url);
    await Promise.all([one.listening(), two.listening()]);
    const there = collect(two, 'workshop:1');
    const other = collect(two, 'workshop:2');
    await one.publish('workshop:1', '{"version":1}');
    await there.wait('{"version":1}');
    expect(other.got).toEqual([]);
    await expect(one.publish('workshop:1', 'x'.repeat(8000))).rejects.toThrow(/8000 bytes/);
    await Promise.all([one.close(), two.close()]);
  });

  it('reconnects after its backend is terminated and asks its listeners to reload', async () => {
    const hub = postgresLiveHub(url, { reconnectDelayMs: 20 });
    await hub.listening();
    const listener = collect(hub, 'w');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const killed = await admin.query(
      'SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [LIVE_APPLICATION_NAME],
    );
    await admin.end();
    expect(killed.rows).toEqual([{ done: true }]);
    await listener.wait(LIVE_HUB_RESYNC);
    await hub.publish('w', 'after');
    await listener.wait('after');
    await hub.close();
  });

  describe('two server instances on one database', () => {
    const store = new CounterStore();
    const apps: FastifyInstance[] = [];
    const databases: Database[] = [];
    const bases: string[] = [];
    const clients: LiveTestClient[] = [];

    beforeAll(async () => {
      for (let i = 0; i < 2; i++) {
        const database = await openDatabase({ databaseUrl: url });
        if (i === 0) await database.migrate();
        const app = await createApp({
          database,
          config: {
            publicUrl: 'http://kume.test',
            secureCookies: false,
            webDir: undefined,
            databaseUrl: url,
          },
          live: {
            sessions: (hub) => counterLiveSessions(hub, store),
            limits: { fanOutIntervalMs: 5 },
          },
        });
        await app.listen({ port: 0, host: '127.0.0.1' });
        const address = app.server.address();
        bases.push(`ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
        apps.push(app);
        databases.push(database);
      }
    });
    afterAll(async () => {
      for (const client of clients) client.socket.terminate();
      for (const app of apps) await app.close();
      for (const database of databases) await database.close();
    });

    it('sends a vote cast on instance A to a participant connected to instance B', async () => {
      const onA = await LiveTestClient.connect(`${bases[0]}/api/live/${COUNTER_CODE}`);
      const onB = await LiveTestClient.connect(`${bases[1]}/api/live/${COUNTER_CODE}`);
      clients.push(onA, onB);
      await onA.hello();
      const { token } = await onB.hello();
      await onB.state((v) => v.total === 0);
      onA.send({ type: 'command', id: 'a-1', body: { vote: true } });
      await onA.next((m) => m.type === 'ack');
      await onB.state((v) => v.total === 1 && v.mine === 0);
      // B's participant moves to instance A and keeps their identity.
      await onB.close();
      const moved = await LiveTestClient.connect(`${bases[0]}/api/live/${COUNTER_CODE}`);
      clients.push(moved);
      await moved.hello(token);
      moved.send({ type: 'command', id: 'b-1', body: { vote: true } });
      await onA.state((v) => v.total === 2 && v.mine === 1);
    });
  });
});
