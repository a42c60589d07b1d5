// Shift-share of the focus region's clusters as stacked horizontal bars: the change in employment
// split into national share, industry mix and regional share (classic), or with the regional share
// split again into homothetic competitive and allocation effects (Esteban-Marquillas 1972).

import {
  BarChart,
  ScatterChart,
  type BarSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SegmentedControl } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../charts/EChart';
import { tooltipElement } from '../charts/tooltipElement';
import type { ShiftShareRowView } from '../types';
import type { StatsFormat } from '../useStatsFormat';

echarts.use([BarChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent]);

type Option = echarts.ComposeOption<
  | BarSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

type Component =
  'nationalShare' | 'industryMix' | 'regionalShare' | 'homotheticCompetitive' | 'allocation';

const CLASSIC: Component[] = ['nationalShare', 'industryMix', 'regionalShare'];
const ESTEBAN_MARQUILLAS: Component[] = [
  'nationalShare',
  'industryMix',
  'homotheticCompetitive',
  'allocation',
];
const COLOURS: Record<Component, string> = {
  nationalShare: '#adb5bd',
  industryMix: '#4dabf7',
  regionalShare: '#f59f00',
  homotheticCompetitive: '#e8590c',
  allocation: '#9c36b5',
};
/** The clusters shown: those whose employment changed most, either way. */
const SHOWN = 20;
const BAR_HEIGHT = 26;

export function ShiftShareChart({
  rows,
  title,
  format,
  phone,
}: {
  rows: readonly ShiftShareRowView[];
  title: string;
  format: StatsFormat;
  phone: boolean;
}) {
  const { t } = useTranslation('statistics');
  const [method, setMethod] = useState<'classic' | 'em'>('classic');
  // Largest changes first, drawn top to bottom (a category axis draws its first item at the bottom).
  const shown = useMemo(
    () =>
      [...rows]
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
        .slice(0, SHOWN)
        .reverse(),
    [rows],
  );

  const option = useMemo((): Option => {
    const components = method === 'classic' ? CLASSIC : ESTEBAN_MARQUILLAS;
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 24 },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const items = Array.isArray(params) ? params : [params];
          const row = shown[items[0]?.dataIndex ?? -1];
          if (!row) return '';
          return tooltipElement([
            row.clusterName,
            `${t('shiftShare.change')}: ${format.change(row.change)}`,
            ...components.map((c) => `${t(`shiftShare.${c}`)}: ${format.change(row[c])}`),
          ]);
        },
      },
      xAxis: {
        type: 'value',
        axisLabel: { formatter: (value: number) => format.compact(value), hideOverlap: true },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      yAxis: {
        type: 'category',
        data: shown.map((r) => r.clusterName),
        axisLabel: { width: phone ? 96 : 200, overflow: 'truncate', fontSize: 11 },
        axisTick: { show: false },
      },
      series: [
        ...components.map((component): BarSeriesOption => ({
          type: 'bar',
          name: t(`shiftShare.${component}`),
          stack: 'components',
          data: shown.map((r) => r[component]),
          itemStyle: { color: COLOURS[component] },
          barMaxWidth: 18,
        })),
        {
          type: 'scatter',
          name: t('shiftShare.change'),
          data: shown.map((r) => r.change),
          symbol: 'diamond',
          symbolSize: 10,
          itemStyle: { color: '#212529' },
          z: 10,
        },
      ],
    };
  }, [shown, method, t, format, phone]);

  return (
    <EChart
      option={option}
      height={Math.max(260, shown.length * BAR_HEIGHT + 90)}
      testId="shiftshare-chart"
      label={t('shiftShare.chartLabel', { count: shown.length })}
      title={title}
      toolbar={
        <SegmentedControl
          size="xs"
          value={method}
          onChange={(value) => setMethod(value === 'em' ? 'em' : 'classic')}
          data={[
            { value: 'classic', label: t('shiftShare.classic') },
            { value: 'em', label: t('shiftShare.estebanMarquillas') },
          ]}
          data-testid="shiftshare-method"
        />
      }
    />
  );
}
