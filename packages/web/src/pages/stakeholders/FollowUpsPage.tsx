// Follow-ups of all visits: overdue, open, done or all (`?status=`), with "mark done".

import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { FollowUpListItem } from '@kume/server';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { FollowUpList } from './FollowUpList';
import { useFollowUps } from './stakeholderQueries';

const STATUSES = ['overdue', 'open', 'done', 'all'] as const;
type Status = (typeof STATUSES)[number];

/** The server's rule: overdue = not done and due before today (daysOverdue > 0). */
function inStatus(f: FollowUpListItem, status: Status): boolean {
  if (status === 'all') return true;
  if (status === 'done') return f.doneOn !== null;
  return f.doneOn === null && (status === 'open' || f.daysOverdue > 0);
}

export default function FollowUpsPage() {
  const { t } = useTranslation('stakeholders');
  const project = useProject();
  const { slug } = project;
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'open';
  const followUps = useFollowUps(slug);

  const header = (
    <PageHeader title={t('followUps.title')} description={t('followUps.pageDescription')} />
  );
  if (followUps.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (followUps.error) return <ErrorAlert error={followUps.error} />;
  const all = followUps.data;
  const rows = all
    .filter((f) => inStatus(f, status))
    // Done ones newest first; the others by due date, as the server sends them.
    .sort((a, b) => (status === 'done' ? (b.doneOn ?? '').localeCompare(a.doneOn ?? '') : 0));

  return (
    <Stack gap="md">
      {header}
      <Tabs
        value={status}
        onChange={(value) => value && setParams({ status: value }, { replace: true })}
      >
        <Tabs.List>
          {STATUSES.map((s) => (
            <Tabs.Tab
              key={s}
              value={s}
              color={s === 'overdue' ? 'red' : undefined}
              data-testid={`follow-ups-${s}`}
            >
              {t(`followUps.tab.${s}`)} ({all.filter((f) => inStatus(f, s)).length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {all.length === 0 ? (
        <EmptyState title={t('followUps.emptyTitle')} description={t('followUps.emptyText')} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {t(`followUps.none.${status}`)}
        </Text>
      ) : (
        <FollowUpList slug={slug} followUps={rows} canWrite={project.can('registry')} />
      )}
    </Stack>
  );
}
