// One visit: when, at which level, whom we met and who went, notes and outcomes, and its
// follow-ups (mark done, reopen, add); edit and delete for those who may write.

import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { VisitView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { AddFollowUpModal } from './AddFollowUpModal';
import { ConfirmButton } from './ConfirmButton';
import { FollowUpStatus } from './FollowUpStatus';
import { stakeholderKeys, useVisit } from './stakeholderQueries';
import { useFollowUpDone } from './useFollowUpDone';
import { useStakeholderMutation } from './useStakeholderMutation';
import { VisitForm } from './VisitForm';
import { visitValues } from './visitFormValues';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

export default function VisitPage() {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const navigate = useNavigate();
  const project = useProject();
  const { slug } = project;
  const { id = '' } = useParams();
  const visit = useVisit(slug, id);
  const [editing, setEditing] = useState(false);
  const [adding, addModal] = useDisclosure(false);
  const done = useFollowUpDone(slug);
  const remove = useStakeholderMutation(
    slug,
    () => api.delete(projectPath(slug, `/visits/${id}`)),
    {
      success: t('visit.deleted'),
      notifyErrors: true,
      forget: stakeholderKeys.visit(slug, id),
      onSuccess: () => void navigate(`/p/${slug}/visits`),
    },
  );

  if (visit.isPending) return <Loading />;
  if (visit.error) return <ErrorAlert error={visit.error} />;
  const v: VisitView = visit.data;
  const canWrite = project.can('registry');
  const title = t('visit.title', { date: format.date(v.visitedOn) });
  const none = (
    <Text span c="dimmed" size="sm">
      –
    </Text>
  );

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/p/${slug}/visits`} size="sm">
          {t('visits.title')}
        </Anchor>
        <Text size="sm">{format.date(v.visitedOn)}</Text>
      </Breadcrumbs>
      <PageHeader
        title={title}
        description={v.purpose || undefined}
        actions={
          canWrite &&
          !editing && (
            <>
              <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-visit">
                {t('common:action.edit')}
              </Button>
              <ConfirmButton
                title={t('visit.deleteTitle')}
                message={t('visit.deleteText')}
                loading={remove.isPending}
                onConfirm={() => remove.mutateAsync(undefined)}
                testId="delete-visit"
              >
                {t('common:action.delete')}
              </ConfirmButton>
            </>
          )
        }
      />
      {editing ? (
        <VisitForm
          slug={slug}
          visit={v}
          initial={visitValues(v)}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
              <Field label={t('visit.level')}>
                <Badge variant="light">{t(`common:visitLevel.${v.level}`)}</Badge>
              </Field>
              <Field label={t('visit.organisations')}>
                <Stack gap={2}>
                  {v.organisations.map((o) => (
                    <Anchor
                      key={o.id}
                      component={Link}
                      to={`/p/${slug}/organisations/${o.id}`}
                      size="sm"
                    >
                      {o.name}
                    </Anchor>
                  ))}
                </Stack>
              </Field>
              <Field label={t('visit.peopleMet')}>
                {v.contacts.length ? v.contacts.map((c) => c.name).join(', ') : none}
              </Field>
              <Field label={t('visit.team')}>
                {v.team.length ? v.team.map((m) => m.name).join(', ') : none}
              </Field>
            </SimpleGrid>
            <Field label={t('visit.notes')}>{v.notes || none}</Field>
            <Field label={t('visit.outcomes')}>{v.outcomes || none}</Field>
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('followUps.title')}</Title>
          {canWrite && (
            <Button size="xs" variant="light" onClick={addModal.open} data-testid="add-follow-up">
              {t('followUps.add')}
            </Button>
          )}
        </Group>
        {v.followUps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('followUps.noneForVisit')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('followUps.description')}</Table.Th>
                  <Table.Th>{t('followUps.dueOn')}</Table.Th>
                  <Table.Th>{t('followUps.assignee')}</Table.Th>
                  <Table.Th>{t('followUps.status')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.followUps.map((f) => (
                  <Table.Tr key={f.id} data-testid="follow-up">
                    <Table.Td>{f.description}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(f.dueOn)}</Table.Td>
                    <Table.Td>{f.assigneeName ?? none}</Table.Td>
                    <Table.Td>
                      <FollowUpStatus followUp={f} />
                    </Table.Td>
                    {canWrite && (
                      <Table.Td ta="right">
                        <Button
                          size="compact-xs"
                          variant={f.doneOn ? 'subtle' : 'light'}
                          loading={done.isPending && done.variables.id === f.id}
                          onClick={() => done.mutate({ id: f.id, done: !f.doneOn })}
                          data-testid={f.doneOn ? 'reopen' : 'mark-done'}
                        >
                          {f.doneOn ? t('followUps.reopen') : t('followUps.markDone')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {canWrite && (
        <AddFollowUpModal slug={slug} visitId={v.id} opened={adding} onClose={addModal.close} />
      )}
    </Stack>
  );
}
