// The ECharts option of the self-assessments over time: one group of bars per area, one bar per
// assessment (oldest lightest), each bar the area's mean points from 0 (below) to 3 (gold).

import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { SelfAssessmentArea, SelfAssessmentLevel, SelfAssessmentScore } from '@kume/core';
import { tooltipElement } from '../../statistics/charts/tooltipElement';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent]);

export type BarOption = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The assessments drawn: the latest few, so the groups stay readable. */
export const ASSESSMENTS_CHARTED = 4;

/** Blues from light (oldest) to dark (latest). */
const SHADES = ['#a5d8ff', '#74c0fc', '#339af0', '#1864ab'];

export interface ChartAssessment {
  assessedOn: string;
  title: string;
  score: Pick<SelfAssessmentScore, 'areas'>;
}

export interface AssessmentChartSettings {
  areaName: (area: SelfAssessmentArea) => string;
  levelName: (level: SelfAssessmentLevel) => string;
  /** The series' name: the assessment's day, and its title when it has one. */
  assessmentName: (assessment: ChartAssessment) => string;
  formatPoints: (points: number) => string;
  /** The area axis labels' width in pixels (narrow on phones). */
  labelWidth?: number;
}

const LEVELS: readonly SelfAssessmentLevel[] = ['below', 'bronze', 'silver', 'gold'];

/**
 * The latest ASSESSMENTS_CHARTED assessments (given oldest first), areas in the order of the
 * latest's score; an area without answers has no bar (null), not a bar at 0.
 */
export function assessmentChartOption(
  assessments: readonly ChartAssessment[],
  settings: AssessmentChartSettings,
): BarOption {
  const shown = assessments.slice(-ASSESSMENTS_CHARTED);
  const areas = shown.at(-1)?.score.areas.map((a) => a.area) ?? [];
  const shades = SHADES.slice(-shown.length);
  return {
    animation: false,
    grid: { left: 64, right: 16, top: 40, bottom: 72 },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const area = areas[items[0]?.dataIndex ?? -1];
        if (!area) return '';
        return tooltipElement([
          settings.areaName(area),
          ...items.map((item) => {
            const value = item.value as number | null | undefined;
            return `${item.seriesName ?? ''}: ${value === null || value === undefined ? '–' : settings.formatPoints(value)}`;
          }),
        ]);
      },
    },
    xAxis: {
      type: 'category',
      data: areas.map(settings.areaName),
      axisLabel: {
        interval: 0,
        width: settings.labelWidth ?? 110,
        overflow: 'break',
        lineHeight: 14,
      },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 3,
      interval: 1,
      axisLabel: { formatter: (value: number) => settings.levelName(LEVELS[value] ?? 'below') },
      splitLine: { lineStyle: { color: '#f1f3f5' } },
    },
    series: shown.map((assessment, index): BarSeriesOption => ({
      type: 'bar',
      name: settings.assessmentName(assessment),
      data: areas.map(
        (area) => assessment.score.areas.find((a) => a.area === area)?.meanPoints ?? null,
      ),
      itemStyle: { color: shades[index] },
      barMaxWidth: 22,
    })),
  };
}
