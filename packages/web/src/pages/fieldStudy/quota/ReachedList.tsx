// The organisations the primary research has reached, with how (questionnaire, interview, focus
// group), each linking to its page in the registry; those that are not SMEs are marked.

import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuotaView } from '../types';

export function ReachedList({ slug, reached }: { slug: string; reached: QuotaView['reached'] }) {
  const { t } = useTranslation('fieldwork');
  if (reached.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('quota.reachedEmpty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" fz="sm" striped data-testid="quota-reached-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quota.organisation')}</Table.Th>
            <Table.Th>{t('quota.how')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reached.map((organisation) => (
            <Table.Tr key={organisation.id} data-testid="quota-reached-row">
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/p/${encodeURIComponent(slug)}/organisations/${organisation.id}`}
                  size="sm"
                >
                  {organisation.name}
                </Anchor>
                {!organisation.countsAsSme && (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {t('quota.notSme')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {organisation.sources.map((how) => (
                    <Badge key={how} variant="light" size="sm">
                      {t(`quota.reachedBy.${how}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
