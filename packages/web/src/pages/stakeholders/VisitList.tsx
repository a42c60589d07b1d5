// A page of the visit log: a table on wide screens, one card per visit on phones.

import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisitView } from '@kume/server';
import { useFormat } from '../../i18n/format';
import { usePhone } from './usePhone';

function FollowUpCounts({ visit }: { visit: VisitView }) {
  const { t } = useTranslation('stakeholders');
  const open = visit.followUps.filter((f) => !f.doneOn);
  const overdue = open.filter((f) => f.daysOverdue > 0).length;
  if (visit.followUps.length === 0)
    return (
      <Text span c="dimmed" size="sm">
        –
      </Text>
    );
  return (
    <Group gap={8} style={{ whiteSpace: 'nowrap' }}>
      {open.length > 0 ? (
        <Text size="sm" c="blue.8">
          {t('visits.openCount', { count: open.length })}
        </Text>
      ) : (
        <Text size="sm" c="teal.8">
          {t('visits.allDone')}
        </Text>
      )}
      {overdue > 0 && (
        <Text size="sm" c="red.7" fw={600}>
          {t('visits.overdueCount', { count: overdue })}
        </Text>
      )}
    </Group>
  );
}

function OrganisationLinks({ slug, visit }: { slug: string; visit: VisitView }) {
  return visit.organisations.map((o, i) => (
    <span key={o.id}>
      {i > 0 && ', '}
      <Anchor component={Link} to={`/p/${slug}/organisations/${o.id}`} size="sm">
        {o.name}
      </Anchor>
    </span>
  ));
}

export function VisitList({ slug, visits }: { slug: string; visits: VisitView[] }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const phone = usePhone();
  const visitLink = (v: VisitView) => `/p/${slug}/visits/${v.id}`;

  if (phone)
    return (
      <Stack gap="sm">
        {visits.map((v) => (
          <Paper key={v.id} withBorder p="sm" radius="md" data-testid="visit-row">
            <Group justify="space-between" gap="xs" mb={4}>
              <Anchor component={Link} to={visitLink(v)} fw={600}>
                {format.date(v.visitedOn)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`common:visitLevel.${v.level}`)}
              </Text>
            </Group>
            <Text size="sm">
              <OrganisationLinks slug={slug} visit={v} />
            </Text>
            {v.purpose && <Text size="sm">{v.purpose}</Text>}
            {v.contacts.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('visit.peopleMet')}: {v.contacts.map((c) => c.name).join(', ')}
              </Text>
            )}
            <FollowUpCounts visit={v} />
          </Paper>
        ))}
      </Stack>
    );

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('visit.date')}</Table.Th>
            <Table.Th>{t('visit.level')}</Table.Th>
            <Table.Th>{t('visit.organisations')}</Table.Th>
            <Table.Th>{t('visit.purpose')}</Table.Th>
            <Table.Th>{t('visit.peopleMet')}</Table.Th>
            <Table.Th>{t('followUps.title')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((v) => (
            <Table.Tr key={v.id} data-testid="visit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={visitLink(v)} fw={500} size="sm">
                  {format.date(v.visitedOn)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`common:visitLevel.${v.level}`)}</Table.Td>
              <Table.Td miw={200}>
                <OrganisationLinks slug={slug} visit={v} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={visitLink(v)} c="inherit" size="sm">
                  {v.purpose || t('visits.noPurpose')}
                </Anchor>
              </Table.Td>
              <Table.Td>{v.contacts.map((c) => c.name).join(', ')}</Table.Td>
              <Table.Td>
                <FollowUpCounts visit={v} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
