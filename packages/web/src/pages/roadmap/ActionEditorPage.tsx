// An action of the roadmap (/p/:slug/roadmap/actions/new, /p/:slug/roadmap/actions/:id): a new one
// (with `?item=<key>` linked, from "Plan an action") or an existing one, in the action form.

import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ActionForm } from './actions/ActionForm';
import { actionValues, emptyAction } from './actions/actionFormValues';
import { useRoadmap, type RoadmapView } from './roadmapQueries';

export default function ActionEditorPage() {
  const project = useProject();
  const roadmap = useRoadmap(project.slug);
  if (roadmap.isPending || project.isPending) return <Loading />;
  if (roadmap.error) return <ErrorAlert error={roadmap.error} />;
  return <ActionEditor view={roadmap.data} />;
}

function ActionEditor({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const project = useProject();
  const { slug } = project;
  const { id } = useParams();
  const [search] = useSearchParams();
  const action = id ? view.actions.find((each) => each.id === id) : undefined;
  const planPath = `/p/${slug}/roadmap/actions`;
  const breadcrumbs = (current: string) => (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={planPath} size="sm">
        {t('plan.title')}
      </Anchor>
      <Text size="sm" lineClamp={1}>
        {current}
      </Text>
    </Breadcrumbs>
  );

  if (id && !action)
    return (
      <>
        {breadcrumbs(t('editor.notFound'))}
        <EmptyState title={t('editor.notFound')} description={t('editor.notFoundText')} />
      </>
    );

  const itemKey = search.get('item');
  const linkable = itemKey && view.items.some((item) => item.key === itemKey) ? itemKey : null;
  const initial = action ? actionValues(action) : emptyAction(view.settings.startsOn, linkable);
  return (
    <>
      {breadcrumbs(action ? action.title : t('editor.newTitle'))}
      <PageHeader
        title={action ? action.title : t('editor.newTitle')}
        description={t('editor.description')}
      />
      <ActionForm
        // A fresh form for another action, or when the stored one changed (saved elsewhere).
        key={action ? `${action.id}:${action.updatedAt}` : `new:${linkable ?? ''}`}
        slug={slug}
        view={view}
        action={action}
        initial={initial}
        canWrite={project.can('roadmap')}
      />
    </>
  );
}
