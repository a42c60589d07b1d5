// The monitoring routes on PGlite and PostgreSQL: roadmap-level indicators and the programme's
// presets, values in the indicator's unit and not after today, health on the server's day,
// deletion guarded by values, network change between two periods, and who may do what.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, setMemberRole } from '@kume/db';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { IndicatorView, MonitoringView } from '../roadmap/indicatorViews';
import type { NetworkChangeView } from '../roadmap/networkChange';

let t: TestApp;
let owner: Agent;
let viewer: Agent;
let member: Agent;
let stranger: Agent;
let slug: string;
let projectId: string;
let otherSlug: string;
const url = (path: string, project = slug) => `/api/projects/${project}/roadmap${path}`;
const NOW = new Date('2026-11-26T10:00:00Z');

const INDICATOR = {
  name: 'Firms exporting',
  unit: 'firms',
  baseline: 10,
  baselineOn: '2026-11-01',
  target: 20,
  dueOn: '2026-12-01',
};

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  owner = await t.signUp('owner@example.com');
  viewer = await t.signUp('viewer@example.com');
  member = await t.signUp('member@example.com');
  stranger = await t.signUp('stranger@example.com');
  slug = await createProject(owner, 'Monitoring');
  otherSlug = await createProject(stranger, 'Elsewhere');
  projectId = (expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as { id: string })
    .id;
  await setMemberRole(t.database.db, projectId, viewer.userId ?? '', 'viewer');
  await setMemberRole(t.database.db, projectId, member.userId ?? '', 'member');
});
afterAll(() => t.close());

async function addIndicator(body: Record<string, unknown> = {}): Promise<IndicatorView> {
  return expectStatus(await owner.post(url('/indicators'), { ...INDICATOR, ...body }), 201).json();
}

async function record(id: string, on: string, value: number, unit = 'firms') {
  return owner.post(url(`/indicators/${id}/values`), { on, value, unit });
}

const issuesOf = (response: { json(): unknown }) =>
  (response.json() as { error: { issues: { path: string; message: string }[] } }).error.issues;

describe('indicators and values', () => {
  it('adds a roadmap-level indicator without data and counts it in the monitoring view', async () => {
    const indicator = await addIndicator({ name: 'No data yet' });
    expect(indicator).toMatchObject({
      name: 'No data yet',
      actionId: null,
      actionTitle: null,
      presetCode: null,
      values: [],
      health: { health: 'no_data', latest: null },
    });
    const view = expectStatus(await viewer.get(url('/monitoring')), 200).json() as MonitoringView;
    expect(view.today).toBe('2026-11-26');
    expect(view.indicators.map((i) => i.id)).toContain(indicator.id);
    expect(view.counts.no_data).toBeGreaterThanOrEqual(1);
    expect(Object.keys(view.counts).sort()).toEqual(
      ['achieved', 'at_risk', 'late', 'no_data', 'on_track'].sort(),
    );
  });

  it('records values oldest first and judges health on the server’s day', async () => {
    const { id } = await addIndicator();
    expectStatus(await record(id, '2026-11-25', 18), 201);
    const view = expectStatus(await record(id, '2026-11-10', 12), 201).json() as IndicatorView;
    expect(view.values.map((v) => [v.on, v.value])).toEqual([
      ['2026-11-10', 12],
      ['2026-11-25', 18],
    ]);
    // 25 of 30 days gone: expected 18.3; 18 is 96% of the way expected.
    expect(view.health).toMatchObject({ health: 'on_track', latest: { value: 18 } });
    try {
      t.setNow(new Date('2026-12-03T10:00:00Z'));
      const later = expectStatus(await owner.get(url('/monitoring')), 200).json() as MonitoringView;
      expect(later.today).toBe('2026-12-03');
      expect(later.indicators.find((i) => i.id === id)?.health.health).toBe('late');
    } finally {
      t.setNow(NOW);
    }
  });

  it('lists an action’s indicator before the roadmap’s, with the action’s title', async () => {
    const [action] = await t.database.db
      .insert(schema.roadmapActions)
      .values({
        projectId,
        title: 'Export desk',
        layer: 'market',
        startOn: '2027-01-01',
        endOn: '2027-12-31',
      })
      .returning();
    await t.database.db
      .insert(schema.roadmapIndicators)
      .values({ projectId, actionId: action?.id ?? null, ...INDICATOR, name: 'Of the action' });
    const view = expectStatus(await owner.get(url('/monitoring')), 200).json() as MonitoringView;
    expect(view.indicators[0]).toMatchObject({
      name: 'Of the action',
      actionId: action?.id,
      actionTitle: 'Export desk',
    });
    expect(view.indicators.slice(1).every((i) => i.actionId === null)).toBe(true);
  });

  it('accepts "%", "percent" and "yüzde" as one unit and refuses another with core’s message at unit', async () => {
    const { id } = await addIndicator({ name: 'Share', unit: '%', baseline: 20, target: 40 });
    expectStatus(await record(id, '2026-11-05', 21, 'percent'), 201);
    expectStatus(await record(id, '2026-11-06', 22, 'Yüzde'), 201);
    const wrong = await record(id, '2026-11-07', 5, 'firms');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'validation' } });
    expect(issuesOf(wrong)).toEqual([
      { path: 'body.unit', message: 'this indicator is measured in %, not firms' },
    ]);
    const monitoring = expectStatus(
      await owner.get(url('/monitoring')),
      200,
    ).json() as MonitoringView;
    expect(monitoring.indicators.find((i) => i.id === id)?.values).toHaveLength(2);
  });

  it('refuses a value dated after today at on', async () => {
    const { id } = await addIndicator();
    const response = await record(id, '2026-11-27', 12);
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response).map((i) => i.path)).toEqual(['body.on']);
  });

  it('refuses a due date before the baseline date, naming the field', async () => {
    const response = await owner.post(url('/indicators'), { ...INDICATOR, dueOn: '2026-10-01' });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response).map((i) => i.path)).toEqual(['body.dueOn']);
  });

  it('edits an indicator but not the unit of one with values', async () => {
    const { id } = await addIndicator();
    expectStatus(await record(id, '2026-11-10', 12), 201);
    const renamed = expectStatus(
      await owner.put(url(`/indicators/${id}`), { ...INDICATOR, name: 'Renamed', target: 25 }),
      200,
    ).json() as IndicatorView;
    expect(renamed).toMatchObject({ name: 'Renamed', target: 25, values: [{ value: 12 }] });
    const unit = await owner.put(url(`/indicators/${id}`), { ...INDICATOR, unit: 'TRY' });
    expect(unit.statusCode).toBe(400);
    expect(issuesOf(unit)).toEqual([
      { path: 'body.unit', message: 'the indicator has 1 recorded value; its unit cannot change' },
    ]);
  });

  it('deletes an indicator with values only with ?withValues=true', async () => {
    const { id } = await addIndicator({ name: 'Guarded' });
    expectStatus(await record(id, '2026-11-10', 12), 201);
    expectStatus(await record(id, '2026-11-11', 13), 201);
    const refused = await owner.delete(url(`/indicators/${id}`));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: {
        code: 'indicator_has_values',
        message: 'the indicator "Guarded" has 2 recorded values; delete them first',
        details: { values: 2 },
      },
    });
    expect((await owner.delete(url(`/indicators/${id}?withValues=true`))).statusCode).toBe(204);
    const view = expectStatus(await owner.get(url('/monitoring')), 200).json() as MonitoringView;
    expect(view.indicators.map((i) => i.id)).not.toContain(id);
    const empty = await addIndicator();
    expect((await owner.delete(url(`/indicators/${empty.id}`))).statusCode).toBe(204);
  });

  it('deletes one recorded value', async () => {
    const { id } = await addIndicator();
    const first = expectStatus(await record(id, '2026-11-10', 12), 201).json() as IndicatorView;
    const valueId = first.values[0]?.id ?? '';
    expectStatus(await record(id, '2026-11-12', 14), 201);
    expect((await owner.delete(url(`/indicators/${id}/values/${valueId}`))).statusCode).toBe(204);
    expect((await owner.delete(url(`/indicators/${id}/values/${valueId}`))).statusCode).toBe(404);
    const view = expectStatus(await owner.get(url('/monitoring')), 200).json() as MonitoringView;
    expect(view.indicators.find((i) => i.id === id)?.values.map((v) => v.value)).toEqual([14]);
  });
});

describe('the cluster support programme presets', () => {
  const presetBody = {
    codes: ['kdp_active_firms', 'kdp_new_products'],
    lang: 'en',
    baselineOn: '2026-01-01',
    dueOn: '2028-12-31',
    figures: { kdp_active_firms: { baseline: 12, target: 40 } },
  };

  it('adds the programme’s indicators once: the second call skips them', async () => {
    const presetSlug = await createProject(owner, 'Presets');
    const first = expectStatus(
      await owner.post(url('/indicators/presets', presetSlug), presetBody),
      201,
    ).json() as { items: IndicatorView[] };
    expect(first.items).toEqual([
      expect.objectContaining({
        name: 'Active firms in the cluster',
        unit: 'number',
        baseline: 12,
        target: 40,
        presetCode: 'kdp_active_firms',
        actionId: null,
      }),
      expect.objectContaining({ name: 'New products', presetCode: 'kdp_new_products' }),
    ]);
    const second = expectStatus(
      await owner.post(url('/indicators/presets', presetSlug), {
        ...presetBody,
        lang: 'tr',
        codes: ['kdp_new_products', 'kdp_shared_facilities'],
      }),
      201,
    ).json() as { items: IndicatorView[] };
    expect(second.items.map((i) => [i.presetCode, i.name])).toEqual([
      ['kdp_shared_facilities', 'Ortak kullanım tesisi sayısı'],
    ]);
    const view = expectStatus(
      await owner.get(url('/monitoring', presetSlug)),
      200,
    ).json() as MonitoringView;
    expect(view.indicators).toHaveLength(3);
  });

  it('refuses an unknown code at its place and adds nothing', async () => {
    const presetSlug = await createProject(owner, 'Unknown presets');
    const response = await owner.post(url('/indicators/presets', presetSlug), {
      ...presetBody,
      codes: ['kdp_active_firms', 'kdp_unknown'],
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)).toEqual([
      { path: 'body.codes.1', message: 'no programme indicator has the code kdp_unknown' },
    ]);
    const view = expectStatus(
      await owner.get(url('/monitoring', presetSlug)),
      200,
    ).json() as MonitoringView;
    expect(view.indicators).toEqual([]);
  });
});

describe('network change', () => {
  let networkSlug: string;
  async function relate(source: string, target: string, relationType: string) {
    expectStatus(
      await owner.post(`/api/projects/${networkSlug}/relations`, {
        sourceOrganisationId: source,
        targetOrganisationId: target,
        relationType,
      }),
      201,
    );
  }

  beforeAll(async () => {
    networkSlug = await createProject(owner, 'Network');
    const [a, b, c, d] = await Promise.all(
      ['Ada', 'Bora', 'Cem', 'Derin'].map((name) =>
        addOrganisation(owner, networkSlug, { name, type: 'firm' }),
      ),
    );
    if (!a || !b || !c || !d) throw new Error('organisations not added');
    try {
      // The first field study: A-B and A-C.
      t.setNow(new Date('2026-11-02T09:00:00Z'));
      await relate(a, b, 'supplier');
      t.setNow(new Date('2026-11-03T09:00:00Z'));
      await relate(a, c, 'supplier');
      // The second: A-B again (the other way), and B-C new; A-C not reported again.
      t.setNow(new Date('2026-11-20T09:00:00Z'));
      await relate(b, a, 'customer');
      await relate(b, c, 'rd_partner');
    } finally {
      t.setNow(NOW);
    }
  });

  it('compares two field studies: new and lost ties and densities over the registry', async () => {
    const query =
      '?beforeFrom=2026-11-01&beforeTo=2026-11-10&afterFrom=2026-11-15&afterTo=2026-11-26';
    const view = expectStatus(
      await owner.get(url(`/network-change${query}`, networkSlug)),
      200,
    ).json() as NetworkChangeView;
    expect(view).toMatchObject({
      relationCount: 4,
      firstOn: '2026-11-02',
      lastOn: '2026-11-20',
      before: { from: '2026-11-01', to: '2026-11-10' },
      after: { from: '2026-11-15', to: '2026-11-26' },
    });
    expect(view.change.newTies).toHaveLength(1);
    expect(view.change.lostTies).toHaveLength(1);
    expect(view.change.keptTies).toBe(1);
    // Four organisations, 12 possible directed relations: 2 before, 2 after.
    expect(view.change.before).toMatchObject({ organisations: 4, ties: 2 });
    expect(view.change.before.density).toBeCloseTo(2 / 12);
    expect(view.change.after.density).toBeCloseTo(2 / 12);
    expect(view.change.densityChange).toBeCloseTo(0);
  });

  it('by default compares up to the median reporting day with everything, month by month', async () => {
    const view = expectStatus(
      await owner.get(url('/network-change', networkSlug)),
      200,
    ).json() as NetworkChangeView;
    // Days 11-02, 11-03, 11-20, 11-20: the lower median is 11-03.
    expect(view.before).toEqual({ to: '2026-11-03' });
    expect(view.after).toEqual({ to: '2026-11-20' });
    expect(view.change.newTies).toHaveLength(1);
    expect(view.change.lostTies).toEqual([]);
    expect(view.change.after.ties).toBe(3);
    expect(view.densityByDate).toEqual([
      { on: '2026-11-30', organisations: 4, ties: 3, density: 4 / 12 },
    ]);
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await owner.get(
      url('/network-change?beforeFrom=2026-11-10&beforeTo=2026-11-01', networkSlug),
    );
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response).map((i) => i.path)).toEqual(['querystring.beforeFrom']);
  });

  it('answers an empty comparison for a project without relations', async () => {
    const view = expectStatus(
      await owner.get(url('/network-change')),
      200,
    ).json() as NetworkChangeView;
    expect(view).toMatchObject({
      relationCount: 0,
      firstOn: null,
      lastOn: null,
      densityByDate: [],
    });
    expect(view.change.newTies).toEqual([]);
  });
});

describe('who may do what', () => {
  it('viewers and members read but get 403 on every write', async () => {
    const { id } = await addIndicator();
    expectStatus(await member.get(url('/monitoring')), 200);
    for (const agent of [viewer, member]) {
      const answers = [
        await agent.post(url('/indicators'), INDICATOR),
        await agent.put(url(`/indicators/${id}`), INDICATOR),
        await agent.delete(url(`/indicators/${id}`)),
        await agent.post(url(`/indicators/${id}/values`), {
          on: '2026-11-10',
          value: 1,
          unit: 'firms',
        }),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403, 403]);
    }
  });

  it('hides the project from a stranger (404) and another project’s indicator from the owner', async () => {
    const { id } = await addIndicator();
    expect((await stranger.get(url('/monitoring'))).statusCode).toBe(404);
    expect(
      (
        await stranger.post(url(`/indicators/${id}/values`), {
          on: '2026-11-10',
          value: 1,
          unit: 'firms',
        })
      ).statusCode,
    ).toBe(404);
    const foreign = await stranger.put(url(`/indicators/${id}`, otherSlug), INDICATOR);
    expect(foreign.statusCode).toBe(404);
    const foreignValue = await stranger.post(url(`/indicators/${id}/values`, otherSlug), {
      on: '2026-11-10',
      value: 1,
      unit: 'firms',
    });
    expect(foreignValue.statusCode).toBe(404);
  });
});
