// The cluster's top supplier industries from the IO settings: coefficient, share of inputs,
// location quotient in the focus region (and the dataset code it is for) and the judgement.

import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClusterMapIo } from '@kume/server';
import { useFormat } from '../../../i18n/format';

type Io = NonNullable<ClusterMapIo>;
type Status = Io['suppliers'][number]['status'];

const statusColour: Record<Status, string> = {
  weak: 'red',
  not_weak: 'teal',
  not_assessed: 'gray',
  below_threshold: 'gray',
};

export function IoSupplierTable({ io }: { io: Io }) {
  const { t } = useTranslation('ioTables');
  const format = useFormat();
  const { statistics } = io;
  return (
    <>
      <Text size="sm" data-testid="io-statistics">
        {statistics.status === 'ready'
          ? t('statistics.ready', {
              region: statistics.region,
              year: statistics.year,
              dataset: statistics.datasetName,
            })
          : t(`statistics.${statistics.status}`)}
      </Text>
      {io.tableName === null && (
        <Text size="sm" c="red">
          {t('tableMissing')}
        </Text>
      )}
      {io.missingIndustries.length > 0 && (
        <Text size="sm" c="orange">
          {t('missingIndustries', { codes: io.missingIndustries.join(', ') })}
        </Text>
      )}
      {io.suppliers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('noSuppliers')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" fz="sm" data-testid="io-suppliers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('column.industry')}</Table.Th>
                <Table.Th ta="right">{t('column.coefficient')}</Table.Th>
                <Table.Th ta="right">{t('column.share')}</Table.Th>
                <Table.Th ta="right">{t('column.lq')}</Table.Th>
                <Table.Th>{t('column.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {io.suppliers.map((supplier) => (
                <Table.Tr key={supplier.industry} data-testid="io-supplier-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {supplier.industry}
                    </Text>
                    {supplier.name && (
                      <Text size="xs" c="dimmed">
                        {supplier.name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {format.number(supplier.coefficient, { maximumFractionDigits: 4 })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {format.number(supplier.share, { style: 'percent', maximumFractionDigits: 1 })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {supplier.locationQuotient === null
                      ? '–'
                      : format.number(supplier.locationQuotient, { maximumFractionDigits: 2 })}
                    {supplier.match === 'prefix' && (
                      <Text size="xs" c="dimmed">
                        {t('matchedAs', { code: supplier.matchedIndustry })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statusColour[supplier.status]}>
                      {t(`status.${supplier.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('excluded', { codes: io.effectiveExcludedRows.join(', ') || '–' })}
      </Text>
    </>
  );
}
