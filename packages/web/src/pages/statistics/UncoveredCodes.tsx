// The warning that the cluster definition leaves industry codes out: their employment counts in
// no cluster, so the analyst sees what is missing instead of losing it silently.

import { Alert, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatsFormat } from './useStatsFormat';

/** Shown before "show all": the largest codes. */
const FIRST = 10;

export function UncoveredCodes({
  uncovered,
  year,
}: {
  /** The largest uncovered codes (the API sends the top 50), by employment. */
  uncovered: readonly { industry: string; employment: number }[];
  year: number;
}) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const [all, setAll] = useState(false);
  const total = uncovered.reduce((sum, u) => sum + u.employment, 0);
  const rows = (list: typeof uncovered) =>
    list.map((u) => (
      <Table.Tr key={u.industry}>
        <Table.Td ff="monospace">{u.industry}</Table.Td>
        <Table.Td ta="right">{format.count(u.employment)}</Table.Td>
      </Table.Tr>
    ));
  return (
    <Alert color="yellow" variant="light" title={t('uncovered.title')} data-testid="uncovered">
      <Text size="sm" mb="xs">
        {t('uncovered.text', {
          count: uncovered.length,
          employment: format.count(total),
          year,
        })}
      </Text>
      <Table fz="sm" verticalSpacing={2} maw={360} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('uncovered.industry')}</Table.Th>
            <Table.Th ta="right">{t('column.employment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows(all ? uncovered : uncovered.slice(0, FIRST))}</Table.Tbody>
      </Table>
      {uncovered.length > FIRST && (
        <Button size="compact-xs" variant="subtle" mt={4} onClick={() => setAll((a) => !a)}>
          {all ? t('uncovered.fewer') : t('uncovered.all', { count: uncovered.length })}
        </Button>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('uncovered.hint')}
      </Text>
    </Alert>
  );
}
