// A Likert question: the distribution over the scale's points, a diverging stacked bar
// (disagreement left of zero, agreement right, the middle split across zero), mean and median.

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
import { Group, Stack, Text } from '@mantine/core';
import { localText, type LikertAnalysis } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from './useChartFormat';
import { EChart } from '../../statistics/charts/EChart';
import { tooltipElement } from '../../statistics/charts/tooltipElement';
import { divergingSeries } from './divergingSeries';
import { likertColour } from './likertColours';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent]);

type Option = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export function LikertChart({
  analysis,
  title,
  testId,
}: {
  analysis: LikertAnalysis;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation('fieldwork');
  const format = useChartFormat();
  const { points, distribution } = analysis;

  const option = useMemo((): Option => {
    const nameOf = (point: number) => {
      const label = localText(distribution[point - 1]?.label ?? undefined, format.language);
      return label ? `${point} · ${label}` : String(point);
    };
    const entryOf = (point: number) => distribution.find((entry) => entry.point === point);
    const pieces = divergingSeries(distribution, points);
    const reach = pieces.reduce(
      (sums, piece) =>
        piece.value < 0
          ? { ...sums, left: sums.left - piece.value }
          : { ...sums, right: sums.right + piece.value },
      { left: 0, right: 0 },
    );
    // Symmetric around zero, in steps of 10%, so both sides read on the same scale.
    const extent = Math.max(0.1, Math.ceil(Math.max(reach.left, reach.right) * 10) / 10);
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 24, containLabel: true },
      legend: {
        top: 0,
        type: 'scroll',
        data: Array.from({ length: points }, (_, i) => nameOf(i + 1)),
      },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const piece = pieces[item?.seriesIndex ?? -1];
          const entry = piece && entryOf(piece.point);
          if (!piece || !entry) return '';
          return tooltipElement([
            nameOf(piece.point),
            `${format.number(entry.count)} (${format.percent(entry.share)})`,
          ]);
        },
      },
      xAxis: {
        type: 'value',
        min: -extent,
        max: extent,
        // Ticks at the ends, halfway and zero: labels never crowd at the ends.
        interval: extent / 2,
        axisLabel: { formatter: (value: number) => format.percent(Math.abs(value)) },
        splitLine: { lineStyle: { color: '#f1f3f5' } },
      },
      yAxis: { type: 'category', data: [''], axisTick: { show: false } },
      series: pieces.map((piece): BarSeriesOption => ({
        type: 'bar',
        name: nameOf(piece.point),
        stack: 'likert',
        data: [piece.value],
        itemStyle: { color: likertColour(piece.point, points) },
        barWidth: 36,
      })),
    };
  }, [distribution, points, format]);

  return (
    <Stack gap="xs">
      <EChart
        option={option}
        height={150}
        testId={testId}
        label={t('analysis.likertLabel', { title })}
        title={title}
      />
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('analysis.negative')}: <b>{format.percent(analysis.negative)}</b>
        </Text>
        {points % 2 === 1 && (
          <Text size="sm">
            {t('analysis.neutral')}: <b>{format.percent(analysis.neutral)}</b>
          </Text>
        )}
        <Text size="sm">
          {t('analysis.positive')}: <b>{format.percent(analysis.positive)}</b>
        </Text>
        <Text size="sm">
          {t('analysis.mean')}: <b>{format.number(analysis.mean, { maximumFractionDigits: 2 })}</b>
        </Text>
        <Text size="sm">
          {t('analysis.median')}:{' '}
          <b>{format.number(analysis.median, { maximumFractionDigits: 1 })}</b>
        </Text>
      </Group>
      <Text size="xs" c="dimmed" data-testid="likert-distribution">
        {distribution
          .map(
            (entry) =>
              `${entry.point}: ${format.number(entry.count)} (${format.percent(entry.share)})`,
          )
          .join(' · ')}
      </Text>
    </Stack>
  );
}
