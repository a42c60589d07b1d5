// The workshop routes: creating from each template or a free definition, the public join-code
// lookup, going live and closing, a key-success-factors workshop run to its results (weights and
// the importance-performance matrix) and its section of the roadmap document, the export read back,
// and deletion.

import { readTable } from '@kume/io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopDefinition } from '@kume/core';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { createWorkshop, facilitatorToken, SessionParticipant } from '../../test/workshopFixtures';
import type { WorkshopDetail } from '../workshops/presentWorkshop';
import type { WorkshopReport } from './workshopRoutes';
import { JOIN_CODE_ALPHABET } from '../workshops/joinCode';
import { workshopLiveSessions } from '../workshops/workshopLiveSessions';
import { WorkshopRuntime } from '../workshops/workshopRuntime';

describe('workshop routes', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const url = (path = '') => `/api/projects/${slug}/workshops${path}`;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com', { name: 'Fatma' });
    slug = await createProject(owner, 'Workshop routes');
  });
  afterAll(() => t.close());

  it('creates a draft from each template with a join code of the safe alphabet and its join path', async () => {
    const rounds: Record<string, string[]> = {};
    for (const templateId of ['vision', 'key_success_factors', 'requisite_skills']) {
      const created = await createWorkshop(owner, slug, { templateId }, { draft: true });
      expect(created).toMatchObject({ status: 'draft', template: templateId, participantCount: 0 });
      expect(created.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      expect(created.joinPath).toBe(`/w/${created.code}`);
      expect(created.view.round.roundId).toBe(created.definition.rounds[0]?.id);
      rounds[templateId] = created.definition.rounds.map((round) => round.id);
    }
    expect(rounds).toEqual({
      vision: ['vision'],
      key_success_factors: ['factors', 'weighting', 'performance'],
      requisite_skills: ['skills', 'skill_importance', 'skill_current', 'skill_required'],
    });
    const list = expectStatus(await owner.get(url()), 200).json() as { items: unknown[] };
    expect(list.items).toHaveLength(3);
  });

  it('weights the success factors by pairwise comparison unless points are asked for', async () => {
    const pairwise = await createWorkshop(
      owner,
      slug,
      { templateId: 'key_success_factors' },
      { draft: true },
    );
    const points = await createWorkshop(
      owner,
      slug,
      {
        templateId: 'key_success_factors',
        weighting: 'points',
        title: 'KSF (points)',
        facilitatorVotes: true,
      },
      { draft: true },
    );
    const method = (w: WorkshopDetail) => w.definition.rounds[1]?.voting?.method;
    expect([method(pairwise), method(points)]).toEqual(['pairwise', 'points']);
    const facilitatorVotes = (w: WorkshopDetail) =>
      w.definition.rounds.map((round) => round.voting?.facilitatorVotes);
    expect(facilitatorVotes(pairwise)).toEqual([false, false, false]);
    expect(facilitatorVotes(points)).toEqual([true, true, true]);
    expect(points.title).toBe('KSF (points)');
  });

  it('refuses a body with both or neither of templateId and definition, and a bad definition', async () => {
    const definition = (
      expectStatus(await owner.post(url(), { templateId: 'vision' }), 201).json() as WorkshopDetail
    ).definition;
    for (const body of [{}, { templateId: 'vision', definition }]) {
      expect((await owner.post(url(), body)).statusCode).toBe(400);
    }
    const duplicate = { ...definition, rounds: [...definition.rounds, ...definition.rounds] };
    expect((await owner.post(url(), { definition: duplicate })).statusCode).toBe(400);
  });

  it('makes a Delphi round over the given items: anonymous 1-5 ratings, 3 iterations unless told', async () => {
    const created = await createWorkshop(
      owner,
      slug,
      { templateId: 'delphi', items: ['  Skilled workforce ', 'Export markets'], maxIterations: 4 },
      { draft: true },
    );
    expect(created.template).toBe('delphi');
    expect(created.definition.anonymousJoin).toBe(true);
    const [round] = created.definition.rounds;
    expect(round?.items).toEqual(['Skilled workforce', 'Export markets']);
    expect(round?.voting).toMatchObject({ method: 'rating', anonymous: true, totalsHidden: true });
    expect(round?.delphi?.maxIterations).toBe(4);
    expect(created.view.round.delphi).toMatchObject({ iteration: 1, maxIterations: 4 });
    const byDefault = await createWorkshop(
      owner,
      slug,
      { templateId: 'delphi', items: ['Bir'] },
      { draft: true },
    );
    expect(byDefault.definition.rounds[0]?.delphi?.maxIterations).toBe(3);
  });

  it('refuses a Delphi round without items while the project has no success factors, and bad items', async () => {
    const response = await owner.post(url(), { templateId: 'delphi' });
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as { error: { code: string; message: string } };
    expect(error.code).toBe('no_success_factors');
    expect(error.message).toContain('success factors');
    for (const items of [[], [''], ['x'.repeat(281)], Array.from({ length: 31 }, (_, i) => `${i}`)])
      expect((await owner.post(url(), { templateId: 'delphi', items })).statusCode).toBe(400);
    expect(
      (await owner.post(url(), { templateId: 'delphi', items: ['Bir'], maxIterations: 5 }))
        .statusCode,
    ).toBe(400);
  });

  it('answers the public join-code lookup without a session, and 404 for unknown and closed codes', async () => {
    const anonymous = t.anonymous();
    const created = await createWorkshop(owner, slug, { templateId: 'vision' }, { draft: true });
    expect(expectStatus(await anonymous.get(`/api/live/${created.code}/info`), 200).json()).toEqual(
      {
        title: created.title,
        template: 'vision',
        status: 'draft',
        nameRequired: true,
        organisations: null,
      },
    );
    expect((await anonymous.get('/api/live/QQQQQQ/info')).statusCode).toBe(404);
    const status = (value: string) => owner.post(url(`/${created.id}/status`), { status: value });
    expect(expectStatus(await status('live'), 200).json()).toMatchObject({ status: 'live' });
    expect(expectStatus(await status('closed'), 200).json()).toMatchObject({ status: 'closed' });
    expect((await anonymous.get(`/api/live/${created.code}/info`)).statusCode).toBe(404);
    expect(await status('live')).toMatchObject({ statusCode: 409 });
    expect((await owner.post(url(`/${created.id}/facilitator-token`))).statusCode).toBe(409);
  });

  describe('a key-success-factors workshop run to its results', () => {
    let workshop: WorkshopDetail;

    beforeAll(async () => {
      workshop = await createWorkshop(owner, slug, {
        templateId: 'key_success_factors',
        weighting: 'points',
      });
      const runtime = new WorkshopRuntime(t.database.db, () => new Date('2026-11-26T11:00:00Z'));
      const session = (await workshopLiveSessions(t.database.db, runtime).open(workshop.code))!;
      const chair = await SessionParticipant.join(
        session,
        null,
        await facilitatorToken(owner, slug, workshop.id),
      );
      const ayse = await SessionParticipant.join(session, 'Ayşe');
      const mehmet = await SessionParticipant.join(session, 'Mehmet');
      const factors = { roundId: 'factors' };
      for (const text of ['Skilled workforce', 'Export markets', 'Shared testing lab'])
        await ayse.must({ type: 'add_item', ...factors, text });
      for (let i = 0; i < 3; i++) await chair.must({ type: 'advance_phase', ...factors });
      await chair.must({
        type: 'decide',
        ...factors,
        text: null,
        chosenItemIds: ['i1', 'i2', 'i3'],
      });

      await chair.must({ type: 'go_to_round', roundId: 'weighting' });
      const weigh = (points: Record<string, number>) => ({
        type: 'vote',
        roundId: 'weighting',
        ballot: { method: 'points', points },
      });
      await ayse.must(weigh({ i1: 60, i2: 30, i3: 10 }));
      await mehmet.must(weigh({ i1: 40, i2: 40, i3: 20 }));

      await chair.must({ type: 'go_to_round', roundId: 'performance' });
      const rate = (ratings: Record<string, number>) => ({
        type: 'vote',
        roundId: 'performance',
        ballot: { method: 'rating', ratings },
      });
      await ayse.must(rate({ i1: 2, i2: 4, i3: 1 }));
      await mehmet.must(rate({ i1: 2, i2: 4, i3: 3 }));
    });

    it('shows the facilitator who has not voted while the workshop runs', async () => {
      const detail = expectStatus(
        await owner.get(url(`/${workshop.id}`)),
        200,
      ).json() as WorkshopDetail;
      expect(detail.participantCount).toBe(3);
      expect(detail.view.currentRoundId).toBe('performance');
      expect(detail.notVoted).toEqual([]);
      expect(detail.view.round.ballotsCast).toBe(2);
    });

    it('stores the weighted factors on close and gives the roadmap the importance-performance matrix', async () => {
      expectStatus(await owner.post(url(`/${workshop.id}/status`), { status: 'closed' }), 200);
      const results = expectStatus(
        await owner.get(`/api/projects/${slug}/workshop-results`),
        200,
      ).json() as {
        factors: {
          workshopId: string;
          items: { text: string; weight: number; performance: number; quadrant: string }[];
          importanceSplit: number;
          performanceSplit: number;
        };
      };
      expect(results.factors.workshopId).toBe(workshop.id);
      const byText = Object.fromEntries(results.factors.items.map((f) => [f.text, f]));
      expect(byText['Skilled workforce']).toMatchObject({
        weight: 0.5,
        performance: 2,
        quadrant: 'concentrate_here',
      });
      expect(byText['Export markets']).toMatchObject({
        weight: 0.35,
        performance: 4,
        quadrant: 'keep_up',
      });
      expect(byText['Shared testing lab']).toMatchObject({
        weight: 0.15,
        performance: 2,
        quadrant: 'low_priority',
      });
      expect(results.factors.importanceSplit).toBeCloseTo(1 / 3, 12);
      expect(results.factors.performanceSplit).toBeCloseTo(8 / 3, 12);
    });

    it("gives the roadmap document's workshop section with the weighted factors, in English or Turkish", async () => {
      const report = async (lang: string) =>
        expectStatus(
          await owner.get(`/api/projects/${slug}/workshop-results/report?lang=${lang}`),
          200,
        ).json() as WorkshopReport;
      const english = await report('en');
      const table = english.blocks.find((block) => block.kind === 'table');
      expect(table).toEqual({
        kind: 'table',
        columns: ['Success factor', 'Weight (%)', 'Performance (1-5)', 'Quadrant'],
        rows: [
          ['Skilled workforce', 50, 2, 'Concentrate here (important, weak today)'],
          ['Export markets', 35, 4, 'Keep up the good work (important, strong today)'],
          ['Shared testing lab', 15, 2, 'Low priority (less important, weak today)'],
        ],
      });
      expect(english.blocks).toContainEqual({
        kind: 'paragraph',
        text: 'The vision workshop has not been held yet.',
      });
      expect((await report('tr')).title).toBe('Çalıştay sonuçları');
      expect(
        (await owner.get(`/api/projects/${slug}/workshop-results/report?lang=de`)).statusCode,
      ).toBe(400);
    });

    it('lists the success factors under a new requisite-skills workshop', async () => {
      const skills = await createWorkshop(
        owner,
        slug,
        { templateId: 'requisite_skills' },
        { draft: true },
      );
      expect(skills.definition.rounds[0]?.categories?.map((c) => c.text)).toEqual([
        'Skilled workforce',
        'Export markets',
        'Shared testing lab',
      ]);
    });

    it("rates the project's success factors in a new Delphi round when no items are given", async () => {
      const delphi = await createWorkshop(owner, slug, { templateId: 'delphi' }, { draft: true });
      expect(delphi.definition.rounds[0]?.items).toEqual([
        'Skilled workforce',
        'Export markets',
        'Shared testing lab',
      ]);
    });

    it('exports every round as a workbook, ballots of anonymous rounds without names', async () => {
      const response = expectStatus(
        await owner.get(url(`/${workshop.id}/export?format=xlsx`)),
        200,
      );
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const results = await readTable(response.rawPayload, 'w.xlsx', 'results');
      expect(results.sheets).toEqual(['rounds', 'items', 'results', 'ballots']);
      const column = (name: string) => results.headings.indexOf(name);
      const weights = results.rows.filter((row) => row[column('round_id')] === 'weighting');
      expect(weights.map((row) => [row[column('text')], Number(row[column('total')])])).toEqual([
        ['Skilled workforce', 100],
        ['Export markets', 70],
        ['Shared testing lab', 30],
      ]);
      const ballots = await readTable(response.rawPayload, 'w.xlsx', 'ballots');
      const voters = new Set(ballots.rows.map((row) => row[ballots.headings.indexOf('voter')]));
      expect([...voters].sort()).toEqual(['voter 1', 'voter 2']);
      expect(ballots.rows).toHaveLength(12);
    });

    it('exports one table as CSV, named in the file name', async () => {
      const response = expectStatus(
        await owner.get(url(`/${workshop.id}/export?format=csv&table=items`)),
        200,
      );
      expect(response.headers['content-disposition']).toContain('-items.csv');
      const items = await readTable(response.rawPayload, 'items.csv');
      expect(items.headings).toEqual([
        'round_id',
        'item_id',
        'text',
        'category_id',
        'group_id',
        'source_item_id',
      ]);
      expect(items.rows.filter((row) => row[0] === 'performance').map((row) => row[5])).toEqual([
        'i1',
        'i2',
        'i3',
      ]);
    });
  });

  it("says in the roadmap's workshop section that no workshop has been held, in the user's language by default", async () => {
    const reader = await t.signUp('reader@example.com', { name: 'Deniz' });
    const empty = await createProject(reader, 'No workshops yet');
    const report = async () =>
      expectStatus(
        await reader.get(`/api/projects/${empty}/workshop-results/report`),
        200,
      ).json() as WorkshopReport;
    const turkish = await report();
    expect(turkish.title).toBe('Çalıştay sonuçları');
    expect(turkish.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Kilit başarı faktörleri çalıştayı henüz yapılmadı.',
    });
    expect(turkish.blocks.some((block) => block.kind === 'table')).toBe(false);
    expectStatus(await reader.patch('/api/me', { locale: 'en' }), 200);
    expect((await report()).blocks).toContainEqual({
      kind: 'paragraph',
      text: 'The key success factor workshop has not been held yet.',
    });
  });

  it('deletes a workshop: it is gone from the project and its code opens nothing', async () => {
    const created = await createWorkshop(owner, slug, { templateId: 'vision' });
    expect((await owner.delete(url(`/${created.id}`))).statusCode).toBe(204);
    expect((await owner.get(url(`/${created.id}`))).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/live/${created.code}/info`)).statusCode).toBe(404);
  });

  it('keeps a free definition as given', async () => {
    const definition: WorkshopDefinition = {
      templateId: 'custom',
      title: { tr: 'Serbest', en: 'Free' },
      anonymousJoin: true,
      rounds: [
        {
          id: 'rank',
          kind: 'free',
          title: { tr: 'Sırala', en: 'Rank' },
          prompt: { tr: 'Sıralayın', en: 'Rank them' },
          phases: ['vote'],
          items: ['A', 'B', 'C'],
          voting: {
            method: 'ranking',
            dotsPerPerson: 5,
            maxDotsPerItem: 3,
            points: 100,
            scale: { min: 1, max: 5 },
            anonymous: false,
            totalsHidden: true,
            facilitatorVotes: false,
          },
        },
      ],
    };
    const created = await createWorkshop(owner, slug, { definition }, { draft: true });
    expect(created.definition).toEqual(definition);
    expect(created).toMatchObject({ template: 'custom', title: 'Serbest' });
  });
});
