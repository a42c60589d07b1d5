// The visit log of stage 1: newest first, search, level filter, pages; "Log a visit".

import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VISIT_LEVELS, type VisitLevel } from '@kume/core';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ListPagination } from '../../components/table/ListPagination';
import { useListState } from '../../components/table/useListState';
import { useVisits } from './stakeholderQueries';
import { VisitList } from './VisitList';

const NO_SORTS: readonly never[] = [];

export default function VisitsPage() {
  const { t } = useTranslation('stakeholders');
  const project = useProject();
  const { slug } = project;
  const list = useListState({ sorts: NO_SORTS });
  const levelParam = list.filter('level');
  const level = VISIT_LEVELS.find((l) => l === levelParam);
  const visits = useVisits(slug, {
    q: list.q || undefined,
    level,
    page: list.page,
    pageSize: list.pageSize,
  });
  const canWrite = project.can('registry');

  const header = (
    <PageHeader
      title={t('visits.title')}
      description={t('visits.description')}
      actions={
        canWrite && (
          <Button component={Link} to={`/p/${slug}/visits/new`} data-testid="new-visit">
            {t('visits.logVisit')}
          </Button>
        )
      }
    />
  );
  if (visits.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (visits.error) return <ErrorAlert error={visits.error} />;
  // The server keeps the page within range (e.g. after a search): show the page it sent.
  const { items, total, page } = visits.data;
  if (total === 0 && !list.q && !level)
    return (
      <>
        {header}
        <EmptyState
          title={t('visits.emptyTitle')}
          description={t('visits.emptyText')}
          action={
            canWrite && (
              <Button component={Link} to={`/p/${slug}/visits/new`}>
                {t('visits.logFirst')}
              </Button>
            )
          }
        />
      </>
    );

  return (
    <>
      {header}
      <Group gap="sm" mb="sm">
        <TextInput
          type="search"
          placeholder={t('visits.searchPlaceholder')}
          aria-label={t('common:action.search')}
          value={list.searchText}
          onChange={(event) => list.setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
          data-testid="visit-search"
        />
        <Select<VisitLevel>
          aria-label={t('visit.level')}
          placeholder={t('visits.allLevels')}
          data={VISIT_LEVELS.map((value) => ({ value, label: t(`common:visitLevel.${value}`) }))}
          value={level ?? null}
          onChange={(value) => list.setFilter('level', value)}
          clearable
          w={180}
        />
      </Group>
      <VisitList slug={slug} visits={items} />
      {items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('common:list.noMatches')}
        </Text>
      )}
      <ListPagination
        total={total}
        page={page}
        pageSize={list.pageSize}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
      />
    </>
  );
}
