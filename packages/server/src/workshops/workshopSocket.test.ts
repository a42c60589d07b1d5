// Workshops over real WebSockets: the app's own LiveSessions behind GET /api/live/:code, on one
// server; then two server instances on one PostgreSQL (LISTEN/NOTIFY) taking votes on both at once
// and agreeing on every count (postgres project only).

import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopView } from '@kume/core';
import { createUser, openDatabase, schema, type Database } from '@kume/db';
import { freshPostgresDatabase, testBackend } from '../../../db/test/testDatabase';
import { LiveTestClient, type Received } from '../../test/liveTestKit';
import { createProject } from '../../test/projectFixtures';
import { Agent, createTestApp, TEST_PASSWORD, type TestApp } from '../../test/testApp';
import { createWorkshop, facilitatorToken } from '../../test/workshopFixtures';
import { createApp } from '../app';
import { hashPassword } from '../auth/password';
import type { LiveWorkshopView } from './workshopLiveSessions';

const round = { roundId: 'vision' };
const workshopIn = (message: Received) =>
  (message.view as LiveWorkshopView).workshop as WorkshopView;

function baseOf(app: FastifyInstance): string {
  const address = app.server.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** Sends a command and waits for its acknowledgement. */
async function command(client: LiveTestClient, id: string, body: Record<string, unknown>) {
  const from = client.received.length;
  client.send({ type: 'command', id, body });
  return client.next((m) => m.type === 'ack' && m.id === id, { from });
}

describe('a workshop over the live socket', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let base: string;
  const clients: LiveTestClient[] = [];
  const connect = async (code: string) => {
    const client = await LiveTestClient.connect(`${base}/api/live/${code}`);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = baseOf(t.app);
    owner = await t.signUp('owner@example.com', { name: 'Fatma' });
    slug = await createProject(owner, 'Socket workshop');
  });
  afterAll(async () => {
    for (const client of clients) client.socket.terminate();
    await t.close();
  });

  it('closes the connection of an unknown or draft code with 4404', async () => {
    const draft = await createWorkshop(owner, slug, { templateId: 'vision' }, { draft: true });
    const client = await connect(draft.code);
    expect(await client.closed).toMatchObject({ code: 4404 });
  });

  it('joins, votes, acknowledges once per message id and refuses what breaks the rules', async () => {
    const workshop = await createWorkshop(owner, slug, { templateId: 'vision' });
    const chair = await connect(workshop.code);
    const ayse = await connect(workshop.code);
    await chair.hello(await facilitatorToken(owner, slug, workshop.id), 'ignored');
    await ayse.hello(undefined, 'Ayşe');
    const first = await ayse.next((m) => m.type === 'state');
    expect(first.view).toMatchObject({ status: 'live', code: workshop.code });

    expect(await command(ayse, 'a1', { type: 'add_item', ...round, text: 'A brand' })).toEqual({
      type: 'ack',
      id: 'a1',
      ok: true,
    });
    await command(ayse, 'a2', { type: 'add_item', ...round, text: 'Green casting' });
    await command(chair, 'c1', { type: 'advance_phase', ...round });
    await command(chair, 'c2', { type: 'advance_phase', ...round });
    await ayse.next((m) => m.type === 'state' && workshopIn(m).round.phase === 'vote');

    const tooMany = { type: 'vote', ...round, ballot: { method: 'dots', dots: { i1: 4 } } };
    expect(await command(ayse, 'v0', tooMany)).toMatchObject({ ok: false, code: 'too_many_votes' });
    const vote = { type: 'vote', ...round, ballot: { method: 'dots', dots: { i1: 2, i2: 3 } } };
    expect(await command(ayse, 'v1', vote)).toMatchObject({ ok: true });
    expect(await command(ayse, 'v1', vote)).toMatchObject({ ok: true });
    const console = await chair.next(
      (m) => m.type === 'state' && workshopIn(m).round.ballotsCast === 1,
    );
    expect(workshopIn(console).round.results?.items).toEqual([
      expect.objectContaining({ itemId: 'i2', total: 3 }),
      expect.objectContaining({ itemId: 'i1', total: 2 }),
    ]);
    const [events] = await t.database.db
      .select({ n: count() })
      .from(schema.workshopEvents)
      .where(eq(schema.workshopEvents.workshopId, workshop.id));
    // Two joins, two items, two phase moves, one vote: the repeat and the refusal left nothing.
    expect(events?.n).toBe(7);

    await command(chair, 'c3', { type: 'advance_phase', ...round });
    expect(await command(ayse, 'v2', vote)).toMatchObject({ ok: false, code: 'wrong_phase' });
  });

  it('refuses a forged token and lets the real one rejoin as the same participant', async () => {
    const workshop = await createWorkshop(owner, slug, { templateId: 'vision' });
    const first = await connect(workshop.code);
    const welcome = await first.hello(undefined, 'Mehmet');
    await first.close();
    const forger = await connect(workshop.code);
    forger.send({ type: 'hello', token: `${welcome.token.slice(0, -2)}zz` });
    expect(await forger.next((m) => m.type === 'error')).toMatchObject({ code: 'hello_refused' });
    const back = await connect(workshop.code);
    expect(await back.hello(welcome.token)).toMatchObject({ participantId: welcome.participantId });
    const state = await back.next((m) => m.type === 'state');
    expect(workshopIn(state).me).toMatchObject({ id: welcome.participantId, name: 'Mehmet' });
  });
});

describe.runIf(testBackend() === 'postgres')('two server instances on one PostgreSQL', () => {
  let drop: () => Promise<void>;
  const apps: FastifyInstance[] = [];
  const databases: Database[] = [];
  const clients: LiveTestClient[] = [];

  beforeAll(async () => {
    const fresh = await freshPostgresDatabase();
    drop = fresh.drop;
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ databaseUrl: fresh.url });
      if (i === 0) await database.migrate();
      const app = await createApp({
        database,
        config: {
          publicUrl: 'http://kume.test',
          secureCookies: false,
          webDir: undefined,
          databaseUrl: fresh.url,
        },
        live: { limits: { fanOutIntervalMs: 5, burst: 200, perSecond: 200 } },
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      apps.push(app);
      databases.push(database);
    }
  });
  afterAll(async () => {
    for (const client of clients) client.socket.terminate();
    for (const app of apps) await app.close();
    for (const database of databases) await database.close();
    await drop();
  });

  it('takes votes on both instances at once and both agree on every count, each counted once', async () => {
    const [one, two] = apps as [FastifyInstance, FastifyInstance];
    await createUser(databases[0]!.db, {
      email: 'owner@example.com',
      name: 'Fatma',
      passwordHash: await hashPassword(TEST_PASSWORD),
      isAdmin: false,
    });
    const owner = await new Agent(one).signIn('owner@example.com', TEST_PASSWORD);
    const slug = await createProject(owner, 'Two instances');
    const workshop = await createWorkshop(owner, slug, { templateId: 'vision' });
    const join = async (app: FastifyInstance, name: string, token?: string) => {
      const client = await LiveTestClient.connect(`${baseOf(app)}/api/live/${workshop.code}`);
      clients.push(client);
      const welcome = await client.hello(token, name);
      return Object.assign(client, { token: welcome.token });
    };
    const chair = await join(two, 'x', await facilitatorToken(owner, slug, workshop.id));
    const onOne = await Promise.all(['A1', 'A2', 'A3'].map((name) => join(one, name)));
    const onTwo = await Promise.all(['B1', 'B2', 'B3'].map((name) => join(two, name)));
    await command(chair, 'add', { type: 'add_item', ...round, text: 'Brand' });
    await command(onOne[0]!, 'add', { type: 'add_item', ...round, text: 'Green' });
    await command(chair, 'p1', { type: 'advance_phase', ...round });
    await command(chair, 'p2', { type: 'advance_phase', ...round });

    // Every participant votes at once; A1 and B1 also send their vote again, with the same id,
    // through a second connection on the other instance (a client retrying after a reconnect).
    const voters = [...onOne, ...onTwo];
    const voteOf = (index: number) => ({
      type: 'vote',
      ...round,
      ballot: { method: 'dots', dots: { i1: 1 + (index % 3), i2: 2 } },
    });
    const retries = await Promise.all([
      join(two, 'A1', onOne[0]!.token),
      join(one, 'B1', onTwo[0]!.token),
    ]);
    const acks = await Promise.all([
      ...voters.map((client, index) => command(client, `vote-${index}`, voteOf(index))),
      command(retries[0], 'vote-0', voteOf(0)),
      command(retries[1], 'vote-3', voteOf(3)),
    ]);
    expect(acks.every((ack) => ack.ok === true)).toBe(true);
    const expected = { i1: 1 + 2 + 3 + 1 + 2 + 3, i2: 12 };
    const totalsOf = (m: Received) =>
      Object.fromEntries(
        (workshopIn(m).round.results?.items ?? []).map((item) => [
          item.itemId,
          'total' in item ? item.total : null,
        ]),
      );
    const seen = await chair.next(
      (m) => m.type === 'state' && workshopIn(m).round.ballotsCast === 6,
    );
    expect(totalsOf(seen)).toEqual(expected);
    await command(chair, 'reveal', { type: 'reveal_totals', ...round });
    for (const client of [onOne[0]!, onTwo[0]!]) {
      const state = await client.next((m) => m.type === 'state' && workshopIn(m).round.revealed);
      expect(totalsOf(state)).toEqual(expected);
    }
    const rows = await databases[1]!.db
      .select({ seq: schema.workshopEvents.seq })
      .from(schema.workshopEvents)
      .where(eq(schema.workshopEvents.workshopId, workshop.id))
      .orderBy(schema.workshopEvents.seq);
    // 7 joins, 2 items, 2 phase moves, 6 votes, 1 reveal: numbered 1..18 without a gap.
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });
});
