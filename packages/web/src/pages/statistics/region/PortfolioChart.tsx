// The cluster portfolio of a region as a bubble chart (the US Cluster Mapping's portfolio view):
// location quotient across on a log scale, employment growth per year up, bubble area by
// employment, strong clusters in colour, quadrant lines at LQ 1 and at the national growth; the
// project's focus clusters ringed and always named.

import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
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
import { LabelLayout } from 'echarts/features';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../charts/EChart';
import { tooltipElement } from '../charts/tooltipElement';
import type { ClusterRowView } from '../types';
import type { StatsFormat } from '../useStatsFormat';

echarts.use([
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  LabelLayout,
]);

type Option = echarts.ComposeOption<
  ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export const STRONG_COLOUR = '#0ca678';
export const OTHER_COLOUR = '#868e96';
/** The ring of a focus cluster's bubble. */
export const FOCUS_COLOUR = '#1c7ed6';
/** Bubbles of the largest clusters carry their names. */
const LABELLED = 8;
/** Diameter of the largest bubble, in pixels. */
const MAX_BUBBLE = 56;

/** The clusters the chart can place: an LQ above 0 (log scale) and a growth rate. */
export function plottable(rows: readonly ClusterRowView[]): ClusterRowView[] {
  return rows.filter(
    (r) => r.lq !== null && r.lq > 0 && r.employmentCagr !== null && r.employment > 0,
  );
}

export function PortfolioChart({
  rows,
  nationalGrowth,
  title,
  format,
  phone,
  focus,
}: {
  rows: readonly ClusterRowView[];
  /** The project's focus clusters (codes): ringed and labelled. */
  focus?: ReadonlySet<string>;
  /** The nation's employment growth per year (fraction): the horizontal quadrant line; null: none. */
  nationalGrowth: number | null;
  title: string;
  format: StatsFormat;
  phone: boolean;
}) {
  const { t } = useTranslation('statistics');
  const points = useMemo(() => plottable(rows), [rows]);

  const option = useMemo((): Option => {
    const largest = Math.max(1, ...points.map((r) => r.employment));
    const labelled = new Set(
      [...points]
        .sort((a, b) => b.employment - a.employment)
        .slice(0, phone ? LABELLED / 2 : LABELLED)
        .map((r) => r.cluster),
    );
    // Whole powers of ten at the ends, so the log axis reads 0.1, 1, 10.
    const lqs = points.map((r) => r.lq as number);
    const minLq = 10 ** Math.floor(Math.log10(Math.min(0.5, ...lqs)));
    const maxLq = 10 ** Math.ceil(Math.log10(Math.max(2, ...lqs)));
    const series = (strong: boolean): ScatterSeriesOption => {
      const group = points.filter((r) => r.strong === strong);
      return {
        type: 'scatter',
        name: strong ? t('portfolio.strong') : t('portfolio.notStrong'),
        data: group.map((r) => ({
          value: [r.lq as number, (r.employmentCagr as number) * 100, r.employment],
          name: r.clusterName,
          label: { show: labelled.has(r.cluster) || Boolean(focus?.has(r.cluster)) },
          ...(focus?.has(r.cluster)
            ? { itemStyle: { borderColor: FOCUS_COLOUR, borderWidth: 3, opacity: 0.9 } }
            : {}),
        })),
        symbolSize: (value: number[]) =>
          Math.max(5, MAX_BUBBLE * Math.sqrt((value[2] ?? 0) / largest) * (phone ? 0.7 : 1)),
        itemStyle: {
          color: strong ? STRONG_COLOUR : OTHER_COLOUR,
          opacity: 0.7,
          borderColor: '#fff',
          borderWidth: 1,
        },
        label: {
          position: 'top',
          formatter: '{b}',
          fontSize: 11,
          color: '#343a40',
          width: 140,
          overflow: 'truncate',
        },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'self', label: { show: true } },
        markLine: strong
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#adb5bd', type: 'dashed', width: 1 },
              label: { fontSize: 10, color: '#495057' },
              data: [
                { xAxis: 1, label: { formatter: t('portfolio.lqOne'), position: 'end' } },
                ...(nationalGrowth === null
                  ? []
                  : [
                      {
                        yAxis: nationalGrowth * 100,
                        label: {
                          formatter: t('portfolio.nationalGrowth'),
                          position: 'insideEndTop' as const,
                        },
                      },
                    ]),
              ],
            }
          : undefined,
      };
    };
    return {
      animation: false,
      grid: { left: 16, right: 24, top: 40, bottom: 40 },
      legend: { top: 0, data: [t('portfolio.strong'), t('portfolio.notStrong')] },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const value = item?.value as number[] | undefined;
          if (!item || !value) return '';
          return tooltipElement([
            String(item.name),
            `${t('column.lq')}: ${format.lq(value[0])}`,
            `${t('column.growth')}: ${format.growth((value[1] ?? 0) / 100)}`,
            `${t('column.employment')}: ${format.count(value[2])}`,
          ]);
        },
      },
      xAxis: {
        type: 'log',
        logBase: 10,
        min: minLq,
        max: maxLq,
        name: t('portfolio.xAxis'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: {
          formatter: (value: number) => format.number(value, { maximumSignificantDigits: 2 }),
        },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      yAxis: {
        type: 'value',
        name: t('portfolio.yAxis'),
        nameLocation: 'middle',
        nameGap: 40,
        // Values are percentages; Intl places the sign (15% in English, %15 in Turkish).
        axisLabel: {
          formatter: (value: number) =>
            format.number(value / 100, { style: 'percent', maximumFractionDigits: 1 }),
        },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      series: [series(true), series(false)],
    };
  }, [points, nationalGrowth, t, format, phone, focus]);

  return (
    <EChart
      option={option}
      height={phone ? 380 : 'min(70vh, 560px)'}
      testId="portfolio-chart"
      label={t('portfolio.chartLabel', { count: points.length })}
      title={title}
    />
  );
}
