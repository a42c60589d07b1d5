// The roadmap routes on PGlite and PostgreSQL: assembly from the workshops, the cluster map and
// the statistics; settings; manual, dismissed and restored items; the action plan and its rules.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopTemplate, type WorkshopResults } from '@kume/core';
import {
  insertWorkshop,
  listActionIndicators,
  schema,
  setMemberRole,
  updateWorkshopStatus,
} from '@kume/db';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { addDataset, addDefinition, DATASET_WITH_NATION } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { RoadmapActionView, RoadmapItemView, RoadmapView } from '../roadmap/roadmapView';

let t: TestApp;
let owner: Agent;
let viewer: Agent;
let member: Agent;
let stranger: Agent;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('owner@example.com');
  viewer = await t.signUp('viewer@example.com');
  member = await t.signUp('member@example.com');
  stranger = await t.signUp('stranger@example.com');
});
afterAll(() => t.close());

const base = (slug: string) => `/api/projects/${slug}/roadmap`;

/** A new project of the owner, with its id. */
async function newProject(name: string): Promise<{ slug: string; id: string }> {
  const slug = await createProject(owner, name);
  const { id } = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
    id: string;
  };
  return { slug, id };
}

const factor = (id: string, text: string, weight: number) => ({
  id,
  text,
  weight,
  performance: 2.5,
  quadrant: null,
});

/** A workshop of the project, closed at `closedAt` with these results; answers its id. */
async function closedWorkshop(
  projectId: string,
  title: string,
  results: Partial<WorkshopResults>,
  closedAt: string,
): Promise<string> {
  const at = new Date(closedAt);
  const row = await insertWorkshop(
    t.database.db,
    {
      projectId,
      title,
      template: 'key_success_factors',
      definition: workshopTemplate('key_success_factors'),
      createdBy: null,
    },
    () => randomUUID().slice(0, 6).toUpperCase(),
    at,
  );
  await updateWorkshopStatus(
    t.database.db,
    row.id,
    'closed',
    { vision: null, factors: [], skills: [], ...results },
    at,
  );
  return row.id;
}

const getView = async (slug: string, agent: Agent = owner) =>
  expectStatus(await agent.get(base(slug)), 200).json() as RoadmapView;

async function assemble(slug: string) {
  return expectStatus(await owner.post(`${base(slug)}/assemble`), 200).json() as {
    view: RoadmapView;
    added: string[];
    updated: string[];
    returned: string[];
    gone: string[];
  };
}

const actionBody = (fields: Record<string, unknown> = {}) => ({
  title: 'Ortak test laboratuvarı',
  objective: 'Firmaların ortak kullanacağı bir laboratuvar',
  layer: 'resources',
  itemKeys: [],
  startOn: '2027-01-01',
  endOn: '2028-06-30',
  budget: 2_500_000,
  ...fields,
});

const indicatorBody = (fields: Record<string, unknown> = {}) => ({
  name: 'Laboratuvarı kullanan firma',
  unit: 'firms',
  baseline: 0,
  baselineOn: '2027-01-01',
  target: 20,
  dueOn: '2028-06-30',
  ...fields,
});

async function createAction(slug: string, fields: Record<string, unknown> = {}) {
  return expectStatus(
    await owner.post(`${base(slug)}/actions`, actionBody(fields)),
    201,
  ).json() as RoadmapActionView;
}

const itemOf = (view: RoadmapView, key: string): RoadmapItemView | undefined =>
  view.items.find((item) => item.key === key);

describe('assembling the roadmap', () => {
  it('on a project with no sources gives no items and says what each source lacks', async () => {
    const { slug } = await newProject('Empty roadmap');
    const before = await getView(slug);
    expect(before).toMatchObject({
      settings: { startsOn: '2027-01-01', coverage: { minFactorWeight: null, largeGapScore: 0.5 } },
      settingsStored: false,
      assembledAt: null,
      items: [],
      actions: [],
      uncoveredKeys: [],
      roadmapIndicators: [],
      today: '2026-11-26',
    });
    const assembled = await assemble(slug);
    expect(assembled).toMatchObject({ added: [], updated: [], returned: [], gone: [] });
    expect(assembled.view.items).toEqual([]);
    expect(assembled.view.sources).toEqual({
      vision: { available: false, label: null, missing: 'no_vision_workshop' },
      factors: { available: false, label: null, missing: 'no_factors_workshop' },
      skills: { available: false, label: null, missing: 'no_skills_workshop' },
      map: { available: false, label: null, missing: 'no_relations' },
      statistics: { available: false, label: null, missing: 'no_statistics_settings' },
    });
  });

  it('gathers the vision, weighted factors and skills, each linked back to its workshop', async () => {
    const { slug, id } = await newProject('Workshops roadmap');
    const vision = await closedWorkshop(
      id,
      'Vizyon çalıştayı',
      { vision: { text: '2035 döküm merkezi', confirmedBy: 12 } },
      '2026-03-01T10:00:00Z',
    );
    const factors = await closedWorkshop(
      id,
      'KBF çalıştayı',
      { factors: [factor('f1', 'Nitelikli işgücü', 0.3), factor('f2', 'Ortak laboratuvar', 0.7)] },
      '2026-04-01T10:00:00Z',
    );
    const skill = {
      id: 's1',
      factorId: 'f1',
      text: 'CNC programlama',
      importance: 4,
      current: 2,
      required: 4,
      gap: 2,
      priority: 8,
      rank: 1,
    };
    const skills = await closedWorkshop(
      id,
      'Beceri çalıştayı',
      { skills: [skill] },
      '2026-05-01T10:00:00Z',
    );
    const { view, added } = await assemble(slug);
    expect(added).toEqual([
      `vision:${vision}`,
      `factor:${factors}:f2`,
      `factor:${factors}:f1`,
      `skill:${skills}:s1`,
    ]);
    expect(view.assembledAt).toBe('2026-11-26T10:00:00.000Z');
    expect(view.sources.factors).toEqual({
      available: true,
      label: 'KBF çalıştayı',
      missing: null,
    });
    expect(itemOf(view, `factor:${factors}:f2`)).toMatchObject({
      kind: 'success_factor',
      weight: 0.7,
      dismissed: false,
      linkedActionIds: [],
      sourcePath: `/workshops/${factors}`,
      source: { kind: 'workshop', id: factors, date: '2026-04-01' },
    });
    expect(itemOf(view, `skill:${skills}:s1`)?.parentKey).toBe(`factor:${factors}:f1`);
    // No action yet: every success factor is uncovered, heaviest first.
    expect(view.uncoveredKeys).toEqual([`factor:${factors}:f2`, `factor:${factors}:f1`]);
    // The same sources again change nothing.
    expect(await assemble(slug)).toMatchObject({ added: [], updated: [], gone: [] });
  });

  it("gathers the cluster map's gaps once relations are recorded and firms placed on the chain", async () => {
    const { slug } = await newProject('Map roadmap');
    const unplaced = await addOrganisation(owner, slug, { name: 'Yerleşmemiş', type: 'firm' });
    const other = await addOrganisation(owner, slug, { name: 'Diğer', type: 'firm' });
    expectStatus(
      await owner.post(`/api/projects/${slug}/relations`, {
        sourceOrganisationId: unplaced,
        targetOrganisationId: other,
        relationType: 'supplier',
      }),
      201,
    );
    expect((await getView(slug)).sources.map).toEqual({
      available: false,
      label: null,
      missing: 'no_value_chain',
    });
    expect((await assemble(slug)).view.items).toEqual([]);

    const caster = await addOrganisation(owner, slug, {
      name: 'Ege Döküm',
      type: 'firm',
      valueChainStage: 'Döküm',
    });
    expectStatus(
      await owner.post(`/api/projects/${slug}/relations`, {
        sourceOrganisationId: caster,
        targetOrganisationId: other,
        relationType: 'customer',
      }),
      201,
    );
    const { view } = await assemble(slug);
    expect(view.sources.map).toEqual({
      available: true,
      label: 'Makine, metal ve döküm',
      missing: null,
    });
    const gaps = view.items.filter((item) => item.source.kind === 'cluster_map');
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.key).toMatch(/^gap:/);
      expect(['value_chain_gap', 'investment_need']).toContain(gap.kind);
      expect(gap.sourcePath).toBe('/field-study/map');
    }
  });

  it("names the focus region's strong clusters with their growth and the benchmark's growth", async () => {
    const { slug } = await newProject('Statistics roadmap');
    const datasetId = await addDataset(owner, slug);
    const definitionId = await addDefinition(owner, slug);
    expectStatus(
      await owner.put(`/api/projects/${slug}/statistics/settings`, {
        datasetId,
        definitionId,
        focusRegion: 'A',
      }),
      200,
    );
    const { view } = await assemble(slug);
    expect(view.sources.statistics).toEqual({ available: true, label: 'A · 2015', missing: null });
    expect(view.items.map((item) => item.key)).toEqual(['cluster:farm']);
    const farm = itemOf(view, 'cluster:farm');
    expect(farm?.sourcePath).toBe('/statistics/clusters');
    // Farming in A grew from 300 to 400 jobs in 2010-2015, the nation's from 460 to 560.
    expect(farm?.figures.growthPercent).toBeCloseTo(((400 / 300) ** (1 / 5) - 1) * 100, 6);
    expect(farm?.figures.benchmarkGrowthPercent).toBeCloseTo(((560 / 460) ** (1 / 5) - 1) * 100, 6);
    expect(farm?.figures.strong).toBe(1);
  });

  it("compares with the benchmark region's growth and names the focus clusters too", async () => {
    const { slug } = await newProject('Benchmark roadmap');
    const datasetId = await addDataset(owner, slug, DATASET_WITH_NATION, 'nation.csv');
    const definitionId = await addDefinition(owner, slug);
    expectStatus(
      await owner.put(`/api/projects/${slug}/statistics/settings`, {
        datasetId,
        definitionId,
        focusRegion: 'A',
        benchmarkRegion: 'US',
        focusClusters: ['metal'],
      }),
      200,
    );
    const { view } = await assemble(slug);
    const metal = itemOf(view, 'cluster:metal');
    // US employment is the same in 2010 and 2015 in every cluster: no benchmark growth.
    expect(metal?.figures).toMatchObject({ growthPercent: 0, benchmarkGrowthPercent: 0 });
    expect(itemOf(view, 'cluster:farm')?.figures.benchmarkGrowthPercent).toBe(0);
  });
});

describe('the roadmap settings and manual items', () => {
  it('stores the start day, which moves the actions between horizons', async () => {
    const { slug } = await newProject('Settings roadmap');
    const action = await createAction(slug);
    expect(action).toMatchObject({ horizon: null, effectiveHorizon: 'medium' });
    const view = expectStatus(
      await owner.put(`${base(slug)}/settings`, {
        startsOn: '2027-07-01',
        coverage: { minFactorWeight: 0.2, largeGapScore: 0.6 },
      }),
      200,
    ).json() as RoadmapView;
    expect(view).toMatchObject({
      settingsStored: true,
      settings: { startsOn: '2027-07-01', coverage: { minFactorWeight: 0.2, largeGapScore: 0.6 } },
    });
    expect(view.actions[0]?.effectiveHorizon).toBe('short');
    expect((await getView(slug)).settings.startsOn).toBe('2027-07-01');
    const invalid = await owner.put(`${base(slug)}/settings`, { startsOn: '2027-02-30' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: { issues: [{ path: 'body.startsOn' }] } });
  });

  it('adds an item typed by hand, trimmed, and deletes it', async () => {
    const { slug } = await newProject('Manual roadmap');
    const item = expectStatus(
      await owner.post(`${base(slug)}/items`, {
        kind: 'investment_need',
        title: '  Yeni fuar alanı ',
      }),
      201,
    ).json() as RoadmapItemView;
    expect(item).toMatchObject({
      kind: 'investment_need',
      title: { tr: 'Yeni fuar alanı', en: 'Yeni fuar alanı' },
      source: { kind: 'manual', date: '2026-11-26' },
      sourceState: 'present',
      sourcePath: null,
      dismissed: false,
    });
    expect(item.key).toMatch(/^manual:[0-9a-f-]{36}$/);
    expect((await getView(slug)).items.map((i) => i.key)).toEqual([item.key]);
    const nul = await owner.post(`${base(slug)}/items`, { kind: 'vision', title: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toMatchObject({ error: { issues: [{ path: 'body.title' }] } });

    expectStatus(await owner.delete(`${base(slug)}/items/${encodeURIComponent(item.key)}`), 204);
    expect((await getView(slug)).items).toEqual([]);
    expectStatus(await owner.delete(`${base(slug)}/items/${encodeURIComponent(item.key)}`), 404);
  });
});

describe('the action plan', () => {
  let slug: string;
  let projectId: string;
  let factorsWorkshop: string;
  let ownerOrganisation: string;
  let partnerOrganisation: string;
  let foreignOrganisation: string;
  const keyA = () => `factor:${factorsWorkshop}:a`;
  const keyB = () => `factor:${factorsWorkshop}:b`;

  beforeAll(async () => {
    ({ slug, id: projectId } = await newProject('Action plan'));
    factorsWorkshop = await closedWorkshop(
      projectId,
      'KBF',
      { factors: [factor('a', 'Nitelikli işgücü', 0.6), factor('b', 'Lojistik', 0.4)] },
      '2026-04-01T10:00:00Z',
    );
    await assemble(slug);
    ownerOrganisation = await addOrganisation(owner, slug, { name: 'Ege Döküm', type: 'firm' });
    partnerOrganisation = await addOrganisation(owner, slug, {
      name: 'İzmir Üniversitesi',
      type: 'university',
    });
    const otherSlug = await createProject(stranger, 'Stranger project');
    foreignOrganisation = await addOrganisation(stranger, otherSlug, {
      name: 'Başka Firma',
      type: 'firm',
    });
  });

  it('creates an action with its organisations, links and indicators', async () => {
    const action = await createAction(slug, {
      itemKeys: [keyA()],
      ownerOrganisationId: ownerOrganisation,
      partnerOrganisationIds: [partnerOrganisation],
      indicators: [indicatorBody()],
    });
    expect(action).toMatchObject({
      title: 'Ortak test laboratuvarı',
      itemKeys: [keyA()],
      ownerName: 'Ege Döküm',
      partnerNames: ['İzmir Üniversitesi'],
      budget: 2_500_000,
      currency: 'TRY',
      status: 'planned',
      effectiveHorizon: 'medium',
    });
    expect(action.indicators).toMatchObject([
      { name: 'Laboratuvarı kullanan firma', unit: 'firms', actionId: action.id, values: [] },
    ]);
    const view = await getView(slug);
    expect(itemOf(view, keyA())?.linkedActionIds).toEqual([action.id]);
    expect(view.uncoveredKeys).toEqual([keyB()]);
  });

  it('refuses an end before the start and a negative budget, at their fields', async () => {
    const response = await owner.post(
      `${base(slug)}/actions`,
      actionBody({ startOn: '2027-06-01', endOn: '2027-05-01', budget: -1 }),
    );
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as { error: { code: string; issues: unknown[] } };
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'body.budget', message: 'the budget cannot be negative' },
        {
          path: 'body.endOn',
          message: 'the end date 2027-05-01 is before the start date 2027-06-01',
        },
      ]),
    );
  });

  it('refuses item keys the roadmap lacks and organisations of another project', async () => {
    const before = (await getView(slug)).actions.length;
    const response = await owner.post(
      `${base(slug)}/actions`,
      actionBody({
        itemKeys: [keyA(), 'gap:empty_stage:machining'],
        ownerOrganisationId: foreignOrganisation,
        partnerOrganisationIds: [partnerOrganisation, randomUUID()],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: {
        code: 'validation',
        issues: [
          {
            path: 'body.itemKeys.1',
            message: 'no roadmap item has the key gap:empty_stage:machining',
          },
          { path: 'body.ownerOrganisationId' },
          { path: 'body.partnerOrganisationIds.1' },
        ],
      },
    });
    const partnerOfOther = await owner.post(
      `${base(slug)}/actions`,
      actionBody({ partnerOrganisationIds: [foreignOrganisation] }),
    );
    expect(partnerOfOther.json()).toMatchObject({
      error: { issues: [{ path: 'body.partnerOrganisationIds.0' }] },
    });
    expect((await getView(slug)).actions).toHaveLength(before);
  });

  it('refuses to delete an item actions link, listing them, and changes nothing', async () => {
    const first = await createAction(slug, { title: 'Eğitim', itemKeys: [keyB()] });
    const second = await createAction(slug, { title: 'Staj', itemKeys: [keyB(), keyA()] });
    const response = await owner.delete(`${base(slug)}/items/${encodeURIComponent(keyB())}`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error: {
        code: 'item_linked',
        message: '2 actions address this item: Eğitim; Staj. Remove it from them first.',
        issues: [],
        details: {
          actions: [
            { id: first.id, title: 'Eğitim' },
            { id: second.id, title: 'Staj' },
          ],
        },
      },
    });
    const view = await getView(slug);
    expect(itemOf(view, keyB())).toMatchObject({
      dismissed: false,
      linkedActionIds: [first.id, second.id],
    });
    expect(view.actions.find((a) => a.id === second.id)?.itemKeys).toEqual([keyB(), keyA()]);
  });

  it('dismisses an unlinked assembled item, keeps it dismissed when assembled again, restores it', async () => {
    const { slug: own, id } = await newProject('Dismissed roadmap');
    const workshop = await closedWorkshop(
      id,
      'KBF',
      { factors: [factor('a', 'A', 0.5), factor('b', 'B', 0.5)] },
      '2026-04-01T10:00:00Z',
    );
    await assemble(own);
    const key = `factor:${workshop}:a`;
    expectStatus(await owner.delete(`${base(own)}/items/${encodeURIComponent(key)}`), 204);
    const again = await assemble(own);
    expect(itemOf(again.view, key)).toMatchObject({ dismissed: true, sourceState: 'present' });
    expect(again.view.uncoveredKeys).toEqual([`factor:${workshop}:b`]);
    const linking = await owner.post(`${base(own)}/actions`, actionBody({ itemKeys: [key] }));
    expect(linking.json()).toMatchObject({ error: { issues: [{ path: 'body.itemKeys.0' }] } });
    const restored = expectStatus(
      await owner.post(`${base(own)}/items/${encodeURIComponent(key)}/restore`),
      200,
    ).json() as RoadmapItemView;
    expect(restored).toMatchObject({ key, dismissed: false });
    expect((await getView(own)).uncoveredKeys).toContain(key);
  });

  it('keeps an action’s link to a factor a later workshop no longer has, marking it gone', async () => {
    const { slug: own, id } = await newProject('Gone roadmap');
    const first = await closedWorkshop(
      id,
      'KBF 1',
      { factors: [factor('a', 'A', 0.5), factor('b', 'B', 0.5)] },
      '2026-04-01T10:00:00Z',
    );
    await assemble(own);
    const action = await createAction(own, { itemKeys: [`factor:${first}:a`] });
    const second = await closedWorkshop(
      id,
      'KBF 2',
      { factors: [factor('b', 'B', 1)] },
      '2026-06-01T10:00:00Z',
    );
    const { view, gone, added } = await assemble(own);
    expect(gone).toEqual([`factor:${first}:a`, `factor:${first}:b`]);
    expect(added).toEqual([`factor:${second}:b`]);
    expect(itemOf(view, `factor:${first}:a`)).toMatchObject({
      sourceState: 'gone',
      linkedActionIds: [action.id],
    });
    expect(view.actions[0]?.itemKeys).toEqual([`factor:${first}:a`]);
    expect(view.uncoveredKeys).toEqual([`factor:${second}:b`]);
    // The action can still be saved with its link to the gone item.
    expectStatus(
      await owner.put(
        `${base(own)}/actions/${action.id}`,
        actionBody({ itemKeys: [`factor:${first}:a`] }),
      ),
      200,
    );
  });

  it('refuses to drop an indicator with recorded values, or change its unit, changing nothing', async () => {
    const action = await createAction(slug, {
      title: 'Ölçülen',
      indicators: [indicatorBody({ name: 'Ölçülen gösterge' })],
    });
    const indicator = action.indicators[0]!;
    for (const [measuredOn, value] of [
      ['2027-02-01', 2],
      ['2027-03-01', 4],
      ['2027-04-01', 5],
    ] as const)
      await t.database.db
        .insert(schema.indicatorValues)
        .values({ projectId, indicatorId: indicator.id, measuredOn, value, unit: 'firms' });
    const url = `${base(slug)}/actions/${action.id}`;

    const dropped = await owner.put(url, actionBody({ title: 'Changed', indicators: [] }));
    expect(dropped.statusCode).toBe(409);
    expect(dropped.json()).toMatchObject({
      error: {
        code: 'indicator_has_values',
        message: 'the indicator "Ölçülen gösterge" has 3 recorded values; delete them first',
      },
    });
    const retyped = await owner.put(
      url,
      actionBody({ indicators: [indicatorBody({ id: indicator.id, unit: '%' })] }),
    );
    expect(retyped.statusCode).toBe(400);
    expect(retyped.json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: 'body.indicators.0.unit' }] },
    });
    const after = (await getView(slug)).actions.find((a) => a.id === action.id);
    expect(after?.title).toBe('Ölçülen');
    expect(after?.indicators.map((i) => [i.id, i.unit, i.values.length])).toEqual([
      [indicator.id, 'firms', 3],
    ]);
    expect(await listActionIndicators(t.database.db, action.id)).toHaveLength(1);

    const kept = expectStatus(
      await owner.put(
        url,
        actionBody({
          title: 'Ölçülen',
          status: 'in_progress',
          indicators: [
            indicatorBody({ id: indicator.id, name: 'Yeniden adlandırıldı' }),
            indicatorBody({ name: 'Yeni gösterge', unit: '%' }),
          ],
        }),
      ),
      200,
    ).json() as RoadmapActionView;
    expect(kept.status).toBe('in_progress');
    expect(kept.indicators.map((i) => [i.name, i.values.length])).toEqual([
      ['Yeniden adlandırıldı', 3],
      ['Yeni gösterge', 0],
    ]);
  });

  it('deletes an action with its indicators; an unknown action is 404', async () => {
    const action = await createAction(slug, { title: 'Silinecek', indicators: [indicatorBody()] });
    expectStatus(await owner.delete(`${base(slug)}/actions/${action.id}`), 204);
    expect((await getView(slug)).actions.map((a) => a.id)).not.toContain(action.id);
    expect(await listActionIndicators(t.database.db, action.id)).toEqual([]);
    expectStatus(await owner.delete(`${base(slug)}/actions/${action.id}`), 404);
    expectStatus(await owner.put(`${base(slug)}/actions/${action.id}`, actionBody()), 404);
  });

  it('lets a viewer and a member read but not write, and hides the project from others', async () => {
    await setMemberRole(t.database.db, projectId, viewer.userId ?? '', 'viewer');
    await setMemberRole(t.database.db, projectId, member.userId ?? '', 'member');
    const action = (await getView(slug)).actions[0]!;
    const key = encodeURIComponent(keyA());
    const writes = (agent: Agent) => [
      agent.post(`${base(slug)}/assemble`),
      agent.put(`${base(slug)}/settings`, { startsOn: '2027-01-01' }),
      agent.post(`${base(slug)}/items`, { kind: 'vision', title: 'X' }),
      agent.delete(`${base(slug)}/items/${key}`),
      agent.post(`${base(slug)}/items/${key}/restore`),
      agent.post(`${base(slug)}/actions`, actionBody()),
      agent.put(`${base(slug)}/actions/${action.id}`, actionBody()),
      agent.delete(`${base(slug)}/actions/${action.id}`),
    ];
    for (const agent of [viewer, member]) {
      expect((await getView(slug, agent)).actions.length).toBeGreaterThan(0);
      const answers = await Promise.all(writes(agent));
      expect(answers.map((r) => r.statusCode)).toEqual(answers.map(() => 403));
    }
    expect((await stranger.get(base(slug))).statusCode).toBe(404);
    const hidden = await Promise.all(writes(stranger));
    expect(hidden.map((r) => r.statusCode)).toEqual(hidden.map(() => 404));
    expect((await getView(slug)).actions.map((a) => a.id)).toContain(action.id);
  });
});
