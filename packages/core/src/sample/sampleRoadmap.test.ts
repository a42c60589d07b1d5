// The sample roadmap: an action plan across the four layers and three terms, owned by the sample's
// organisations, covering every weighty success factor, with indicators that stand as planned on
// any day the sample is made, the programme's indicators and two self-assessments a year apart.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { projectBundleSchema } from '../bundle/projectBundle';
import { bundleRoadmapSchema } from '../bundle/projectBundleRoadmap';
import { mulberry32 } from '../random/mulberry32';
import { ACTION_LAYERS, HORIZONS } from '../roadmap/actionInput';
import { assembleRoadmapItems } from '../roadmap/assembleRoadmapItems';
import { CLUSTER_SUPPORT_PROGRAMME_INDICATORS } from '../roadmap/clusterSupportProgrammeIndicators';
import { compareSelfAssessments } from '../roadmap/compareSelfAssessments';
import { actionHorizon } from '../roadmap/horizonOf';
import { indicatorHealth } from '../roadmap/indicatorHealth';
import { sameUnit } from '../roadmap/normaliseUnit';
import { scoreSelfAssessment } from '../roadmap/scoreSelfAssessment';
import { uncoveredItems } from '../roadmap/uncoveredItems';
import { generateSampleProject } from './generateSampleProject';
import { addMonths, quarterEndsBetween } from './sampleIndicatorHistory';
import { sampleRoadmap } from './sampleRoadmap';
import { SAMPLE_WORKSHOP_KEYS } from './sampleWorkshops';

const today = '2026-03-01' as IsoDate;
const bundle = generateSampleProject({ today, rng: mulberry32(20_261_126) });
const { roadmap } = bundle;
/** The roadmap as the bundle schema reads it, made on another day. */
const roadmapOn = (day: IsoDate) =>
  bundleRoadmapSchema.parse(sampleRoadmap(bundle.organisations, bundle.workshops, day));

/** The workshops' items as the server's assembly makes them, the workshops named by bundle key. */
function workshopItems() {
  const source = (key: string) => ({ workshopId: key, title: key, closedAt: today });
  const results = (key: string) => bundle.workshops.find((w) => w.key === key)?.results;
  return assembleRoadmapItems({
    vision: {
      ...source(SAMPLE_WORKSHOP_KEYS.vision),
      ...results(SAMPLE_WORKSHOP_KEYS.vision)!.vision!,
    },
    factors: {
      ...source(SAMPLE_WORKSHOP_KEYS.factors),
      items: results(SAMPLE_WORKSHOP_KEYS.factors)!.factors,
    },
    skills: {
      ...source(SAMPLE_WORKSHOP_KEYS.skills),
      items: results(SAMPLE_WORKSHOP_KEYS.skills)!.skills,
    },
  });
}

describe('the sample roadmap', () => {
  it('is a valid part of the sample bundle and starts on January 1 of the sample’s year', () => {
    expect(projectBundleSchema.safeParse(bundle).error?.issues ?? []).toEqual([]);
    expect(roadmap.settings?.startsOn).toBe('2026-01-01');
    expect(roadmapOn('2031-12-31' as IsoDate).settings?.startsOn).toBe('2031-01-01');
    expect(roadmap.items).toEqual([]);
  });

  it('has 10 to 14 actions across the four layers and three terms, some done, under way and delayed', () => {
    expect(roadmap.actions.length).toBeGreaterThanOrEqual(10);
    expect(roadmap.actions.length).toBeLessThanOrEqual(14);
    expect(new Set(roadmap.actions.map((a) => a.layer))).toEqual(new Set(ACTION_LAYERS));
    const startsOn = roadmap.settings!.startsOn;
    expect(new Set(roadmap.actions.map((a) => actionHorizon(a, startsOn)))).toEqual(
      new Set(HORIZONS),
    );
    const statuses = roadmap.actions.map((a) => a.status);
    for (const status of ['done', 'in_progress', 'delayed', 'planned'] as const)
      expect(statuses).toContain(status);
  });

  it('gives every action an owner and partners of the sample, a budget in TRY and its funding', () => {
    const keys = new Set(bundle.organisations.map((o) => o.key));
    for (const action of roadmap.actions) {
      expect(keys.has(action.ownerOrganisationKey ?? '')).toBe(true);
      expect(action.partnerOrganisationKeys.length).toBeGreaterThan(0);
      for (const k of action.partnerOrganisationKeys) expect(keys.has(k)).toBe(true);
      expect(action.currency).toBe('TRY');
      expect(action.budget).toBeGreaterThan(0);
      expect(action.fundingSource).not.toBe('');
    }
    const funding = roadmap.actions.map((a) => a.fundingSource).join(' | ');
    for (const source of ['İZKA', 'KOSGEB', 'Kümelenme Destek Programı', 'aidat'])
      expect(funding).toContain(source);
  });

  it('links the workshops’ items by the keys their assembly gives, and covers every factor weighing 0.1 or more', () => {
    const items = workshopItems();
    const known = new Set(items.map((item) => item.key));
    const linked = roadmap.actions.flatMap((a) => a.itemKeys);
    for (const key of linked.filter((k) => /^(?:vision|factor|skill):/.test(k)))
      expect(known.has(key), key).toBe(true);
    const uncovered = uncoveredItems(items, roadmap.actions, { minFactorWeight: 0.1 });
    expect(uncovered.map((item) => item.key)).toEqual([]);
    for (const action of roadmap.actions) expect(action.itemKeys.length).toBeGreaterThan(0);
    expect(linked.some((k) => k.startsWith('gap:'))).toBe(true);
    expect(linked.some((k) => k.startsWith('cluster:'))).toBe(true);
  });

  it('records 2 to 6 quarterly values in the indicator’s unit, before the day, where any', () => {
    const all = [...roadmap.actions.flatMap((a) => a.indicators), ...roadmap.indicators];
    for (const indicator of all) {
      if (indicator.values.length === 0) continue;
      expect(indicator.values.length).toBeGreaterThanOrEqual(2);
      expect(indicator.values.length).toBeLessThanOrEqual(6);
      const quarterEnds = new Set(quarterEndsBetween(indicator.baselineOn, today));
      for (const value of indicator.values) {
        expect(quarterEnds.has(value.on), `${indicator.name} ${value.on}`).toBe(true);
        expect(sameUnit(value.unit, indicator.unit)).toBe(true);
      }
    }
    expect(roadmap.actions.every((a) => a.indicators.length > 0)).toBe(true);
  });

  it('has action indicators on track, one at risk, one late and one achieved, on any day of the year', () => {
    for (let month = 0; month < 12; month += 1)
      for (const day of [1, 14, 28]) {
        const on = addMonths(`2028-01-${String(day).padStart(2, '0')}` as IsoDate, month);
        const counts: Record<string, number> = {};
        for (const indicator of roadmapOn(on).actions.flatMap((a) => a.indicators)) {
          const health = indicatorHealth(indicator, indicator.values, on).health;
          counts[health] = (counts[health] ?? 0) + 1;
        }
        expect(counts, on).toMatchObject({ at_risk: 1, late: 1, achieved: 1 });
        expect(counts.on_track ?? 0, on).toBeGreaterThanOrEqual(5);
      }
  });

  it('tracks the cluster support programme’s indicators at roadmap level, with values', () => {
    const codes = roadmap.indicators.map((i) => i.presetCode);
    expect(codes).toEqual(CLUSTER_SUPPORT_PROGRAMME_INDICATORS.map((p) => p.code));
    for (const indicator of roadmap.indicators) {
      expect(indicator.values.length).toBeGreaterThanOrEqual(2);
      expect(['on_track', 'achieved']).toContain(
        indicatorHealth(indicator, indicator.values, today).health,
      );
    }
  });

  it('has two self-assessments a year apart, the second better in three areas or more', () => {
    const [first, second] = roadmap.selfAssessments;
    expect(roadmap.selfAssessments).toHaveLength(2);
    expect(first?.assessedOn).toBe('2025-03-01');
    expect(second?.assessedOn).toBe('2026-03-01');
    const score = (a: typeof first) => scoreSelfAssessment(a!.indicators, a!.answers);
    const comparison = compareSelfAssessments(score(first), score(second));
    expect(comparison.improvedAreas.length).toBeGreaterThanOrEqual(3);
    expect(comparison.fell).toEqual([]);
    expect(score(second).overall.answered).toBe(second?.indicators.length);
  });

  it('is the same roadmap for the same day', () => {
    expect(roadmapOn(today)).toEqual(roadmap);
  });
});
