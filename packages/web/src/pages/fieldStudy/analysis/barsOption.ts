// The ECharts option of a horizontal bar chart with one bar per category, labelled with its count
// and share: choice questions, relation partners by type and location, histogram bins.

import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { tooltipElement } from '../../statistics/charts/tooltipElement';

echarts.use([BarChart, GridComponent, TooltipComponent]);

export type BarsOption = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption
>;

export interface Bar {
  /** The category's name (user text: shown as text only). */
  name: string;
  value: number;
  /** The label at the bar's end, e.g. "12 (40%)". */
  label: string;
}

/** Height in pixels that fits `count` horizontal bars. */
export const barsHeight = (count: number) => Math.max(120, count * 28 + 40);

/** Bars top to bottom in the order given; `labelWidth` is the category labels' room in pixels. */
export function barsOption(
  bars: readonly Bar[],
  { labelWidth = 240, colour = '#228be6' }: { labelWidth?: number; colour?: string } = {},
) {
  // A category axis draws its first item at the bottom: reverse so the list reads downwards.
  const shown = [...bars].reverse();
  const option: BarsOption = {
    animation: false,
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const bar = shown[item?.dataIndex ?? -1];
        return bar ? tooltipElement([bar.name, bar.label]) : '';
      },
    },
    xAxis: { type: 'value', show: false, max: (extent) => Math.max(1, extent.max) },
    yAxis: {
      type: 'category',
      data: shown.map((bar) => bar.name),
      axisLabel: { width: labelWidth, overflow: 'truncate', fontSize: 12 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((bar) => bar.value),
        itemStyle: { color: colour },
        barMaxWidth: 20,
        label: {
          show: true,
          position: 'right',
          formatter: (params) => shown[params.dataIndex]?.label ?? '',
        },
      },
    ],
  };
  return option;
}
