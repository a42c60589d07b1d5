// The project's workshops (/p/:slug/workshops): the list with template, status, date and who
// joined, "New workshop", the working group that should join, delete, and the results the
// closed workshops gave the project (what the roadmap uses).

import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { WorkshopDetailView, WorkshopSummaryView } from '@kume/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, projectPath } from '../../../api/client';
import { useProject } from '../../../api/useProject';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useFormat } from '../../../i18n/format';
import { useWorkingGroup } from '../../clusterMap/workingGroup/workingGroupQueries';
import { ConfirmModal } from '../../projects/ConfirmModal';
import { ProjectWorkshopResults } from '../results/ProjectWorkshopResults';
import { NewWorkshopModal } from './NewWorkshopModal';
import { WorkshopStatusBadge } from './WorkshopStatusBadge';
import {
  useDeleteWorkshop,
  useProjectWorkshopResults,
  useWorkshops,
  workshopKey,
} from './workshopQueries';

export default function WorkshopsPage() {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const canRun = project.can('workshops');
  const workshops = useWorkshops(slug);
  const group = useWorkingGroup(slug);
  const results = useProjectWorkshopResults(slug);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<WorkshopSummaryView | null>(null);
  const remove = useDeleteWorkshop(slug, {
    success: t('list.deleted'),
    onSuccess: () => setDeleting(null),
  });
  const items = workshops.data?.items ?? [];
  // Who joined is in each workshop's detail (the console reads the same query).
  const details = useQueries({
    queries: items.map((workshop) => ({
      queryKey: workshopKey(slug, workshop.id),
      queryFn: () => api.get<WorkshopDetailView>(projectPath(slug, `/workshops/${workshop.id}`)),
    })),
  });

  const confirmed = group.data?.confirmed?.memberIds.length ?? null;
  const header = (
    <PageHeader
      title={t('list.heading')}
      description={t('list.description')}
      actions={
        canRun && (
          <Button onClick={() => setCreating(true)} data-testid="workshop-new">
            {t('list.new')}
          </Button>
        )
      }
    />
  );

  return (
    <Stack gap="lg">
      <div>
        {header}
        <Text size="sm" c="dimmed" data-testid="working-group-hint">
          {confirmed === null ? (
            <>
              {t('list.noWorkingGroup')}{' '}
              <Anchor component={Link} to={`/p/${slug}/field-study/working-group`} size="sm">
                {t('list.workingGroupLink')}
              </Anchor>
            </>
          ) : (
            t('list.workingGroup', { count: confirmed })
          )}
        </Text>
      </div>
      {workshops.isPending ? (
        <Loading />
      ) : workshops.error ? (
        <ErrorAlert error={workshops.error} />
      ) : items.length === 0 ? (
        <EmptyState title={t('list.empty')} description={t('list.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="workshop-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.title')}</Table.Th>
                <Table.Th>{t('list.template')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('list.date')}</Table.Th>
                <Table.Th ta="right">{t('list.participants')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((workshop, index) => {
                const detail = details[index];
                return (
                  <Table.Tr key={workshop.id} data-testid="workshop-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/p/${slug}/workshops/${workshop.id}`}>
                        {workshop.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`list.templates.${workshop.template}.name`)}</Table.Td>
                    <Table.Td>
                      <WorkshopStatusBadge status={workshop.status} />
                    </Table.Td>
                    <Table.Td>{format.date(workshop.createdAt)}</Table.Td>
                    <Table.Td ta="right">
                      {detail?.data ? (
                        format.number(
                          detail.data.view.participants.filter((p) => !p.isFacilitator).length,
                        )
                      ) : detail?.isPending ? (
                        <Loader size="xs" />
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          component={Link}
                          to={`/p/${slug}/workshops/${workshop.id}`}
                        >
                          {t('list.open')}
                        </Button>
                        {canRun && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => setDeleting(workshop)}
                            data-testid="workshop-delete"
                          >
                            {t('common:action.delete')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <div>
        <Title order={3} mb="sm">
          {t('results.heading')}
        </Title>
        {results.data ? (
          <ProjectWorkshopResults results={results.data} />
        ) : results.error ? (
          <ErrorAlert error={results.error} />
        ) : (
          <Loading />
        )}
      </div>
      {canRun && (
        <NewWorkshopModal slug={slug} opened={creating} onClose={() => setCreating(false)} />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('list.deleteTitle')}
        confirmLabel={t('common:action.delete')}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onClose={() => setDeleting(null)}
        sending={remove.isPending}
        error={remove.error}
      >
        <Text size="sm">{t('list.deleteText', { title: deleting?.title ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}
