// The values recorded for an indicator, newest first, each with its note and a delete button for
// those who may change the roadmap.

import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { deleteValue, useMonitoringMutation } from './monitoringQueries';
import type { IndicatorView } from './monitoringTypes';

export function IndicatorValueList({
  slug,
  indicator,
  canWrite,
}: {
  slug: string;
  indicator: IndicatorView;
  canWrite: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const remove = useMonitoringMutation(
    slug,
    (valueId: string) => deleteValue(slug, indicator.id, valueId),
    { success: t('value.deleted'), notifyErrors: true },
  );
  if (indicator.values.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('panel.noValues')}
      </Text>
    );
  const newestFirst = [...indicator.values].reverse();

  return (
    <Table.ScrollContainer minWidth={420}>
      <Table data-testid="value-list" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('value.on')}</Table.Th>
            <Table.Th ta="right">{t('value.value')}</Table.Th>
            <Table.Th>{t('value.note')}</Table.Th>
            {canWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((value) => (
            <Table.Tr key={value.id} data-testid="value-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(value.on)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.number(value.value, { maximumFractionDigits: 2 })}{' '}
                <Text span size="xs" c="dimmed">
                  {value.unit}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {value.note}
                </Text>
              </Table.Td>
              {canWrite && (
                <Table.Td ta="right">
                  <ConfirmButton
                    size="compact-xs"
                    variant="subtle"
                    title={t('value.deleteTitle')}
                    message={t('value.deleteMessage', {
                      value: format.number(value.value, { maximumFractionDigits: 2 }),
                      unit: value.unit,
                      on: format.date(value.on),
                    })}
                    onConfirm={() => remove.mutateAsync(value.id)}
                    loading={remove.isPending}
                    testId="value-delete"
                  >
                    {t('common:action.delete')}
                  </ConfirmButton>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
