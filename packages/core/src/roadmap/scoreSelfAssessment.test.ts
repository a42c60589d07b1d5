// Scoring a self-assessment: levels by threshold, areas, the indicative level, missing evidence.

import { describe, expect, it } from 'vitest';
import type { SelfAssessmentIndicator } from './selfAssessment';
import { levelOf, scoreSelfAssessment } from './scoreSelfAssessment';

const indicator = (
  id: string,
  area: SelfAssessmentIndicator['area'],
  thresholds: [number, number, number],
  direction: 'higher' | 'lower' = 'higher',
): SelfAssessmentIndicator => ({
  id,
  area,
  name: { tr: id, en: id },
  unit: { tr: 'adet', en: 'number' },
  direction,
  thresholds: { bronze: thresholds[0], silver: thresholds[1], gold: thresholds[2] },
  scale: [],
  evidence: { tr: '', en: '' },
});

const members = indicator('members', 'structure', [20, 50, 80]);
const funder = indicator('largest_source_share', 'financing', [90, 70, 50], 'lower');
const staff = indicator('staff', 'governance', [1, 2, 3]);
const events = indicator('events', 'services', [4, 8, 12]);

describe('levelOf', () => {
  it('reaches a level at its threshold, and at or below it when lower is better', () => {
    expect([19, 20, 49, 50, 80, 500].map((v) => levelOf(members, v))).toEqual([
      'below',
      'bronze',
      'bronze',
      'silver',
      'gold',
      'gold',
    ]);
    expect([95, 90, 70, 50, 10].map((v) => levelOf(funder, v))).toEqual([
      'below',
      'bronze',
      'silver',
      'gold',
      'gold',
    ]);
  });
});

describe('scoreSelfAssessment', () => {
  const answers = [
    { indicatorId: 'members', value: 55, evidence: 'Üye listesi 2027' },
    { indicatorId: 'largest_source_share', value: 45, evidence: '' },
    { indicatorId: 'staff', value: 0.5, evidence: '' },
    { indicatorId: 'removed', value: 3, evidence: '' },
  ];
  const score = scoreSelfAssessment([members, funder, staff, events], answers);

  it('scores each answer 0-3 by level, leaving unanswered ones without a level', () => {
    expect(score.indicators.map((s) => [s.indicator.id, s.level, s.points])).toEqual([
      ['members', 'silver', 2],
      ['largest_source_share', 'gold', 3],
      ['staff', 'below', 0],
      ['events', null, null],
    ]);
  });

  it('flags a level claimed without evidence, but not an answer below bronze', () => {
    expect(score.indicators.map((s) => s.evidenceMissing)).toEqual([false, true, false, false]);
  });

  it('sums up every area and the whole, and lists answers to indicators no longer in the list', () => {
    expect(score.overall).toMatchObject({
      answered: 3,
      total: 4,
      meanPoints: 5 / 3,
      counts: { below: 1, bronze: 0, silver: 1, gold: 1 },
    });
    expect(score.areas.map((a) => [a.area, a.answered, a.total, a.meanPoints])).toEqual([
      ['structure', 1, 1, 2],
      ['governance', 1, 1, 0],
      ['financing', 1, 1, 3],
      ['services', 0, 1, null],
      ['interaction', 0, 0, null],
      ['achievements', 0, 0, null],
    ]);
    expect(score.unknownAnswers).toEqual(['removed']);
  });

  it('gives the highest level that three quarters of all indicators reach, unanswered counting against', () => {
    expect(score.overall.indicativeLevel).toBe('below');
    const strong = [
      { indicatorId: 'members', value: 80, evidence: 'x' },
      { indicatorId: 'largest_source_share', value: 60, evidence: 'x' },
      { indicatorId: 'staff', value: 3, evidence: 'x' },
      { indicatorId: 'events', value: 2, evidence: '' },
    ];
    const list = [members, funder, staff, events];
    expect(scoreSelfAssessment(list, strong).overall.indicativeLevel).toBe('silver');
    expect(
      scoreSelfAssessment(list, strong, { indicativeShare: 0.5 }).overall.indicativeLevel,
    ).toBe('gold');
    expect(scoreSelfAssessment(list, []).overall.indicativeLevel).toBeNull();
  });
});
