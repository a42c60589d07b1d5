// A single- or multiple-choice question: a bar per choice with its count and share, and the
// "other" answers' texts listed.

import { Stack, Text } from '@mantine/core';
import { localText, type ChoiceAnalysis } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from './useChartFormat';
import { usePhone } from '../../stakeholders/usePhone';
import { EChart } from '../../statistics/charts/EChart';
import { barsHeight, barsOption } from './barsOption';
import { CountedTexts } from './CountedTexts';

export function ChoiceChart({
  analysis,
  title,
  testId,
}: {
  analysis: ChoiceAnalysis;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation('fieldwork');
  const format = useChartFormat();
  const phone = usePhone();
  const bars = useMemo(() => {
    const label = (count: number, share: number | null) =>
      `${format.number(count)} (${format.percent(share)})`;
    const rows = analysis.choices.map((choice) => ({
      name: localText(choice.label, format.language),
      value: choice.count,
      label: label(choice.count, choice.share),
    }));
    if (analysis.other)
      rows.push({
        name: t('analysis.other'),
        value: analysis.other.count,
        label: label(analysis.other.count, analysis.other.share),
      });
    return rows;
  }, [analysis, format, t]);
  const option = useMemo(() => barsOption(bars, { labelWidth: phone ? 110 : 240 }), [bars, phone]);
  return (
    <Stack gap="xs">
      <EChart
        option={option}
        height={barsHeight(bars.length)}
        testId={testId}
        label={t('analysis.barsLabel', { title })}
        title={title}
      />
      {analysis.multiple && (
        <Text size="xs" c="dimmed">
          {t('analysis.multipleHint')}
        </Text>
      )}
      {analysis.other && analysis.other.texts.length > 0 && (
        <CountedTexts title={t('analysis.otherTexts')} texts={analysis.other.texts} />
      )}
    </Stack>
  );
}
