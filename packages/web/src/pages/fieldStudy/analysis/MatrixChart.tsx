// A matrix question: one stacked bar per row (statement) over the columns, as shares of the row's
// answers.

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
import { localText, type MatrixAnalysis } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from './useChartFormat';
import { usePhone } from '../../stakeholders/usePhone';
import { EChart } from '../../statistics/charts/EChart';
import { tooltipElement } from '../../statistics/charts/tooltipElement';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent]);

type Option = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Columns read as an ordered scale (e.g. "not important" .. "very important"): light to dark. */
const COLUMN_COLOURS = [
  '#d0ebff',
  '#a5d8ff',
  '#74c0fc',
  '#4dabf7',
  '#339af0',
  '#1c7ed6',
  '#1864ab',
];

export function MatrixChart({
  analysis,
  title,
  testId,
}: {
  analysis: MatrixAnalysis;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation('fieldwork');
  const format = useChartFormat();
  const phone = usePhone();
  // Rows top to bottom in the questionnaire's order (a category axis starts at the bottom).
  const rows = useMemo(() => [...analysis.rows].reverse(), [analysis.rows]);
  const option = useMemo((): Option => {
    const columns = analysis.rows[0]?.columns ?? [];
    const colourOf = (index: number) =>
      columns.length <= COLUMN_COLOURS.length
        ? COLUMN_COLOURS[
            Math.round((index * (COLUMN_COLOURS.length - 1)) / Math.max(1, columns.length - 1))
          ]
        : undefined;
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const row = rows[item?.dataIndex ?? -1];
          const cell = row?.columns[item?.seriesIndex ?? -1];
          if (!row || !cell) return '';
          return tooltipElement([
            localText(row.label, format.language),
            `${localText(cell.label, format.language)}: ${format.number(cell.count)} (${format.percent(cell.share)})`,
          ]);
        },
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: 1,
        axisLabel: { formatter: (value: number) => format.percent(value) },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      yAxis: {
        type: 'category',
        data: rows.map((row) => localText(row.label, format.language)),
        axisLabel: { width: phone ? 110 : 260, overflow: 'truncate', fontSize: 12 },
        axisTick: { show: false },
      },
      series: columns.map((column, index): BarSeriesOption => ({
        type: 'bar',
        name: localText(column.label, format.language),
        stack: 'matrix',
        data: rows.map((row) => row.columns[index]?.share ?? 0),
        itemStyle: colourOf(index) ? { color: colourOf(index) } : undefined,
        barMaxWidth: 22,
      })),
    };
  }, [analysis.rows, rows, format, phone]);

  return (
    <EChart
      option={option}
      height={Math.max(140, rows.length * 32 + 60)}
      testId={testId}
      label={t('analysis.matrixLabel', { title })}
      title={title}
    />
  );
}
