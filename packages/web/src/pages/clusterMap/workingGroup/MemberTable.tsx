// The working group as a table: each suggested or added organisation with its type, stage,
// willingness, influence, broker role and the reasons it is suggested; a tick to include it.

import { Anchor, Badge, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberRow } from './memberRows';
import { reasonMessage } from './reasonMessage';

export function MemberTable({
  slug,
  rows,
  chosen,
  editable,
  stageName,
  onToggle,
}: {
  slug: string;
  rows: readonly MemberRow[];
  chosen: ReadonlySet<string>;
  editable: boolean;
  stageName: (stageId: string) => string;
  onToggle: (id: string, include: boolean) => void;
}) {
  const { t } = useTranslation('workingGroup');
  const score = (value: number | null) => (value === null ? '–' : String(value));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={4} data-testid="wg-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('table.include')}</Table.Th>
            <Table.Th>{t('table.organisation')}</Table.Th>
            <Table.Th>{t('table.type')}</Table.Th>
            <Table.Th>{t('table.stage')}</Table.Th>
            <Table.Th ta="right">{t('table.willingness')}</Table.Th>
            <Table.Th ta="right">{t('table.influence')}</Table.Th>
            <Table.Th>{t('table.broker')}</Table.Th>
            <Table.Th>{t('table.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const included = chosen.has(row.id);
            return (
              <Table.Tr
                key={row.id}
                data-testid={`wg-member-${row.id}`}
                data-included={included}
                style={included ? undefined : { opacity: 0.55 }}
              >
                <Table.Td>
                  <Checkbox
                    checked={included}
                    disabled={!editable}
                    onChange={(event) => onToggle(row.id, event.currentTarget.checked)}
                    aria-label={t('table.includeName', { name: row.name })}
                    data-testid={`wg-include-${row.id}`}
                  />
                </Table.Td>
                <Table.Td>
                  {row.type === null ? (
                    <Text size="sm" c="dimmed">
                      {t('table.deleted', { id: row.id })}
                    </Text>
                  ) : (
                    <Anchor
                      component={Link}
                      to={`/p/${encodeURIComponent(slug)}/organisations/${encodeURIComponent(row.id)}`}
                      size="sm"
                    >
                      {row.name}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{row.type && t(`common:organisationType.${row.type}`)}</Table.Td>
                <Table.Td>{row.stageId ? stageName(row.stageId) : '–'}</Table.Td>
                <Table.Td ta="right">{score(row.willingness)}</Table.Td>
                <Table.Td ta="right">{score(row.influence)}</Table.Td>
                <Table.Td>{row.isBroker ? t('table.yes') : ''}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {row.suggested ? (
                      row.reasons.map((reason, i) => {
                        const message = reasonMessage(reason, {
                          stageName,
                          typeName: (type) => t(`common:organisationType.${type}`),
                          willingness: row.willingness,
                          influence: row.influence,
                        });
                        return (
                          <Badge key={i} size="sm" variant="light" tt="none">
                            {t(message.key, message.values)}
                          </Badge>
                        );
                      })
                    ) : (
                      <Badge size="sm" variant="outline" color="gray" tt="none">
                        {t('reason.added')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
