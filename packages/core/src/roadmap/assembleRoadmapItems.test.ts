// The roadmap's assembly: every stage's results become items keyed to their source, in order.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { gapAnalysis } from '../network/gapAnalysis';
import { valueChainSchema } from '../network/valueChainSchema';
import { stage } from '../network/valueChainSupportFunctions';
import { assembleRoadmapItems, type RoadmapSources, skillItemId } from './assembleRoadmapItems';

const chain = valueChainSchema.parse({
  name: { tr: 'Deneme', en: 'Test' },
  stages: [
    stage('casting', ['Döküm', 'Casting'], ['', ''], ['24.51']),
    stage('machining', ['Talaşlı imalat', 'Machining'], ['', ''], ['25.62']),
  ],
});
// One casting firm (a thin stage), no machining firm (an empty stage).
const { gaps } = gapAnalysis({
  chain,
  organisations: [{ id: 'c1', type: 'firm', stageId: 'casting' }],
  relations: [],
});

const sources: RoadmapSources = {
  vision: {
    workshopId: 'w1',
    title: 'Vizyon çalıştayı',
    closedAt: '2026-03-10T15:00:00.000Z',
    text: '2035’te Avrupa’nın döküm merkezi',
    confirmedBy: 14,
  },
  factors: {
    workshopId: 'w2',
    title: 'KBF çalıştayı',
    closedAt: '2026-04-02T09:00:00.000Z',
    items: [
      {
        id: 'f1',
        text: 'Nitelikli işgücü',
        weight: 0.2,
        performance: 2.1,
        quadrant: 'low_priority',
      },
      {
        id: 'f2',
        text: 'Ortak test laboratuvarı',
        weight: null,
        performance: null,
        quadrant: null,
      },
      {
        id: 'f3',
        text: 'İhracat pazarları',
        weight: 0.5,
        performance: 1.8,
        quadrant: 'concentrate_here',
      },
      { id: 'f4', text: 'Enerji verimliliği', weight: 0.3, performance: 3.4, quadrant: 'keep_up' },
    ],
  },
  skills: {
    workshopId: 'w3',
    title: 'Beceri çalıştayı',
    closedAt: '2026-05-01',
    items: [
      {
        id: 's1',
        factorId: 'f1',
        text: 'CNC programlama',
        importance: 4.5,
        current: 2,
        required: 4,
        gap: 2,
        priority: 9,
        rank: 1,
      },
      {
        factorId: 'unknown',
        text: 'Döküm  simülasyonu',
        importance: 4,
        current: 3,
        required: 4,
        gap: 1,
        priority: 4,
        rank: 2,
      },
    ],
  },
  map: { stages: chain.stages, gaps, analysedOn: '2026-02-01' as IsoDate },
  statistics: {
    datasetId: 'd1',
    datasetName: 'SGK 2024',
    region: { code: 'TR31', name: 'İzmir' },
    year: 2024,
    clusters: [
      { code: 'metal', name: 'Metal', lq: 1.9, employment: 4200, growthPercent: 3.1, strong: true },
      { code: 'food', name: 'Gıda', lq: 0.8, employment: 900, growthPercent: 4, strong: false },
    ],
  },
};

describe('assembleRoadmapItems', () => {
  const items = assembleRoadmapItems(sources);

  it('keys every item to its source, in the order vision, factors, skills, gaps, clusters', () => {
    expect(items.map((item) => item.key)).toEqual([
      'vision:w1',
      'factor:w2:f3',
      'factor:w2:f4',
      'factor:w2:f1',
      'factor:w2:f2',
      'skill:w3:s1',
      'skill:w3:~dokum simulasyonu',
      'gap:empty_stage:machining',
      'gap:thin_stage:casting',
      'cluster:metal',
      'cluster:food',
    ]);
    expect(items.every((item) => item.sourceState === 'present')).toBe(true);
  });

  it('carries the success factors’ weight, performance and quadrant, unweighted last', () => {
    const factor = items.find((item) => item.key === 'factor:w2:f3')!;
    expect(factor).toMatchObject({
      kind: 'success_factor',
      title: { tr: 'İhracat pazarları', en: 'İhracat pazarları' },
      weight: 0.5,
      score: 0.5,
      figures: { performance: 1.8 },
      quadrant: 'concentrate_here',
      source: { kind: 'workshop', id: 'w2', label: { tr: 'KBF çalıştayı' }, date: '2026-04-02' },
    });
    expect(items.find((item) => item.key === 'factor:w2:f2')).toMatchObject({
      weight: null,
      figures: {},
    });
  });

  it('links a skill to its success factor only when the factors’ results have it', () => {
    const [known, unknown] = items.filter((item) => item.kind === 'skill_gap');
    expect(known).toMatchObject({
      parentKey: 'factor:w2:f1',
      score: 9,
      figures: { rank: 1, importance: 4.5, current: 2, required: 4, gap: 2 },
      source: { date: '2026-05-01' },
    });
    expect(unknown!.parentKey).toBeNull();
  });

  it('makes a missing stage an investment need and a thin stage a value-chain gap, in both languages', () => {
    const empty = items.find((item) => item.key === 'gap:empty_stage:machining')!;
    expect(empty).toMatchObject({
      kind: 'investment_need',
      title: { tr: 'Eksik aşama: Talaşlı imalat', en: 'Missing stage: Machining' },
      detail: gaps[0]!.suggestion,
      score: 1,
      source: { kind: 'cluster_map', id: 'cluster-map', date: '2026-02-01' },
    });
    expect(items.find((item) => item.key === 'gap:thin_stage:casting')).toMatchObject({
      kind: 'value_chain_gap',
      title: { tr: 'Az aktörlü aşama: Döküm', en: 'Thin stage: Casting' },
      figures: { actors: 1 },
    });
  });

  it('names strong and emerging clusters with their figures, Turkish numbers in Turkish', () => {
    const [metal, food] = items.filter((item) => item.kind === 'cluster');
    expect(metal).toMatchObject({
      score: 1.9,
      figures: { lq: 1.9, employment: 4200, strong: 1, emerging: 0 },
      source: { kind: 'statistics', id: 'd1', label: { en: 'SGK 2024, İzmir, 2024' } },
    });
    expect(metal!.detail.tr).toBe(
      'Bölgede güçlü küme: LQ 1,90; 4.200 çalışan; istihdam yılda %3,1 artıyor.',
    );
    expect(metal!.detail.en).toBe(
      'Strong cluster in the region: LQ 1.90, 4,200 jobs, employment growing 3.1% a year.',
    );
    expect(food!.detail.en).toContain('Emerging cluster');
    expect(food!.detail.en).toContain('4.0 points faster than the benchmark');
  });

  it("names Kume's NACE clusters in each language and other clusters as their definition does", () => {
    const clusters = assembleRoadmapItems({
      statistics: {
        ...sources.statistics!,
        clusters: [
          {
            code: 'Aerospace Vehicles and Defense',
            name: 'Havacılık, Uzay ve Savunma Araçları',
            lq: 1.5,
            employment: 800,
            growthPercent: 1,
            strong: true,
          },
          {
            code: 'metal',
            name: 'Metal',
            lq: 1.9,
            employment: 4200,
            growthPercent: 3,
            strong: true,
          },
        ],
      },
    });
    const own = clusters.find((item) => item.key === 'cluster:metal');
    const nace = clusters.find((item) => item.key === 'cluster:Aerospace Vehicles and Defense');
    expect(own!.title).toEqual({ tr: 'Metal', en: 'Metal' });
    expect(nace!.title).toEqual({
      tr: 'Havacılık, Uzay ve Savunma Araçları',
      en: 'Aerospace Vehicles and Defense',
    });
  });

  it('gives no items for missing sources and keys a gap between stages by both ids', () => {
    expect(assembleRoadmapItems({})).toEqual([]);
    const tie = assembleRoadmapItems({
      map: {
        stages: chain.stages,
        gaps: [
          {
            kind: 'no_ties_between_stages',
            stages: ['casting', 'machining'],
            score: 0.6,
            evidence: { ties: 0, actorsFrom: 3, actorsTo: 3 },
            suggestion: { tr: 'x', en: 'y' },
          },
        ],
      },
    });
    expect(tie[0]).toMatchObject({
      key: 'gap:no_ties_between_stages:casting-machining',
      title: { en: 'Missing ties between stages: Casting → Machining' },
      source: { date: null },
    });
  });

  it('keeps one item when two skills fold to the same text', () => {
    const skill = sources.skills!.items[1]!;
    const twice = assembleRoadmapItems({
      skills: { ...sources.skills!, items: [skill, { ...skill, text: 'DÖKÜM SİMÜLASYONU' }] },
    });
    expect(twice).toHaveLength(1);
  });
});

describe('skillItemId', () => {
  it('uses the item id when the results carry one, else the folded text', () => {
    const skill = sources.skills!.items[1]!;
    expect(skillItemId({ ...skill, id: 'x9' })).toBe('x9');
    expect(skillItemId({ ...skill, text: '  Döküm   SİMÜLASYONU ' })).toBe('~dokum simulasyonu');
  });
});
