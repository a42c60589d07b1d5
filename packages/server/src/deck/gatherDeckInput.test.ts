// Gathering the deck's input: on the sample project (its own generated statistics, then a small
// dataset with other settings, an event and its guests added) every part is there and matches
// its source; on an empty project every optional part is null. Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeClusterMetrics,
  DECK_SECTIONS,
  isoDateOf,
  mulberry32,
  naceClusterDefinition,
  SAMPLE_SLUG,
  sampleStatistics,
  type IsoDate,
} from '@kume/core';
import {
  findDeckEvent,
  findProjectBySlug,
  listOrganisations,
  setDeckSettings,
  type DeckEventRow,
  type ProjectRow,
} from '@kume/db';
import { addEvent, addGuests } from '../../test/deckFixtures';
import { addGeography, twoSquares } from '../../test/geographyFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import {
  addDataset,
  addDefinition,
  LQ_2015,
  SMALL_DEFINITION,
} from '../../test/statisticsFixtures';
import { createTestApp, type Agent, type TestApp } from '../../test/testApp';
import { createSampleProject, SAMPLE_SEED } from '../sampleProject';
import { createStatisticsCaches } from '../statistics/clusterAnalysis';
import { gatherDeckInput } from './gatherDeckInput';

const now = new Date('2026-11-26T10:00:00Z');
const today = isoDateOf(now) as IsoDate;
const caches = createStatisticsCaches();

let t: TestApp;
let owner: Agent;
let sample: ProjectRow;
/** The sample as created, with its generated statistics chosen. */
let sampleAsCreated: ProjectRow;
let event: DeckEventRow;

beforeAll(async () => {
  t = await createTestApp({ now });
  owner = await t.signUp('deck-owner@example.com');
  await createSampleProject(t.database.db, now, {
    owner: { id: owner.userId!, email: 'deck-owner@example.com' },
  });
  sampleAsCreated = (await findProjectBySlug(t.database.db, SAMPLE_SLUG))!;
  const base = `/api/projects/${SAMPLE_SLUG}/statistics`;
  const datasetId = await addDataset(owner, SAMPLE_SLUG);
  const definitionId = await addDefinition(owner, SAMPLE_SLUG, SMALL_DEFINITION);
  // A map naming regions A (İzmir) and B (Aydın); C and D keep their codes.
  await addGeography(owner, SAMPLE_SLUG, JSON.stringify(twoSquares(['A', 'B'])));
  expectStatus(
    await owner.put(`${base}/settings`, {
      datasetId,
      definitionId,
      focusRegion: 'A',
      focusClusters: ['farm'],
    }),
    200,
  );
  sample = (await findProjectBySlug(t.database.db, SAMPLE_SLUG))!;
  const organisations = await listOrganisations(t.database.db, sample.id);
  const university = organisations.find((o) => o.type === 'university')!;
  const firm = organisations.find((o) => o.type === 'firm')!;
  const eventId = await addEvent(t.database.db, sample.id, { capacity: 3 });
  await addGuests(t.database.db, eventId, [
    { name: 'Ayşe Yılmaz', organisationId: firm.id, checkedIn: true },
    { name: 'Mehmet Kaya', organisationId: university.id, checkedIn: true },
    { name: 'Zeynep Demir' },
    { name: 'Can Öz', status: 'waitlisted' },
    { name: 'Ali Veli', status: 'cancelled', checkedIn: true },
  ]);
  event = (await findDeckEvent(t.database.db, sample.id, eventId))!;
});
afterAll(() => t.close());

const gather = (project: ProjectRow, deckEvent: DeckEventRow | null, language: 'tr' | 'en') =>
  gatherDeckInput(t.database.db, caches, { project, event: deckEvent, language, today });

describe('gatherDeckInput on the sample project', () => {
  it('names the project and the event, dates the deck today, and lists every section', async () => {
    const input = await gather(sample, event, 'en');
    expect(input.project).toEqual({ name: sample.name, region: sample.region, isSample: true });
    expect(input.event).toMatchObject({
      title: 'Kümelenme Bilgi Günü',
      date: '2027-01-20',
      venue: 'İzmir Ticaret Odası',
      agenda: [{ time: '10:00', title: 'Açılış', speaker: '' }],
    });
    expect(input.generatedOn).toBe('2026-11-26');
    expect(input.sections).toEqual([...DECK_SECTIONS]);
    expect(input.logo).toBeNull();
  });

  it("shows the sample's generated statistics: İzmir's strong metal and machinery clusters with the figures of their source", async () => {
    const { statistics } = await gather(sampleAsCreated, null, 'tr');
    expect(statistics).not.toBeNull();
    expect(statistics!.datasetName).toMatch(/^Örnek veri \/ sample data: generated/);
    // No map is imported: İzmir and the other regions are named by Turkey's NUTS-2 list.
    expect(statistics!.region).toEqual({ code: 'TR31', name: 'İzmir' });
    expect([statistics!.firstYear, statistics!.lastYear]).toEqual([2019, 2023]);
    // The same figures straight from core: the generator on the sample's seed, the definition.
    const metrics = computeClusterMetrics(
      sampleStatistics(mulberry32(SAMPLE_SEED)).table,
      naceClusterDefinition('nace-rev2-divisions', 'tr'),
      { fromYear: 2019 },
    );
    const izmir = metrics.regions.indexOf('TR31');
    const focus = [
      ['Upstream Metal Manufacturing', 'Ana Metal Sanayii'],
      ['Downstream Metal Products', 'Nihai Metal Ürünler'],
      ['Production Technology and Heavy Machinery', 'Üretim Teknolojisi ve Ağır Makine'],
    ] as const;
    for (const [code, name] of focus) {
      const shown = statistics!.clusters.find((c) => c.code === code);
      expect(shown, code).toMatchObject({ name, strong: true, focus: true });
      const u = metrics.units.findIndex((unit) => unit.cluster === code);
      const i = metrics.unit.findIndex(
        (unit, k) => unit === u && metrics.region[k] === izmir && metrics.year[k] === 2023,
      );
      expect(i, code).toBeGreaterThanOrEqual(0);
      expect(shown!.lq).toBeCloseTo(metrics.lq[i]!, 10);
      expect(shown!.employment).toBe(metrics.employment[i]);
      expect(shown!.growthPercent).toBeCloseTo(metrics.employmentCagr![i]! * 100, 10);
      expect(shown!.lq).toBeGreaterThan(1.25);
    }
    expect(statistics!.clusters[0]!.code).toBe('Upstream Metal Manufacturing');
    expect(statistics!.lqByRegion?.clusterName).toBe('Ana Metal Sanayii');
    const regions = statistics!.lqByRegion!.regions;
    expect(regions.filter((r) => r.focus)).toEqual([expect.objectContaining({ name: 'İzmir' })]);
    expect(regions[0]!.name).toBe('Zonguldak, Karabük, Bartın');
    expect(statistics!.employmentSeries.map((s) => s.clusterName)).toEqual(focus.map((f) => f[1]));
    for (const series of statistics!.employmentSeries) {
      expect(series.points.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
      expect(series.points[4]!.employment).toBeGreaterThan(series.points[0]!.employment);
    }
  });

  it("shows the focus region's traded clusters by LQ, the focus cluster across regions (named by the map) and its employment", async () => {
    const { statistics } = await gather(sample, event, 'en');
    expect(statistics).not.toBeNull();
    expect(statistics!.region).toEqual({ code: 'A', name: 'İzmir' });
    expect([statistics!.firstYear, statistics!.lastYear]).toEqual([2010, 2015]);
    expect(statistics!.clusters.map((c) => [c.code, c.strong, c.focus])).toEqual([
      ['farm', true, true],
      ['metal', false, false],
    ]);
    const farm = statistics!.clusters[0]!;
    expect(farm.lq).toBeCloseTo(LQ_2015.farm.A, 10);
    expect(farm.employment).toBe(400);
    expect(farm.growthPercent).toBeCloseTo(((400 / 300) ** (1 / 5) - 1) * 100, 10);
    expect(statistics!.lqByRegion?.clusterName).toBe('Farming');
    const regions = statistics!.lqByRegion!.regions;
    expect(regions[0]).toEqual({ name: 'İzmir', lq: farm.lq, focus: true });
    expect(regions.map((r) => r.name).sort()).toEqual(['Aydın', 'C', 'D', 'İzmir']);
    expect(regions.map((r) => r.lq)).toEqual([...regions.map((r) => r.lq)].sort((a, b) => b - a));
    expect(statistics!.employmentSeries).toEqual([
      {
        clusterName: 'Farming',
        points: [
          { year: 2010, employment: 300 },
          { year: 2015, employment: 400 },
        ],
      },
    ]);
  });

  it('counts the field study as the quota page does and breaks down only well-answered closed questions', async () => {
    const quota = expectStatus(
      await owner.get(`/api/projects/${SAMPLE_SLUG}/field-study/quota`),
      200,
    ).json() as { progress: { reached: number; target: number } };
    const { fieldStudy } = await gather(sample, event, 'tr');
    expect(fieldStudy).not.toBeNull();
    expect(fieldStudy!.questionnaires).toBeGreaterThanOrEqual(1);
    expect(fieldStudy!.responsesSubmitted).toBeGreaterThanOrEqual(30);
    expect(fieldStudy!.smesReached).toBe(quota.progress.reached);
    expect(fieldStudy!.quotaTarget).toBe(quota.progress.target);
    expect(fieldStudy!.interviews).toBe(3);
    expect(fieldStudy!.focusGroups).toBe(1);
    expect(fieldStudy!.confirmedRelations).toBeLessThanOrEqual(fieldStudy!.relations);
    expect(fieldStudy!.relations).toBeGreaterThan(0);
    const stageTotal = fieldStudy!.byStage.reduce((sum, row) => sum + row.count, 0);
    const sizeTotal = fieldStudy!.bySize.reduce((sum, row) => sum + row.count, 0);
    expect(stageTotal).toBe(sizeTotal);
    expect(stageTotal).toBeGreaterThanOrEqual(fieldStudy!.smesReached);
    expect(fieldStudy!.keyQuestions.length).toBeGreaterThan(0);
    expect(fieldStudy!.keyQuestions.length).toBeLessThanOrEqual(3);
    for (const question of fieldStudy!.keyQuestions) {
      const answered = question.answers.reduce((sum, a) => sum + a.count, 0);
      expect(answered).toBeGreaterThanOrEqual(3);
    }
  });

  it('places the map on the chain with its stage names in the language, and words the gaps', async () => {
    const [tr, en] = [await gather(sample, event, 'tr'), await gather(sample, event, 'en')];
    const organisations = await listOrganisations(t.database.db, sample.id);
    expect(en.clusterMap!.nodes).toHaveLength(organisations.length);
    expect(en.clusterMap!.edges.length).toBeGreaterThan(0);
    expect(en.clusterMap!.stages).not.toEqual(tr.clusterMap!.stages);
    for (const node of en.clusterMap!.nodes)
      if (node.stage !== null) expect(en.clusterMap!.stages[node.stage]).toBeDefined();
    expect(en.gaps).not.toBeNull();
    for (const gap of en.gaps!) expect(gap.title).toMatch(/^(Missing|Thin|Inputs|No ties|Weak)/);
    for (const gap of tr.gaps!) expect(gap.title).toMatch(/^(Eksik|Zayıf|Girdiler|Aşamalar)/);
  });

  it('proposes the suggested working group while none is confirmed, then shows the confirmed one', async () => {
    const proposed = (await gather(sample, event, 'en')).workingGroup;
    expect(proposed?.confirmedOn).toBeNull();
    expect(proposed!.members.length).toBeGreaterThan(0);
    const organisations = await listOrganisations(t.database.db, sample.id);
    const chosen = organisations.slice(0, 2);
    const confirmed = {
      ...sample,
      workingGroup: {
        memberIds: chosen.map((o) => o.id),
        confirmedAt: '2026-11-20T15:00:00.000Z',
        confirmedBy: null,
      },
    };
    const group = (await gather(confirmed, event, 'en')).workingGroup;
    expect(group).toMatchObject({ confirmedOn: '2026-11-20' });
    expect(group!.members.map((m) => m.name)).toEqual(chosen.map((o) => o.name));
  });

  it('counts the guests: seats, registered, waiting, checked in (not the cancelled guest), by organisation type', async () => {
    const { attendance } = await gather(sample, event, 'en');
    expect(attendance).toEqual({
      capacity: 3,
      registered: 3,
      waitlisted: 1,
      checkedIn: 2,
      byType: [
        { type: 'firm', count: 1 },
        { type: 'university', count: 1 },
        { type: 'unknown', count: 1 },
      ],
    });
  });

  it('gives the three workshops in the language by default, and translates a standard title saved in the other', async () => {
    expect((await gather(sample, event, 'tr')).workshopCalendar.map((w) => w.title)).toEqual([
      'Vizyon çalıştayı',
      'Kilit başarı faktörleri çalıştayı',
      'Beceri ihtiyaçları çalıştayı',
    ]);
    const settings = {
      sections: ['title', 'workshop_calendar'] as const,
      benchmarkCaseId: null,
      workshopCalendar: [
        { title: 'Vizyon çalıştayı', date: '2027-02-10' as IsoDate, venue: 'İZKA' },
        { title: 'Tedarikçi günü', date: null, venue: '' },
      ],
      nextSteps: ['Çalışma grubunu toplayın'],
    };
    await setDeckSettings(
      t.database.db,
      sample.id,
      event.id,
      { ...settings, sections: [...settings.sections] },
      now,
    );
    const saved = (await findDeckEvent(t.database.db, sample.id, event.id))!;
    const input = await gather(sample, saved, 'en');
    expect(input.sections).toEqual(['title', 'workshop_calendar']);
    expect(input.workshopCalendar).toEqual([
      { title: 'Vision workshop', date: '2027-02-10', venue: 'İZKA' },
      { title: 'Tedarikçi günü', date: null, venue: '' },
    ]);
    expect(input.nextSteps).toEqual(['Çalışma grubunu toplayın']);
    expect(input.benchmarkCase).toBeNull();
  });
});

describe('gatherDeckInput on an empty project', () => {
  it('has every optional part null; with an event, its seats and no guests', async () => {
    const slug = await createProject(owner, 'Boş küme');
    const project = (await findProjectBySlug(t.database.db, slug))!;
    const eventId = await addEvent(t.database.db, project.id);
    const withEvent = (await findDeckEvent(t.database.db, project.id, eventId))!;
    for (const deckEvent of [null, withEvent]) {
      const input = await gather(project, deckEvent, 'tr');
      expect(input).toMatchObject({
        logo: null,
        statistics: null,
        fieldStudy: null,
        clusterMap: null,
        gaps: null,
        workingGroup: null,
        nextSteps: [],
      });
      expect(input.event === null).toBe(deckEvent === null);
      expect(input.attendance).toEqual(
        deckEvent === null
          ? null
          : { capacity: 40, registered: 0, waitlisted: 0, checkedIn: 0, byType: [] },
      );
      expect(input.workshopCalendar).toHaveLength(3);
    }
  });
});
