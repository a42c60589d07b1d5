// The ECharts option of the importance-performance matrix: performance across, importance up,
// one labelled point per success factor, the four quadrants named and crosshairs at the splits.

import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { IpaQuadrant } from '@kume/core';
import { tooltipElement } from '../../statistics/charts/tooltipElement';

echarts.use([ScatterChart, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent]);

export type ScatterOption = echarts.ComposeOption<
  ScatterSeriesOption | GridComponentOption | TooltipComponentOption
>;

export interface IpaPoint {
  text: string;
  importance: number | null;
  performance: number | null;
  quadrant: IpaQuadrant | null;
}

export interface IpaOptionSettings {
  importanceSplit: number | null;
  performanceSplit: number | null;
  /** The performance rating scale (default 1-5). */
  scale?: { min: number; max: number };
  /** The quadrants' names in the UI language. */
  quadrantNames: Record<IpaQuadrant, string>;
  axisNames: { importance: string; performance: string };
  formatImportance: (value: number) => string;
  formatPerformance: (value: number) => string;
  /** Bigger type for the projector. */
  large?: boolean;
}

const QUADRANT_COLOURS: Record<IpaQuadrant, string> = {
  concentrate_here: 'rgba(250,82,82,0.10)',
  keep_up: 'rgba(18,184,134,0.10)',
  low_priority: 'rgba(134,142,150,0.07)',
  possible_overkill: 'rgba(250,176,5,0.10)',
};

/** The factors with both values, placed; the others cannot be drawn (listed by the table). */
export function ipaOption(points: readonly IpaPoint[], settings: IpaOptionSettings): ScatterOption {
  const placed = points.filter(
    (point): point is IpaPoint & { importance: number; performance: number } =>
      point.importance !== null && point.performance !== null,
  );
  const scale = settings.scale ?? { min: 1, max: 5 };
  const xMin = scale.min;
  const xMax = scale.max;
  const yMin = 0;
  const yMax = Math.max(0.01, ...placed.map((point) => point.importance)) * 1.15;
  const xSplit = settings.performanceSplit ?? (xMin + xMax) / 2;
  const ySplit = settings.importanceSplit ?? yMax / 2;
  const fontSize = settings.large ? 18 : 12;
  const names = settings.quadrantNames;
  const area = (
    quadrant: IpaQuadrant,
    [x0, y0, x1, y1]: [number, number, number, number],
    position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight',
  ) => [
    {
      name: names[quadrant],
      xAxis: x0,
      yAxis: y0,
      itemStyle: { color: QUADRANT_COLOURS[quadrant] },
      label: { position },
    },
    { xAxis: x1, yAxis: y1 },
  ];
  const axis = (name: string, min: number, max: number, format: (value: number) => string) => ({
    type: 'value' as const,
    min,
    max,
    name,
    nameLocation: 'middle' as const,
    nameGap: settings.large ? 44 : 32,
    nameTextStyle: { fontWeight: 'bold' as const, fontSize },
    axisLabel: { fontSize, formatter: (value: number) => format(value) },
    splitLine: { show: false },
  });
  return {
    animation: false,
    grid: { left: settings.large ? 90 : 64, right: 24, top: 16, bottom: settings.large ? 70 : 56 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const point = placed[item?.dataIndex ?? -1];
        if (!point || item?.seriesIndex !== 0) return '';
        return tooltipElement([
          point.text,
          `${settings.axisNames.importance}: ${settings.formatImportance(point.importance)}`,
          `${settings.axisNames.performance}: ${settings.formatPerformance(point.performance)}`,
          point.quadrant ? names[point.quadrant] : '',
        ]);
      },
    },
    xAxis: axis(settings.axisNames.performance, xMin, xMax, settings.formatPerformance),
    yAxis: axis(settings.axisNames.importance, yMin, yMax, settings.formatImportance),
    series: [
      {
        type: 'scatter',
        // Labels point inwards, so a factor at the right edge keeps its name readable.
        data: placed.map((point) => ({
          value: [point.performance, point.importance],
          label: { position: point.performance > xSplit ? ('left' as const) : ('right' as const) },
        })),
        symbolSize: settings.large ? 20 : 13,
        itemStyle: { color: '#1c7ed6', borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          position: 'right',
          fontSize,
          width: settings.large ? 260 : 160,
          overflow: 'truncate',
          formatter: (params) => placed[params.dataIndex]?.text ?? '',
        },
      },
      // The quadrants and crosshairs in a series of their own, silent, with no points.
      {
        type: 'scatter',
        data: [],
        silent: true,
        markArea: {
          silent: true,
          label: { color: '#495057', fontWeight: 'bold', fontSize },
          data: [
            area('concentrate_here', [xMin, ySplit, xSplit, yMax], 'insideTopLeft'),
            area('keep_up', [xSplit, ySplit, xMax, yMax], 'insideTopRight'),
            area('low_priority', [xMin, yMin, xSplit, ySplit], 'insideBottomLeft'),
            area('possible_overkill', [xSplit, yMin, xMax, ySplit], 'insideBottomRight'),
          ] as NonNullable<ScatterSeriesOption['markArea']>['data'],
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#868e96', type: 'dashed', width: 1 },
          data: [{ xAxis: xSplit }, { yAxis: ySplit }],
        },
      },
    ],
  };
}
