// The roadmap (/p/:slug/roadmap): what the action plan answers to, gathered from the stages before
// it (vision, success factors, skills gaps, value-chain gaps, clusters), where each comes from,
// what is missing, the roadmap's start and coverage settings, and the items no action covers yet.

import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { AssembleOffer, AssembleSummary } from './items/AssembleSummary';
import { CoveragePanel } from './items/CoveragePanel';
import { RoadmapItems } from './items/RoadmapItems';
import { RoadmapSettingsPanel } from './items/RoadmapSettingsPanel';
import { SourcesPanel } from './items/SourcesPanel';
import {
  assembleRoadmap,
  useRoadmap,
  useRoadmapMutation,
  type AssembleResult,
  type RoadmapView,
} from './roadmapQueries';

export default function RoadmapPage() {
  const project = useProject();
  const roadmap = useRoadmap(project.slug);
  if (roadmap.isPending) return <Loading />;
  if (roadmap.error) return <ErrorAlert error={roadmap.error} />;
  return <RoadmapScreen view={roadmap.data} />;
}

function RoadmapScreen({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('roadmap');
  const [result, setResult] = useState<AssembleResult | null>(null);
  const assemble = useRoadmapMutation(slug, () => assembleRoadmap(slug), {
    onSuccess: setResult,
    notifyErrors: true,
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('page.description')}
        actions={
          <>
            {canWrite && (
              <Button
                onClick={() => assemble.mutate(undefined)}
                loading={assemble.isPending}
                variant={view.assembledAt === null ? 'filled' : 'light'}
                data-testid="roadmap-assemble"
              >
                {t('assemble.button')}
              </Button>
            )}
            <Button component={Link} to={`/p/${slug}/roadmap/actions`} variant="default">
              {t('page.actionPlan')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        {view.assembledAt === null && !result && (
          <AssembleOffer
            canWrite={canWrite}
            assembling={assemble.isPending}
            onAssemble={() => assemble.mutate(undefined)}
          />
        )}
        {result && <AssembleSummary result={result} onClose={() => setResult(null)} />}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <SourcesPanel view={view} />
          <CoveragePanel view={view} canWrite={canWrite} />
          <RoadmapSettingsPanel view={view} canWrite={canWrite} />
        </SimpleGrid>
        <RoadmapItems view={view} canWrite={canWrite} />
      </Stack>
    </>
  );
}
