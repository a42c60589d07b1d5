// The indicators of the roadmap in one table: whose they are (an action or the roadmap), the way
// from baseline to target, the latest value, progress against the plan, health and due day.

import { Anchor, Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { HEALTH_COLOURS, HealthBadge } from './HealthBadge';
import { indicatorName, indicatorUnit } from './indicatorName';
import type { IndicatorView } from './monitoringTypes';

/** A share 0-1 as a whole percentage, clamped to 0-100 for a bar. */
const barValue = (share: number) => Math.max(0, Math.min(100, share * 100));

export function IndicatorTable({
  indicators,
  onOpen,
}: {
  indicators: readonly IndicatorView[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="indicator-table" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.owner')}</Table.Th>
            <Table.Th>{t('table.indicator')}</Table.Th>
            <Table.Th>{t('table.baselineTarget')}</Table.Th>
            <Table.Th>{t('table.latest')}</Table.Th>
            <Table.Th w={170}>{t('table.progress')}</Table.Th>
            <Table.Th style={{ minWidth: 130 }}>{t('table.health')}</Table.Th>
            <Table.Th>{t('table.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => {
            const { health, latest, progress, expectedProgress } = indicator.health;
            return (
              <Table.Tr
                key={indicator.id}
                data-testid="indicator-row"
                data-name={indicatorName(indicator, format.language)}
                onClick={() => onOpen(indicator.id)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td maw={220}>
                  {indicator.actionTitle ?? (
                    <Badge variant="outline" color="grape" size="sm">
                      {t('table.roadmap')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td maw={320}>
                  <Anchor
                    component="button"
                    type="button"
                    ta="left"
                    fw={500}
                    onClick={(event) => {
                      // The row opens it too; one opening is enough.
                      event.stopPropagation();
                      onOpen(indicator.id);
                    }}
                  >
                    {indicatorName(indicator, format.language)}
                  </Anchor>
                  {indicator.presetCode && (
                    <Badge variant="light" color="indigo" size="xs" ml={6}>
                      {t('table.programme')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {number(indicator.baseline)} → {number(indicator.target)}{' '}
                  <Text span size="sm" c="dimmed">
                    {indicatorUnit(indicator, format.language)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {latest ? (
                    <Stack gap={0}>
                      <Text size="sm">{number(latest.value)}</Text>
                      <Text size="xs" c="dimmed">
                        {format.date(latest.on)}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('table.noValue')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {progress === null ? (
                    <Text size="sm" c="dimmed">
                      –
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      <Group gap={6} wrap="nowrap">
                        <Progress
                          value={barValue(progress)}
                          color={HEALTH_COLOURS[health]}
                          w={90}
                          aria-label={t('table.progress')}
                        />
                        <Text size="sm">{format.percent(progress)}</Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t('table.expected', { percent: format.percent(expectedProgress) })}
                      </Text>
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  <HealthBadge health={health} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(indicator.dueOn)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
