// The ECharts option of an indicator's history: the recorded values over time, the straight line
// the plan draws from baseline to target, the target as a level, and today as a vertical mark.

import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { tooltipElement } from '../../statistics/charts/tooltipElement';

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent]);

export type LineOption = echarts.ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface ChartIndicator {
  baseline: number;
  baselineOn: string;
  target: number;
  dueOn: string;
  values: readonly { on: string; value: number; note: string }[];
}

export interface IndicatorChartSettings {
  names: { values: string; plan: string; target: string; today: string };
  today: string;
  unit: string;
  formatDate: (day: string) => string;
  /** A time axis tick (epoch milliseconds) as a short month and year, in the UI language. */
  formatMonth: (time: number) => string;
  formatNumber: (value: number) => string;
}

export const VALUE_COLOUR = '#1c7ed6';
export const PLAN_COLOUR = '#868e96';

/**
 * Values in the order given (the API sends them oldest first) as [day, value] points; the plan as
 * the two points (baselineOn, baseline) and (dueOn, target); the target a dashed level across the
 * chart; today a vertical line when it falls between the first and the last day shown.
 */
export function indicatorChartOption(
  indicator: ChartIndicator,
  settings: IndicatorChartSettings,
): LineOption {
  const { names, formatDate, formatNumber } = settings;
  const days = [indicator.baselineOn, indicator.dueOn, ...indicator.values.map((v) => v.on)];
  const first = days.reduce((a, b) => (b < a ? b : a));
  const last = days.reduce((a, b) => (b > a ? b : a));
  const showToday = settings.today >= first && settings.today <= last;

  const values: LineSeriesOption = {
    type: 'line',
    name: names.values,
    data: indicator.values.map((v) => [v.on, v.value]),
    symbol: 'circle',
    symbolSize: 8,
    itemStyle: { color: VALUE_COLOUR },
    lineStyle: { width: 2 },
    z: 3,
    markLine: showToday
      ? {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#495057', type: 'dotted' },
          label: { formatter: names.today, position: 'insideEndTop' },
          data: [{ xAxis: settings.today }],
        }
      : undefined,
  };
  const plan: LineSeriesOption = {
    type: 'line',
    name: names.plan,
    data: [
      [indicator.baselineOn, indicator.baseline],
      [indicator.dueOn, indicator.target],
    ],
    symbol: 'emptyCircle',
    symbolSize: 6,
    itemStyle: { color: PLAN_COLOUR },
    lineStyle: { type: 'dashed', width: 1.5 },
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: '#2b8a3e', type: 'dashed' },
      label: {
        formatter: `${names.target}: ${formatNumber(indicator.target)}`,
        position: 'insideStartTop',
      },
      data: [{ yAxis: indicator.target }],
    },
  };

  return {
    animation: false,
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    legend: { top: 0, data: [names.values, names.plan] },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const point = item?.value as [string, number] | undefined;
        if (!point) return '';
        const note =
          item?.seriesName === names.values ? indicator.values[item.dataIndex]?.note : '';
        return tooltipElement([
          formatDate(point[0]),
          `${item?.seriesName ?? ''}: ${formatNumber(point[1])} ${settings.unit}`,
          ...(note ? [note] : []),
        ]);
      },
    },
    xAxis: {
      type: 'time',
      min: first,
      max: last,
      axisLabel: { hideOverlap: true, formatter: (time: number) => settings.formatMonth(time) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      // The unit is in the figures above and the tooltip; a name here would crowd the target's label.
      scale: true,
      axisLabel: { formatter: (value: number) => formatNumber(value) },
      splitLine: { lineStyle: { color: '#f1f3f5' } },
    },
    series: [plan, values],
  };
}
