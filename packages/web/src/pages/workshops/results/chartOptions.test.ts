// Tests of the matrix chart options: what is placed, where the crosshairs and quadrants sit.

import { describe, expect, it } from 'vitest';
import type { SkillGap } from '@kume/core';
import { ipaOption, type IpaOptionSettings } from './ipaOption';
import { gapColour, skillsGapOption } from './skillsGapOption';

const settings: IpaOptionSettings = {
  importanceSplit: 0.25,
  performanceSplit: 3.2,
  quadrantNames: {
    concentrate_here: 'Concentrate here',
    keep_up: 'Keep up the good work',
    low_priority: 'Low priority',
    possible_overkill: 'Possible overkill',
  },
  axisNames: { importance: 'Importance', performance: 'Performance' },
  formatImportance: String,
  formatPerformance: String,
};

type Series = { data: unknown[]; markArea?: { data: unknown[] }; markLine?: { data: unknown[] } };
const seriesOf = (option: ReturnType<typeof ipaOption>) => option.series as Series[];

describe('ipaOption', () => {
  const points = [
    { text: 'Export', importance: 0.5, performance: 2, quadrant: 'concentrate_here' as const },
    { text: 'Skills', importance: 0.1, performance: 4, quadrant: 'possible_overkill' as const },
    { text: 'Not rated', importance: 0.4, performance: null, quadrant: null },
  ];

  it('places the factors with both values as [performance, importance], labels inwards', () => {
    expect(seriesOf(ipaOption(points, settings))[0]?.data).toEqual([
      { value: [2, 0.5], label: { position: 'right' } },
      { value: [4, 0.1], label: { position: 'left' } },
    ]);
  });

  it('draws the crosshairs at the splits', () => {
    expect(seriesOf(ipaOption(points, settings))[1]?.markLine?.data).toEqual([
      { xAxis: 3.2 },
      { yAxis: 0.25 },
    ]);
  });

  it('names the four quadrants, concentrate here at high importance and low performance', () => {
    const areas = seriesOf(ipaOption(points, settings))[1]?.markArea?.data as [
      { name: string; xAxis: number; yAxis: number },
      { xAxis: number; yAxis: number },
    ][];
    expect(areas.map(([corner]) => corner.name)).toEqual([
      'Concentrate here',
      'Keep up the good work',
      'Low priority',
      'Possible overkill',
    ]);
    const [from, to] = areas[0] ?? [];
    expect(from).toMatchObject({ xAxis: 1, yAxis: 0.25 });
    expect(to?.xAxis).toBe(3.2);
    expect(to?.yAxis).toBeCloseTo(0.575);
  });

  it('puts the crosshairs mid-scale when there is no split yet', () => {
    const option = ipaOption([], { ...settings, importanceSplit: null, performanceSplit: null });
    expect(seriesOf(option)[1]?.markLine?.data[0]).toEqual({ xAxis: 3 });
  });
});

describe('skillsGapOption', () => {
  const skill = (
    rank: number,
    importance: number | null,
    gap: number | null,
  ): Omit<SkillGap, 'id'> => ({
    factorId: null,
    text: `skill ${rank}`,
    importance,
    current: 2,
    required: gap === null ? null : 2 + gap,
    gap,
    priority: importance === null || gap === null ? null : importance * gap,
    rank,
  });
  const option = skillsGapOption([skill(1, 5, 3), skill(2, 3, -1), skill(3, null, 2)], {
    axisNames: { importance: 'Importance', gap: 'Gap' },
    describe: () => [],
  });

  it('places the skills with importance and gap, red for a shortfall', () => {
    expect((option.series as Series[])[0]?.data).toEqual([
      { value: [5, 3], itemStyle: { color: gapColour(3) } },
      { value: [3, -1], itemStyle: { color: gapColour(-1) } },
    ]);
    expect(gapColour(3)).not.toBe(gapColour(-1));
  });

  it('keeps the gap axis symmetric around zero and at least -4..4', () => {
    expect(option.yAxis).toMatchObject({ min: -4, max: 4 });
    const wide = skillsGapOption([skill(1, 5, 6)], {
      axisNames: { importance: 'I', gap: 'G' },
      describe: () => [],
    });
    expect(wide.yAxis).toMatchObject({ min: -6, max: 6 });
  });
});
