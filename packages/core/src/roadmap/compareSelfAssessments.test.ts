// Two self-assessments compared: indicators and areas that improved or fell.

import { describe, expect, it } from 'vitest';
import { compareSelfAssessments } from './compareSelfAssessments';
import type { SelfAssessmentIndicator } from './selfAssessment';
import { scoreSelfAssessment } from './scoreSelfAssessment';

const indicator = (
  id: string,
  area: SelfAssessmentIndicator['area'],
  direction: 'higher' | 'lower' = 'higher',
): SelfAssessmentIndicator => ({
  id,
  area,
  name: { tr: id, en: id },
  unit: { tr: '%', en: '%' },
  direction,
  thresholds:
    direction === 'higher'
      ? { bronze: 10, silver: 30, gold: 50 }
      : { bronze: 90, silver: 70, gold: 50 },
  scale: [],
  evidence: { tr: '', en: '' },
});

const list = [
  indicator('a', 'structure'),
  indicator('b', 'structure'),
  indicator('c', 'financing', 'lower'),
  indicator('d', 'financing', 'lower'),
  indicator('e', 'services'),
  indicator('old', 'services'),
];
const answers = (values: Record<string, number | null>) =>
  Object.entries(values).map(([indicatorId, value]) => ({ indicatorId, value, evidence: 'x' }));

describe('compareSelfAssessments', () => {
  const before = scoreSelfAssessment(
    list,
    answers({ a: 15, b: 35, c: 80, d: 60, e: null, old: 20 }),
  );
  const after = scoreSelfAssessment(
    [...list.slice(0, 5), indicator('new', 'services')],
    answers({ a: 35, b: 31, c: 75, d: 72, e: 40, new: 10 }),
  );
  const result = compareSelfAssessments(before, after);

  it('calls a higher level an improvement and a lower one a fall', () => {
    const change = Object.fromEntries(result.indicators.map((i) => [i.indicatorId, i.change]));
    expect(change).toMatchObject({ a: 'improved', d: 'fell' });
  });

  it('decides by the value within the same level, in the indicator’s direction', () => {
    const change = Object.fromEntries(result.indicators.map((i) => [i.indicatorId, i.change]));
    // b falls from 35 to 31 (still silver); c drops from 80 to 75, better when lower is better.
    expect(change).toMatchObject({ b: 'fell', c: 'improved' });
  });

  it('cannot compare an indicator unanswered once or in one list only', () => {
    expect(result.indicators.map((i) => `${i.indicatorId}:${i.change}`)).toEqual([
      'a:improved',
      'b:fell',
      'c:improved',
      'd:fell',
      'e:not_comparable',
      'new:not_comparable',
      'old:not_comparable',
    ]);
    expect(result.improved).toEqual(['a', 'c']);
    expect(result.fell).toEqual(['b', 'd']);
  });

  it('compares areas by mean points and lists the improved ones', () => {
    expect(
      result.areas.map((a) => [a.area, a.meanPointsBefore, a.meanPointsAfter, a.change]),
    ).toEqual([
      ['structure', 1.5, 2, 'improved'],
      ['governance', null, null, 'not_comparable'],
      ['financing', 1.5, 1, 'fell'],
      ['services', 1, 1.5, 'improved'],
      ['interaction', null, null, 'not_comparable'],
      ['achievements', null, null, 'not_comparable'],
    ]);
    expect(result.improvedAreas).toEqual(['structure', 'services']);
  });

  it('finds no change between an assessment and itself', () => {
    const same = compareSelfAssessments(after, after);
    expect(same.improved).toEqual([]);
    expect(same.fell).toEqual([]);
    expect(same.areas.every((a) => a.change !== 'improved' && a.change !== 'fell')).toBe(true);
  });
});
