// The action plan (/p/:slug/roadmap/actions): the actions as a table, as the layered roadmap
// (layers x terms) and by dates; filters by layer, term, status and owner kept in the address;
// the budget by term and funding source; and the coverage check.

import { Button, Grid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ActionFilters } from './actions/ActionFilters';
import {
  filterActions,
  filterFromSearch,
  isFiltered,
  searchWithFilter,
} from './actions/actionFilters';
import { ActionGantt } from './actions/ActionGantt';
import { ActionTable } from './actions/ActionTable';
import { BudgetTotalsPanel } from './actions/BudgetTotalsPanel';
import { RoadmapGrid } from './actions/RoadmapGrid';
import { CoveragePanel } from './items/CoveragePanel';
import { newActionPath } from './items/itemDisplay';
import { useRoadmap, type RoadmapView } from './roadmapQueries';

const VIEWS = ['table', 'roadmap', 'timeline'] as const;
type PlanView = (typeof VIEWS)[number];

export default function ActionPlanPage() {
  const project = useProject();
  const roadmap = useRoadmap(project.slug);
  if (roadmap.isPending) return <Loading />;
  if (roadmap.error) return <ErrorAlert error={roadmap.error} />;
  return <ActionPlan view={roadmap.data} />;
}

function ActionPlan({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('roadmap');
  const [search, setSearch] = useSearchParams();
  const tab: PlanView = VIEWS.find((each) => each === search.get('view')) ?? 'table';
  const filter = filterFromSearch(search);
  const shown = filterActions(view.actions, filter);
  const setTab = (value: string | null) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && value !== 'table') next.set('view', value);
        else next.delete('view');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={t('plan.title')}
        description={t('plan.description')}
        actions={
          <>
            {canWrite && (
              <Button component={Link} to={newActionPath(slug)} data-testid="action-new">
                {t('plan.new')}
              </Button>
            )}
            <Button component={Link} to={`/p/${slug}/roadmap`} variant="default">
              {t('plan.items')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        {view.actions.length === 0 ? (
          <EmptyState
            title={t('plan.emptyTitle')}
            description={t('plan.emptyText')}
            action={
              canWrite && (
                <Button component={Link} to={newActionPath(slug)}>
                  {t('plan.new')}
                </Button>
              )
            }
          />
        ) : (
          <Stack gap="md">
            <ActionFilters
              actions={view.actions}
              filter={filter}
              onChange={(next) =>
                setSearch((current) => searchWithFilter(current, next), { replace: true })
              }
            />
            {isFiltered(filter) && (
              <Text size="sm" c="dimmed" data-testid="action-shown">
                {t('filter.shown', { shown: shown.length, count: view.actions.length })}
              </Text>
            )}
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List mb="md">
                {VIEWS.map((each) => (
                  <Tabs.Tab key={each} value={each} data-testid={`plan-tab-${each}`}>
                    {t(`plan.view.${each}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="table">
                {shown.length === 0 ? (
                  <Text c="dimmed" size="sm">
                    {t('filter.none')}
                  </Text>
                ) : (
                  <ActionTable slug={slug} actions={shown} />
                )}
              </Tabs.Panel>
              <Tabs.Panel value="roadmap">
                <RoadmapGrid slug={slug} actions={shown} startsOn={view.settings.startsOn} />
              </Tabs.Panel>
              <Tabs.Panel value="timeline">
                <ActionGantt actions={shown} startsOn={view.settings.startsOn} today={view.today} />
              </Tabs.Panel>
            </Tabs>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <BudgetTotalsPanel actions={shown} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <CoveragePanel view={view} canWrite={canWrite} />
              </Grid.Col>
            </Grid>
          </Stack>
        )}
        {view.actions.length === 0 && <CoveragePanel view={view} canWrite={canWrite} />}
      </Stack>
    </>
  );
}
