// An indicator's values over time beside the planned line from baseline to target.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../i18n/format';
import { EChart } from '../../statistics/charts/EChart';
import { indicatorChartOption } from './indicatorChartOption';
import { indicatorName, indicatorUnit } from './indicatorName';
import type { IndicatorView } from './monitoringTypes';

export function IndicatorChart({ indicator, today }: { indicator: IndicatorView; today: string }) {
  const { t, i18n } = useTranslation('monitoring');
  const language = i18n.language;
  const option = useMemo(() => {
    const month = new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
      month: 'short',
      year: 'numeric',
    });
    return indicatorChartOption(indicator, {
      names: {
        values: t('chart.values'),
        plan: t('chart.plan'),
        target: t('chart.target'),
        today: t('chart.today'),
      },
      today,
      unit: indicatorUnit(indicator, language),
      formatDate: (day) => formatDate(day, language),
      formatMonth: (time) => month.format(time),
      formatNumber: (value) => formatNumber(value, language, { maximumFractionDigits: 2 }),
    });
  }, [indicator, today, t, language]);
  return (
    <EChart
      option={option}
      height={280}
      testId="indicator-chart"
      label={t('chart.label', {
        name: indicatorName(indicator, language),
        count: indicator.values.length,
      })}
      title={indicatorName(indicator, language)}
    />
  );
}
