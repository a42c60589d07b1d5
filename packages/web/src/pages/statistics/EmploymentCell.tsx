// Employment in a table cell, marked when part of it rests on suppressed cells that were filled
// with the flag's estimate (CBP publishes a range letter instead of the number for small cells).

import { Table, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatsFormat } from './useStatsFormat';

export function EmploymentCell({
  employment,
  filledShare,
  format,
}: {
  employment: number | null;
  filledShare: number | null;
  format: StatsFormat;
}) {
  const { t } = useTranslation('statistics');
  const estimated = filledShare !== null && filledShare > 0;
  return (
    <Table.Td ta="right">
      {estimated ? (
        <Tooltip
          label={t('filled.tooltip', { share: format.share(filledShare) })}
          withArrow
          multiline
          w={260}
        >
          <span data-testid="employment-estimated">≈ {format.count(employment)}</span>
        </Tooltip>
      ) : (
        format.count(employment)
      )}
    </Table.Td>
  );
}
