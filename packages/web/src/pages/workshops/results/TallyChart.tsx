// A round's results as horizontal bars, highest first: dot or point totals, Borda scores of a
// ranking, or pairwise weights (WeightsChart adds the consistency to those).

import type { PairwiseResult, RankingResult, TallyResult } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { barsHeight, barsOption } from '../../fieldStudy/analysis/barsOption';
import { useChartFormat } from '../../fieldStudy/analysis/useChartFormat';
import { EChart } from '../../statistics/charts/EChart';
import { resultBars } from './resultBars';

export function TallyChart({
  result,
  title,
  large = false,
  testId = 'tally-chart',
}: {
  result: TallyResult | RankingResult | PairwiseResult;
  /** Names the chart for screen readers and the saved files. */
  title: string;
  /** Bigger bars and type for the projector. */
  large?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('workshops');
  const format = useChartFormat();
  const bars = useMemo(() => resultBars(result, format), [result, format]);
  const option = useMemo(() => {
    const base = barsOption(bars, { labelWidth: large ? 420 : 240 });
    if (!large) return base;
    // The projector is read from the back of the room.
    const yAxis = base.yAxis as { axisLabel: object };
    return {
      ...base,
      yAxis: { ...yAxis, axisLabel: { ...yAxis.axisLabel, fontSize: 20 } },
      series: (base.series as object[]).map((series) => ({
        ...series,
        barMaxWidth: 40,
        label: { ...(series as { label: object }).label, fontSize: 20 },
      })),
    };
  }, [bars, large]);
  return (
    <EChart
      option={option}
      height={large ? Math.max(200, bars.length * 56 + 40) : barsHeight(bars.length)}
      testId={testId}
      label={t('results.barsLabel', { title, count: bars.length })}
      title={title}
    />
  );
}
