// The cluster-management self-assessment (/p/:slug/roadmap/self-assessment), in the manner of the
// European cluster excellence benchmarking: assessments repeated over time, the last two
// compared, and the project's editable list of indicators with thresholds and evidence.

import { Button, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { todayIso } from '../../i18n/format';
import { AssessmentComparison } from './selfAssessment/AssessmentComparison';
import { AssessmentFormModal } from './selfAssessment/AssessmentFormModal';
import { AssessmentHistory } from './selfAssessment/AssessmentHistory';
import { IndicatorList } from './selfAssessment/IndicatorList';
import { useSelfAssessment } from './selfAssessment/selfAssessmentQueries';
import type { SelfAssessmentRecord } from './selfAssessment/selfAssessmentTypes';

/** The assessment form: a new one (record null) or one being edited. */
type Editing = { record: SelfAssessmentRecord | null };

export default function SelfAssessmentPage() {
  const { t } = useTranslation('monitoring');
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('roadmap');
  const view = useSelfAssessment(slug);
  const [tab, setTab] = useState<string | null>('history');
  const [editing, setEditing] = useState<Editing | null>(null);

  const newButton = canWrite && view.data && (
    <Button onClick={() => setEditing({ record: null })} data-testid="assessment-new">
      {t('assessment.new')}
    </Button>
  );

  let body;
  if (view.isPending) body = <Loading />;
  else if (view.error) body = <ErrorAlert error={view.error} />;
  else {
    const { assessments, comparison } = view.data;
    const [before, after] = assessments.slice(-2);
    body = (
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="history" data-testid="sa-tab-history">
            {t('selfAssessment.tabs.history', { count: assessments.length })}
          </Tabs.Tab>
          <Tabs.Tab value="comparison" data-testid="sa-tab-comparison">
            {t('selfAssessment.tabs.comparison')}
          </Tabs.Tab>
          <Tabs.Tab value="indicators" data-testid="sa-tab-indicators">
            {t('selfAssessment.tabs.indicators', { count: view.data.indicators.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history">
          {assessments.length === 0 ? (
            <EmptyState
              title={t('selfAssessment.empty')}
              description={
                canWrite ? t('selfAssessment.emptyHint') : t('selfAssessment.emptyViewer')
              }
            />
          ) : (
            <AssessmentHistory
              slug={slug}
              assessments={assessments}
              canWrite={canWrite}
              onEdit={(record) => setEditing({ record })}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="comparison">
          {comparison && before && after ? (
            <AssessmentComparison comparison={comparison} before={before} after={after} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('comparison.needTwo')}
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="indicators">
          <IndicatorList slug={slug} view={view.data} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('selfAssessment.title')}
        description={t('selfAssessment.description')}
        actions={newButton}
      />
      {body}
      {canWrite && view.data && (
        <AssessmentFormModal
          slug={slug}
          opened={editing !== null}
          indicators={editing?.record?.indicators ?? view.data.indicators}
          record={editing?.record ?? null}
          today={todayIso()}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
