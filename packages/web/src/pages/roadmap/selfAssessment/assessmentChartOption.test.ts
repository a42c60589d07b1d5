// The self-assessment chart: the latest assessments, one bar each per area, gaps for areas
// without answers.

import { describe, expect, it } from 'vitest';
import type { BarSeriesOption } from 'echarts/charts';
import {
  DEFAULT_SELF_ASSESSMENT_INDICATORS,
  scoreSelfAssessment,
  SELF_ASSESSMENT_AREAS,
} from '@kume/core';
import { ASSESSMENTS_CHARTED, assessmentChartOption } from './assessmentChartOption';

const indicators = [...DEFAULT_SELF_ASSESSMENT_INDICATORS];
/** Every structure indicator answered at its gold threshold; nothing else answered. */
const goldStructure = scoreSelfAssessment(
  indicators,
  indicators
    .filter((i) => i.area === 'structure')
    .map((i) => ({ indicatorId: i.id, value: i.thresholds.gold, evidence: 'list' })),
);
const nothing = scoreSelfAssessment(indicators, []);

const settings = {
  areaName: (area: string) => area,
  levelName: (level: string) => level,
  assessmentName: (a: { assessedOn: string }) => a.assessedOn,
  formatPoints: String,
};

describe('assessmentChartOption', () => {
  it('draws one bar series per assessment, named by day, oldest first', () => {
    const option = assessmentChartOption(
      [
        { assessedOn: '2024-05-01', title: '', score: nothing },
        { assessedOn: '2025-05-01', title: '', score: goldStructure },
      ],
      settings,
    );
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(['2024-05-01', '2025-05-01']);
    expect((option.xAxis as { data: string[] }).data).toEqual([...SELF_ASSESSMENT_AREAS]);
    // Gold is 3 points; unanswered areas are gaps (null), not zero bars.
    expect(series[1]!.data).toEqual([3, null, null, null, null, null]);
    expect(series[0]!.data).toEqual([null, null, null, null, null, null]);
  });

  it('keeps only the latest assessments when there are many', () => {
    const many = Array.from({ length: ASSESSMENTS_CHARTED + 2 }, (_, i) => ({
      assessedOn: `20${10 + i}-01-01`,
      title: '',
      score: nothing,
    }));
    const series = assessmentChartOption(many, settings).series as BarSeriesOption[];
    expect(series).toHaveLength(ASSESSMENTS_CHARTED);
    expect(series.at(-1)!.name).toBe(many.at(-1)!.assessedOn);
  });
});
