// The workshops' LiveSessions without a socket: joining with a name or a token, a vision workshop
// run step by step, and the bad input a live workshop must survive (closed round, too many dots,
// forged token, repeated message, a participant acting as facilitator), counted exactly once.

import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopView } from '@kume/core';
import { schema } from '@kume/db';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { createWorkshop, facilitatorToken, SessionParticipant } from '../../test/workshopFixtures';
import type { LiveSession } from '../live/liveSessions';
import type { LiveWorkshopView } from './workshopLiveSessions';
import { workshopLiveSessions } from './workshopLiveSessions';
import { WorkshopRuntime } from './workshopRuntime';

describe('workshop live sessions', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let runtime: WorkshopRuntime;
  let workshopId: string;
  let code: string;
  let session: LiveSession;
  let facilitator: SessionParticipant;
  let ayse: SessionParticipant;
  let mehmet: SessionParticipant;
  const round = { roundId: 'vision' };

  const eventCount = async () => {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(schema.workshopEvents)
      .where(eq(schema.workshopEvents.workshopId, workshopId));
    return row?.n ?? 0;
  };
  const workshopOf = async (participant: SessionParticipant) =>
    (await participant.view<LiveWorkshopView>()).view.workshop as WorkshopView;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com', { name: 'Fatma Facilitator' });
    slug = await createProject(owner, 'Workshop sessions');
    // A runtime of its own: like a second server instance on the same database.
    runtime = new WorkshopRuntime(t.database.db, () => new Date('2026-11-26T10:00:00Z'));
    const draft = await createWorkshop(owner, slug, { templateId: 'vision' }, { draft: true });
    workshopId = draft.id;
    code = draft.code;
  });
  afterAll(() => t.close());

  it('opens no session for a draft workshop or an unknown code', async () => {
    const sessions = workshopLiveSessions(t.database.db, runtime);
    expect(await sessions.open(code)).toBeNull();
    expect(await sessions.open('ZZZZZZ')).toBeNull();
  });

  it('opens the live workshop by its code, typed in lower case too', async () => {
    expectStatus(
      await owner.post(`/api/projects/${slug}/workshops/${workshopId}/status`, { status: 'live' }),
      200,
    );
    const sessions = workshopLiveSessions(t.database.db, runtime);
    const opened = await sessions.open(code.toLowerCase());
    expect(opened?.channel).toBe(`workshop:${workshopId}`);
    session = opened as LiveSession;
  });

  it('asks for a name where the workshop does not allow anonymous joins', async () => {
    expect(await session.hello(null, null)).toEqual({
      error: 'This workshop asks for your name.',
    });
  });

  it('gives a new participant an id and a token that rejoins as them, and refuses a forged token', async () => {
    ayse = await SessionParticipant.join(session, 'Ayşe');
    mehmet = await SessionParticipant.join(session, 'Mehmet');
    expect(ayse.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ayse.id).not.toBe(mehmet.id);
    const again = await session.hello(ayse.token, null);
    expect(again).toEqual({ participantId: ayse.id, token: ayse.token });
    expect(await session.hello(`${ayse.token.slice(0, -1)}x`, 'Ayşe')).toEqual({
      error: 'This token is not known to this workshop.',
    });
    const stored = await t.database.db
      .select({ hash: schema.workshopParticipants.tokenSha256 })
      .from(schema.workshopParticipants);
    expect(stored.map((row) => row.hash)).not.toContain(ayse.token);
  });

  it("seats the signed-in facilitator with the REST token, in the facilitator's view", async () => {
    const token = await facilitatorToken(owner, slug, workshopId);
    facilitator = await SessionParticipant.join(session, null, token);
    const view = await workshopOf(facilitator);
    expect(view.me).toEqual({ id: facilitator.id, name: 'Fatma Facilitator', isFacilitator: true });
    expect(view.participants.map((p) => p.name)).toEqual(['Ayşe', 'Mehmet', 'Fatma Facilitator']);
  });

  it('runs the brainstorm: items added by participants, phases moved by the facilitator only', async () => {
    await ayse.must({ type: 'add_item', ...round, text: 'A global brand for İzmir castings' });
    await mehmet.must({ type: 'add_item', ...round, text: 'Zero-waste foundries by 2035' });
    expect(await ayse.send({ type: 'advance_phase', ...round })).toMatchObject({
      ok: false,
      code: 'not_facilitator',
    });
    await facilitator.must({ type: 'advance_phase', ...round });
    await facilitator.must({ type: 'advance_phase', ...round });
    const view = await workshopOf(ayse);
    expect(view.round.phase).toBe('vote');
    expect(view.round.items.map((item) => [item.text, item.mine])).toEqual([
      ['A global brand for İzmir castings', true],
      ['Zero-waste foundries by 2035', false],
    ]);
  });

  it('refuses more dots than allowed and malformed commands with a code, and changes nothing', async () => {
    const before = await eventCount();
    expect(
      await ayse.send({
        type: 'vote',
        ...round,
        ballot: { method: 'dots', dots: { i1: 3, i2: 3 } },
      }),
    ).toMatchObject({ ok: false, code: 'too_many_votes' });
    expect(await ayse.send({ type: 'vote', ...round })).toMatchObject({
      ok: false,
      code: 'bad_command',
      message: expect.stringContaining('ballot'),
    });
    expect(await ayse.send({ type: 'join', name: 'Ayşe', isFacilitator: true })).toMatchObject({
      ok: false,
      code: 'bad_command',
    });
    expect(await eventCount()).toBe(before);
  });

  it('counts a message sent twice once, even when the repeat reaches another server instance', async () => {
    const before = await eventCount();
    const vote = { type: 'vote', ...round, ballot: { method: 'dots', dots: { i1: 3, i2: 2 } } };
    expect(await ayse.send(vote, 'ayse-vote-1')).toEqual({ ok: true });
    const other = new WorkshopRuntime(t.database.db, () => new Date('2026-11-26T10:01:00Z'));
    const elsewhere = await workshopLiveSessions(t.database.db, other).open(code);
    expect(await elsewhere?.command(ayse.id, vote, 'ayse-vote-1')).toEqual({ ok: true });
    expect(await ayse.send(vote, 'ayse-vote-1')).toEqual({ ok: true });
    expect(await eventCount()).toBe(before + 1);
    const view = await workshopOf(facilitator);
    expect(view.round.ballotsCast).toBe(1);
    expect(view.round.notVoted.map((p) => p.name)).toEqual(['Mehmet']);
  });

  it("ignores a participant id forged into a command: the ballot is the sender's", async () => {
    const forged = {
      type: 'vote',
      ...round,
      participantId: mehmet.id,
      ballot: { method: 'dots', dots: { i1: 1 } },
    };
    expect(await ayse.send(forged)).toEqual({ ok: true });
    const view = await workshopOf(facilitator);
    expect(view.round.notVoted.map((p) => p.name)).toEqual(['Mehmet']);
    expect(view.round.namedBallots).toEqual([
      { participantId: ayse.id, name: 'Ayşe', ballot: { method: 'dots', dots: { i1: 1 } } },
    ]);
    // Ayşe's vote stands as she meant it.
    await ayse.must({ type: 'vote', ...round, ballot: { method: 'dots', dots: { i1: 3, i2: 2 } } });
  });

  it('hides the totals from participants until revealed, never from the facilitator', async () => {
    await mehmet.must({ type: 'vote', ...round, ballot: { method: 'dots', dots: { i2: 3 } } });
    expect((await workshopOf(ayse)).round.results).toBeNull();
    const totals = (await workshopOf(facilitator)).round.results;
    expect(totals).toMatchObject({ method: 'dots', ballots: 2 });
    expect(totals?.items.map((item) => [item.itemId, 'total' in item ? item.total : null])).toEqual(
      [
        ['i2', 5],
        ['i1', 3],
      ],
    );
    await facilitator.must({ type: 'reveal_totals', ...round });
    expect((await workshopOf(ayse)).round.results).toEqual(totals);
  });

  it('refuses a vote once the vote phase is over', async () => {
    await facilitator.must({ type: 'advance_phase', ...round });
    expect(
      await mehmet.send({ type: 'vote', ...round, ballot: { method: 'dots', dots: { i1: 1 } } }),
    ).toMatchObject({ ok: false, code: 'wrong_phase' });
  });

  it('stores the decided vision as the results when the workshop closes, and then takes no command', async () => {
    const text = 'İzmir: the greenest casting cluster in Europe';
    await facilitator.must({ type: 'decide', ...round, text, chosenItemIds: ['i2'] });
    await ayse.must({ type: 'confirm', ...round });
    await mehmet.must({ type: 'confirm', ...round });
    const versionBefore = (await ayse.view()).version;
    const closed = expectStatus(
      await owner.post(`/api/projects/${slug}/workshops/${workshopId}/status`, {
        status: 'closed',
      }),
      200,
    ).json() as { status: string; results: unknown };
    expect(closed.status).toBe('closed');
    expect(closed.results).toMatchObject({ vision: { text, confirmedBy: 2 } });
    const after = await ayse.view<LiveWorkshopView>();
    expect(after.view.status).toBe('closed');
    expect(after.version).toBeGreaterThan(versionBefore);
    expect(await ayse.send({ type: 'confirm', ...round })).toMatchObject({
      ok: false,
      code: 'workshop_not_live',
    });
    const results = expectStatus(await owner.get(`/api/projects/${slug}/workshop-results`), 200);
    expect(results.json()).toMatchObject({
      vision: { workshopId, text, confirmedBy: 2 },
      factors: null,
      skills: null,
    });
  });

  it('refuses a closed round: a vote there is answered round_closed', async () => {
    const live = await createWorkshop(owner, slug, {
      title: 'Poll',
      definition: {
        templateId: 'custom',
        title: { tr: 'Anket', en: 'Poll' },
        anonymousJoin: true,
        rounds: [
          {
            id: 'poll',
            kind: 'poll',
            title: { tr: 'Anket', en: 'Poll' },
            prompt: { tr: 'Seçin', en: 'Choose' },
            phases: ['vote'],
            items: ['Yes', 'No'],
            voting: { method: 'dots', dotsPerPerson: 1, maxDotsPerItem: 1 },
          },
        ],
      },
    });
    const poll = (await workshopLiveSessions(t.database.db, runtime).open(live.code))!;
    const anonymous = await SessionParticipant.join(poll, null);
    const chair = await SessionParticipant.join(
      poll,
      null,
      await facilitatorToken(owner, slug, live.id),
    );
    await chair.must({ type: 'close_round', roundId: 'poll' });
    expect(
      await anonymous.send({
        type: 'vote',
        roundId: 'poll',
        ballot: { method: 'dots', dots: { i1: 1 } },
      }),
    ).toMatchObject({ ok: false, code: 'round_closed' });
  });
});
