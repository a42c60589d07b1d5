// The cluster map page (/p/:slug/field-study/map): the registry's organisations and their
// relations on the value chain, with network figures and the chain's gaps.

import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProjectSlug } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ClusterMapExplorer } from './ClusterMapExplorer';
import { useClusterMap } from './clusterMapQueries';

export default function ClusterMapPage() {
  const { t } = useTranslation('clusterMap');
  const slug = useProjectSlug();
  const map = useClusterMap(slug);
  const header = <PageHeader title={t('title')} description={t('description')} />;

  if (map.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (!map.data) return <ErrorAlert error={map.error} />;
  if (map.data.nodes.length === 0)
    return (
      <>
        {header}
        <EmptyState
          title={t('empty.title')}
          description={t('empty.text')}
          action={
            <Group gap="xs">
              <Button component={Link} to={`/p/${slug}/organisations`} variant="light">
                {t('empty.registry')}
              </Button>
              <Button component={Link} to={`/p/${slug}/field-study/relations`} variant="default">
                {t('empty.relations')}
              </Button>
            </Group>
          }
        />
      </>
    );
  return (
    <>
      {header}
      <ClusterMapExplorer slug={slug} view={map.data} />
    </>
  );
}
