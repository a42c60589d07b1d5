// Follow-ups of many visits: a table on wide screens, cards on phones; days overdue in red.

import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpListItem } from '@kume/server';
import { useFormat } from '../../i18n/format';
import { useFollowUpDone } from './useFollowUpDone';
import { usePhone } from './usePhone';

function Lateness({ followUp: f }: { followUp: FollowUpListItem }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  if (f.doneOn)
    return (
      <Text size="sm" c="teal.8">
        {t('followUps.doneOn', { date: format.date(f.doneOn) })}
      </Text>
    );
  if (f.daysOverdue > 0)
    return (
      <Text size="sm" c="red.7" fw={600} data-testid="follow-up-overdue">
        {t('followUps.overdueDays', { count: f.daysOverdue })}
      </Text>
    );
  return (
    <Text size="sm" c="dimmed">
      –
    </Text>
  );
}

export function FollowUpList({
  slug,
  followUps,
  canWrite,
}: {
  slug: string;
  followUps: FollowUpListItem[];
  canWrite: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const phone = usePhone();
  const done = useFollowUpDone(slug);
  const toggle = (f: FollowUpListItem) => (
    <Button
      size="compact-xs"
      variant={f.doneOn ? 'subtle' : 'light'}
      loading={done.isPending && done.variables.id === f.id}
      onClick={() => done.mutate({ id: f.id, done: !f.doneOn })}
      data-testid={f.doneOn ? 'reopen' : 'mark-done'}
    >
      {f.doneOn ? t('followUps.reopen') : t('followUps.markDone')}
    </Button>
  );
  const visitLink = (f: FollowUpListItem) => (
    <Anchor component={Link} to={`/p/${slug}/visits/${f.visitId}`} size="sm">
      {t('followUps.visitOf', { date: format.date(f.visitedOn) })}
    </Anchor>
  );

  if (phone)
    return (
      <Stack gap="sm">
        {followUps.map((f) => (
          <Paper key={f.id} withBorder p="sm" radius="md" data-testid="follow-up-item">
            <Text fw={600} size="sm">
              {f.description}
            </Text>
            <Group gap="xs">
              <Text size="sm">
                {t('followUps.dueOn')}: {format.date(f.dueOn)}
              </Text>
              <Lateness followUp={f} />
            </Group>
            <Text size="sm" c="dimmed">
              {f.organisations.join(', ')}
            </Text>
            {f.assigneeName && (
              <Text size="sm">
                {t('followUps.assignee')}: {f.assigneeName}
              </Text>
            )}
            <Group justify="space-between" mt={4}>
              {visitLink(f)}
              {canWrite && toggle(f)}
            </Group>
          </Paper>
        ))}
      </Stack>
    );

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs" fz="sm" data-testid="follow-ups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followUps.description')}</Table.Th>
            <Table.Th>{t('followUps.dueOn')}</Table.Th>
            <Table.Th>{t('followUps.overdue')}</Table.Th>
            <Table.Th>{t('visit.organisations')}</Table.Th>
            <Table.Th>{t('followUps.assignee')}</Table.Th>
            <Table.Th>{t('followUps.visit')}</Table.Th>
            {canWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {followUps.map((f) => (
            <Table.Tr key={f.id} data-testid="follow-up-item">
              <Table.Td miw={220}>{f.description}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(f.dueOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Lateness followUp={f} />
              </Table.Td>
              <Table.Td>{f.organisations.join(', ')}</Table.Td>
              <Table.Td>{f.assigneeName ?? ''}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{visitLink(f)}</Table.Td>
              {canWrite && <Table.Td ta="right">{toggle(f)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
