// The importance-performance matrix of the success factors: the factors placed by weight and
// current performance, the four quadrants named in the UI language, crosshairs at the splits.

import { IPA_QUADRANTS, type IpaQuadrant, type WorkshopResults } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '../../fieldStudy/analysis/useChartFormat';
import { EChart } from '../../statistics/charts/EChart';
import { ipaOption } from './ipaOption';

export function IpaMatrix({
  factors,
  importanceSplit,
  performanceSplit,
  large = false,
}: {
  factors: WorkshopResults['factors'];
  importanceSplit: number | null;
  performanceSplit: number | null;
  large?: boolean;
}) {
  const { t } = useTranslation('workshops');
  const format = useChartFormat();
  const option = useMemo(
    () =>
      ipaOption(
        factors.map(({ text, weight, performance, quadrant }) => ({
          text,
          importance: weight,
          performance,
          quadrant,
        })),
        {
          importanceSplit,
          performanceSplit,
          quadrantNames: Object.fromEntries(
            IPA_QUADRANTS.map((quadrant) => [quadrant, t(`results.quadrant.${quadrant}`)]),
          ) as Record<IpaQuadrant, string>,
          axisNames: { importance: t('results.importance'), performance: t('results.performance') },
          formatImportance: (value) =>
            format.number(value, { style: 'percent', maximumFractionDigits: 0 }),
          formatPerformance: (value) => format.number(value, { maximumFractionDigits: 1 }),
          large,
        },
      ),
    [factors, importanceSplit, performanceSplit, large, t, format],
  );
  return (
    <EChart
      option={option}
      height={large ? 'min(70vh, 720px)' : 'min(60vh, 480px)'}
      testId="ipa-matrix"
      label={t('results.ipaLabel', { count: factors.length })}
      title={t('results.ipaTitle')}
    />
  );
}
