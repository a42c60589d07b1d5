// Monitoring the roadmap (/p/:slug/roadmap/monitoring): how the indicators stand (achieved, on
// track, at risk, late, no data), each indicator's values against its plan, the cluster support
// programme's indicators, and how the cluster's network changed between two field studies.

import { Button, Stack, Text } from '@mantine/core';
import type { IndicatorHealth } from '@kume/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { HealthSummary } from './monitoring/HealthSummary';
import { IndicatorFormModal } from './monitoring/IndicatorFormModal';
import { IndicatorPanel } from './monitoring/IndicatorPanel';
import { IndicatorTable } from './monitoring/IndicatorTable';
import { useMonitoring } from './monitoring/monitoringQueries';
import type { IndicatorView } from './monitoring/monitoringTypes';
import { NetworkChangeSection } from './monitoring/NetworkChangeSection';
import { PresetIndicatorsModal } from './monitoring/PresetIndicatorsModal';

/** Which modal is open: the programme's presets, a new roadmap indicator, or one being edited. */
type Editing = { kind: 'presets' } | { kind: 'indicator'; indicator: IndicatorView | null };

export default function MonitoringPage() {
  const { t } = useTranslation('monitoring');
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('roadmap');
  const monitoring = useMonitoring(slug);
  const [filter, setFilter] = useState<IndicatorHealth | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);

  const data = monitoring.data;
  const today = data?.today ?? '';
  const indicators = useMemo(() => data?.indicators ?? [], [data]);
  const shown = filter ? indicators.filter((i) => i.health.health === filter) : indicators;
  // The open indicator is read from the latest answer, so a recorded value shows at once.
  const opened = indicators.find((i) => i.id === openId) ?? null;
  const usedCodes = useMemo(
    () =>
      new Set(
        indicators.filter((i) => i.actionId === null && i.presetCode).map((i) => i.presetCode!),
      ),
    [indicators],
  );

  const actions = canWrite && data && (
    <>
      <Button
        variant="light"
        // The programme's full name is long: on a phone it wraps rather than overflows.
        h="auto"
        mih={36}
        py={6}
        styles={{ label: { whiteSpace: 'normal' } }}
        onClick={() => setEditing({ kind: 'presets' })}
        data-testid="add-programme-indicators"
      >
        {t('actions.presets')}
      </Button>
      <Button
        variant="default"
        onClick={() => setEditing({ kind: 'indicator', indicator: null })}
        data-testid="add-roadmap-indicator"
      >
        {t('actions.indicator')}
      </Button>
    </>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} actions={actions} />
      {monitoring.isPending ? (
        <Loading />
      ) : monitoring.error ? (
        <ErrorAlert error={monitoring.error} />
      ) : indicators.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          description={canWrite ? t('empty.hint') : t('empty.viewer')}
        />
      ) : (
        <>
          <HealthSummary counts={monitoring.data.counts} selected={filter} onSelect={setFilter} />
          {filter && (
            <Text size="sm" c="dimmed">
              {t('filter.showing', {
                count: shown.length,
                health: t(`health.${filter}`),
              })}
            </Text>
          )}
          <IndicatorTable indicators={shown} onOpen={setOpenId} />
          <Text size="xs" c="dimmed">
            {t('panel.rule')}
          </Text>
        </>
      )}
      <NetworkChangeSection slug={slug} />
      <IndicatorPanel
        slug={slug}
        indicator={opened}
        today={today}
        canWrite={canWrite}
        onClose={() => setOpenId(null)}
        onEdit={(indicator) => setEditing({ kind: 'indicator', indicator })}
      />
      {canWrite && data && (
        <>
          <PresetIndicatorsModal
            slug={slug}
            opened={editing?.kind === 'presets'}
            today={today}
            usedCodes={usedCodes}
            onClose={() => setEditing(null)}
          />
          <IndicatorFormModal
            slug={slug}
            opened={editing?.kind === 'indicator'}
            indicator={editing?.kind === 'indicator' ? editing.indicator : null}
            today={today}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Stack>
  );
}
