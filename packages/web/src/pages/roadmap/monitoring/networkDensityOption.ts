// The ECharts option of the network as the relation list grew: density (a line, left axis, in
// percent) and ties (bars, right axis) at the end of each reporting month.

import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { tooltipElement } from '../../statistics/charts/tooltipElement';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent]);

export type DensityOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export interface DensityPoint {
  on: string;
  density: number;
  ties: number;
  organisations: number;
}

export interface DensityOptionSettings {
  names: { density: string; ties: string; organisations: string };
  formatDate: (day: string) => string;
  /** A share 0-1 as a percentage with its decimals. */
  formatShare: (share: number) => string;
  formatNumber: (value: number) => string;
}

/** One category per date in the order given (the API sends them oldest first). */
export function networkDensityOption(
  points: readonly DensityPoint[],
  settings: DensityOptionSettings,
): DensityOption {
  const { names } = settings;
  return {
    animation: false,
    grid: { left: 56, right: 56, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const point = points[items[0]?.dataIndex ?? -1];
        if (!point) return '';
        return tooltipElement([
          settings.formatDate(point.on),
          `${names.density}: ${settings.formatShare(point.density)}`,
          `${names.ties}: ${settings.formatNumber(point.ties)}`,
          `${names.organisations}: ${settings.formatNumber(point.organisations)}`,
        ]);
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => settings.formatDate(p.on)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: [
      {
        type: 'value',
        name: names.density,
        min: 0,
        axisLabel: { formatter: (value: number) => settings.formatShare(value) },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      {
        type: 'value',
        name: names.ties,
        min: 0,
        minInterval: 1,
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: names.ties,
        yAxisIndex: 1,
        data: points.map((p) => p.ties),
        itemStyle: { color: '#d0ebff' },
        barMaxWidth: 24,
      },
      {
        type: 'line',
        name: names.density,
        yAxisIndex: 0,
        data: points.map((p) => p.density),
        itemStyle: { color: '#1c7ed6' },
        symbolSize: 6,
      },
    ],
  };
}
