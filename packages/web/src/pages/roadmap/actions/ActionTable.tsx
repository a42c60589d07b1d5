// The action plan as a table: title, layer, term, owner, start to end, budget, status, and the
// indicators with their health. Each title opens the action's editor.

import { Anchor, Badge, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { actionPagePath } from '../items/itemDisplay';
import type { RoadmapActionView } from '../roadmapQueries';
import { ActionIndicators } from './ActionIndicators';
import { budgetText } from './budgetText';
import { STATUS_COLOURS } from './statusColours';

export function ActionTable({ slug, actions }: { slug: string; actions: RoadmapActionView[] }) {
  const { t } = useTranslation('roadmap');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="xs" fz="sm" data-testid="action-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('action.title')}</Table.Th>
            <Table.Th>{t('action.layer')}</Table.Th>
            <Table.Th>{t('action.term')}</Table.Th>
            <Table.Th>{t('action.owner')}</Table.Th>
            <Table.Th>{t('action.dates')}</Table.Th>
            <Table.Th ta="right">{t('action.budget')}</Table.Th>
            <Table.Th>{t('action.status')}</Table.Th>
            <Table.Th>{t('action.indicators')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id} data-testid="action-row" data-id={action.id}>
              <Table.Td miw={220} maw={340}>
                <Stack gap={2}>
                  <Anchor component={Link} to={actionPagePath(slug, action.id)} fw={500} size="sm">
                    {action.title}
                  </Anchor>
                  {action.objective && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {action.objective}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{t(`layer.${action.layer}`)}</Table.Td>
              <Table.Td>
                {action.horizon === null ? (
                  <Tooltip label={t('action.termDerived')} withArrow>
                    <Badge
                      variant="outline"
                      color="gray"
                      size="sm"
                      tt="none"
                      style={{ minWidth: 'max-content' }}
                    >
                      {t(`termShort.${action.effectiveHorizon}`)}
                    </Badge>
                  </Tooltip>
                ) : (
                  <Badge
                    variant="light"
                    color="gray"
                    size="sm"
                    tt="none"
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(`termShort.${action.effectiveHorizon}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td miw={150}>
                {action.ownerName ?? (
                  <Text size="xs" c="dimmed">
                    {t('action.noOwner')}
                  </Text>
                )}
                {action.partnerNames.length > 0 && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {t('action.withPartners', { count: action.partnerNames.length })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.date(action.startOn)} –
                <br />
                {format.date(action.endOn)}
              </Table.Td>
              <Table.Td ta="right" maw={200}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {action.budget === null ? (
                    <Text size="xs" c="dimmed" span>
                      {t('action.notCosted')}
                    </Text>
                  ) : (
                    budgetText(action.budget, action.currency, format.language)
                  )}
                </Text>
                {action.fundingSource && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {action.fundingSource}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  color={STATUS_COLOURS[action.status]}
                  variant="light"
                  size="sm"
                  tt="none"
                  style={{ minWidth: 'max-content' }}
                >
                  {t(`status.${action.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td miw={200} maw={260}>
                <ActionIndicators indicators={action.indicators} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
