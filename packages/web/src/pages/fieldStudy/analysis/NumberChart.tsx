// A number question: a histogram of the answers with mean, median and range.

import { Group, Stack, Text } from '@mantine/core';
import type { NumberAnalysis } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from './useChartFormat';
import { usePhone } from '../../stakeholders/usePhone';
import { EChart } from '../../statistics/charts/EChart';
import { barsHeight, barsOption } from './barsOption';

export function NumberChart({
  analysis,
  title,
  testId,
}: {
  analysis: NumberAnalysis;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation('fieldwork');
  const format = useChartFormat();
  const phone = usePhone();
  // 'min2' groups digits only from 10 000 up, so years read 1996, not 1,996.
  const number = (value: number | null) =>
    format.number(value, { maximumFractionDigits: 2, useGrouping: 'min2' });
  const bars = useMemo(() => {
    const edge = (value: number) =>
      format.number(value, { maximumFractionDigits: 2, useGrouping: 'min2' });
    return analysis.bins.map((bin, index) => {
      const last = index === analysis.bins.length - 1;
      return {
        // Bins hold their lower edge; only the last one holds its upper edge too.
        name:
          bin.x0 === bin.x1 ? edge(bin.x0) : `${edge(bin.x0)} – ${last ? '' : '<'}${edge(bin.x1)}`,
        value: bin.count,
        label: format.number(bin.count),
      };
    });
  }, [analysis.bins, format]);
  const option = useMemo(
    () => barsOption(bars, { labelWidth: phone ? 110 : 240, colour: '#7950f2' }),
    [bars, phone],
  );
  return (
    <Stack gap="xs">
      {bars.length > 0 && (
        <EChart
          option={option}
          height={barsHeight(bars.length)}
          testId={testId}
          label={t('analysis.histogramLabel', { title })}
          title={title}
        />
      )}
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('analysis.mean')}: <b>{number(analysis.mean)}</b>
        </Text>
        <Text size="sm">
          {t('analysis.median')}: <b>{number(analysis.median)}</b>
        </Text>
        <Text size="sm">
          {t('analysis.range')}: <b>{`${number(analysis.min)} – ${number(analysis.max)}`}</b>
        </Text>
      </Group>
    </Stack>
  );
}
