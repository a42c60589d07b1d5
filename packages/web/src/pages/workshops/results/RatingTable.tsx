// A rating round's results: per item the mean, the standard deviation and how many rated it, with
// a flag where the group disagrees enough to talk before deciding (normalised sd above 0.3).

import { Badge, Table, Text } from '@mantine/core';
import type { RatingResult } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

export function RatingTable({ result, large = false }: { result: RatingResult; large?: boolean }) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const decimals = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table
        striped
        fz={large ? 'xl' : 'sm'}
        verticalSpacing={large ? 'md' : 'xs'}
        data-testid="rating-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.item')}</Table.Th>
            <Table.Th ta="right">
              {t('results.mean', { min: result.scale.min, max: result.scale.max })}
            </Table.Th>
            <Table.Th ta="right">{t('results.sd')}</Table.Th>
            <Table.Th ta="right">{t('results.raters')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.items.map((item) => (
            <Table.Tr key={item.itemId}>
              <Table.Td>{item.text}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {item.mean === null ? '–' : format.number(item.mean, decimals)}
              </Table.Td>
              <Table.Td ta="right">
                {item.sd === null ? '–' : format.number(item.sd, decimals)}
              </Table.Td>
              <Table.Td ta="right">{format.number(item.count)}</Table.Td>
              <Table.Td>
                {item.dissent && (
                  <Badge color="orange" variant="light" size={large ? 'lg' : 'sm'}>
                    {t('results.dissent')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {result.items.some((item) => item.dissent) && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('results.dissentHint')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
