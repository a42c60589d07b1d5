// A relation question: how many partners were named, by relation type and by location.

import { SimpleGrid, Stack, Text } from '@mantine/core';
import {
  localText,
  RELATION_LOCATION_LABELS,
  RELATION_LOCATIONS,
  RELATION_TYPE_LABELS,
  RELATION_TYPES,
  type RelationAnalysis,
} from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from './useChartFormat';
import { EChart } from '../../statistics/charts/EChart';
import { barsHeight, barsOption } from './barsOption';

export function RelationChart({
  analysis,
  title,
  testId,
}: {
  analysis: RelationAnalysis;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation('fieldwork');
  const format = useChartFormat();
  const locations = [...RELATION_LOCATIONS, 'unknown'] as const;
  const { byType, byLocation } = useMemo(() => {
    const label = (count: number) =>
      `${format.number(count)} (${format.percent(analysis.partners > 0 ? count / analysis.partners : null)})`;
    return {
      byType: barsOption(
        RELATION_TYPES.filter((type) => analysis.byType[type] > 0).map((type) => ({
          name: localText(RELATION_TYPE_LABELS[type], format.language),
          value: analysis.byType[type],
          label: label(analysis.byType[type]),
        })),
        { labelWidth: 170, colour: '#0ca678' },
      ),
      byLocation: barsOption(
        [...RELATION_LOCATIONS, 'unknown' as const].map((location) => ({
          name:
            location === 'unknown'
              ? t('analysis.locationUnknown')
              : localText(RELATION_LOCATION_LABELS[location], format.language),
          value: analysis.byLocation[location],
          label: label(analysis.byLocation[location]),
        })),
        { labelWidth: 170, colour: '#f08c00' },
      ),
    };
  }, [analysis, format, t]);
  const typeCount = RELATION_TYPES.filter((type) => analysis.byType[type] > 0).length;

  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('analysis.partners', { count: analysis.partners, respondents: analysis.n })}
        {analysis.meanShare !== null &&
          ` · ${t('analysis.meanShare', { share: format.number(analysis.meanShare, { maximumFractionDigits: 0 }) })}`}
      </Text>
      {analysis.partners > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div>
            <Text size="sm" fw={600}>
              {t('analysis.byType')}
            </Text>
            <EChart
              option={byType}
              height={barsHeight(typeCount)}
              testId={`${testId}-type`}
              label={t('analysis.byTypeLabel', { title })}
              title={`${title} ${t('analysis.byType')}`}
            />
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('analysis.byLocation')}
            </Text>
            <EChart
              option={byLocation}
              height={barsHeight(locations.length)}
              testId={`${testId}-location`}
              label={t('analysis.byLocationLabel', { title })}
              title={`${title} ${t('analysis.byLocation')}`}
            />
          </div>
        </SimpleGrid>
      )}
    </Stack>
  );
}
