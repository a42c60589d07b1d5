// The budget of the actions shown, added up by term and by funding source (one sum per currency;
// cancelled actions left out), with how many actions have no budget yet.

import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { RoadmapActionView } from '../roadmapQueries';
import { budgetText } from './budgetText';
import { budgetTotals, type BudgetGroup } from './budgetTotals';

export function BudgetTotalsPanel({ actions }: { actions: RoadmapActionView[] }) {
  const { t } = useTranslation('roadmap');
  const format = useFormat();
  const totals = budgetTotals(actions);
  const sumText = (group: BudgetGroup<unknown>) =>
    group.sums.length === 0
      ? '—'
      : group.sums.map((sum) => budgetText(sum.amount, sum.currency, format.language)).join(' + ');
  const row = (label: string, group: BudgetGroup<unknown>, bold = false) => (
    <Table.Tr key={label} fw={bold ? 600 : undefined}>
      <Table.Td>{label}</Table.Td>
      <Table.Td ta="right" w={110} style={{ whiteSpace: 'nowrap' }}>
        {t('totals.actions', { count: group.actions })}
      </Table.Td>
      <Table.Td ta="right" w={200} style={{ whiteSpace: 'nowrap' }}>
        {sumText(group)}
        {group.uncosted > 0 && (
          <Text size="xs" c="dimmed" fw={400}>
            {t('totals.uncosted', { count: group.uncosted })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Paper withBorder p="md" radius="md" data-testid="budget-totals">
      <Title order={4}>{t('totals.title')}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('totals.help')}
      </Text>
      <Stack gap="md">
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('action.term')}</Table.Th>
              <Table.Th />
              <Table.Th ta="right">{t('action.budget')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.byHorizon.map((group) => row(t(`term.${group.key}`), group))}
            {row(t('totals.all'), totals.total, true)}
          </Table.Tbody>
        </Table>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('action.fundingSource')}</Table.Th>
              <Table.Th />
              <Table.Th ta="right">{t('action.budget')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.byFundingSource.map((group) => row(group.key || t('totals.noSource'), group))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
