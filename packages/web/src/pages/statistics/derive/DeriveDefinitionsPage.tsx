// Deriving cluster definitions from the project's data (/p/:slug/statistics/derive): run a
// derivation, see the relatedness heat map and the ranked results with their scores, edit the
// chosen result's clusters, compare them with a definition and save them as a project definition.

import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnsavedChangesGuard } from '../../fieldStudy/questionnaires/UnsavedChangesGuard';
import { useStatisticsChoices } from '../useStatisticsChoices';
import { DeriveCompareCard } from './DeriveCompareCard';
import { DeriveForm, type DeriveRun } from './DeriveForm';
import { DeriveNotes, useMeasureWords } from './DeriveNotes';
import { useDerive } from './deriveQueries';
import { DeriveResultsTable, useDescribeParameters } from './DeriveResultsTable';
import { DeriveSaveCard } from './DeriveSaveCard';
import { DerivedClustersEditor } from './DerivedClustersEditor';
import { draftChanged, draftFromResult, type DerivedDraft } from './derivedDraft';
import { RelatednessHeatmap } from './RelatednessHeatmap';

/** The time now, again every second while `ticking`. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

type Pending = { kind: 'run'; run: DeriveRun } | { kind: 'choose'; index: number };

export default function DeriveDefinitionsPage() {
  const { t } = useTranslation('statistics');
  const { slug, canWrite, choices } = useStatisticsChoices();
  const derive = useDerive(slug);
  const now = useNow(derive.isPending);
  const [startedAt, setStartedAt] = useState(0);
  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  const describe = useDescribeParameters();
  const words = useMeasureWords();
  const [run, setRun] = useState<DeriveRun | null>(null);
  const [chosen, setChosen] = useState(0);
  const [draft, setDraft] = useState<DerivedDraft | null>(null);
  /** The derivation as it came, or the draft last saved. */
  const [baseline, setBaseline] = useState<DerivedDraft | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const answer = derive.data;
  const dirty = draft !== null && draftChanged(draft, baseline);

  const start = (next: DeriveRun) => {
    setStartedAt(Date.now());
    setRun(next);
    setDraft(null);
    setBaseline(null);
    derive.mutate(next.request, {
      onSuccess: (result) => {
        const first = draftFromResult(result.results[0]!);
        setChosen(0);
        setDraft(first);
        setBaseline(first);
      },
    });
  };
  const choose = (index: number) => {
    const result = answer?.results[index];
    if (!result) return;
    const next = draftFromResult(result);
    setChosen(index);
    setDraft(next);
    setBaseline(next);
  };
  const act = (action: Pending) => {
    if (action.kind === 'run') start(action.run);
    else choose(action.index);
  };
  const ask = (action: Pending) => (dirty ? setPending(action) : act(action));

  const names = new Map(answer?.industries.map((i) => [i.code, i.name]) ?? []);
  const industryName = (code: string) => names.get(code) ?? null;
  const best = answer?.results[0];
  const draftNames = new Map(draft?.clusters.map((c) => [c.code, c.name]) ?? []);
  const clusterLabel = (code: string, fallback: string) =>
    `${code} ${draftNames.get(code) ?? fallback}`;
  const result = answer?.results[chosen];

  return (
    <Stack gap="md">
      <UnsavedChangesGuard dirty={dirty} text={t('derive.unsaved')} />
      <PageHeader title={t('derive.title')} description={t('derive.description')} />
      {!canWrite && (
        <Alert color="gray" data-testid="derive-read-only">
          {t('derive.readOnly')}
        </Alert>
      )}
      <DeriveForm
        disabled={!canWrite}
        running={derive.isPending}
        onRun={(next) => ask({ kind: 'run', run: next })}
      />
      {derive.isPending && (
        <Stack gap={4} data-testid="derive-running">
          <Progress value={100} animated striped />
          <Text size="sm" c="dimmed">
            {t('derive.running', { seconds: elapsed })}
          </Text>
        </Stack>
      )}
      <ErrorAlert error={derive.error} title={t('derive.failed')} />
      {answer && run && best && result && draft && !derive.isPending && (
        <>
          <DeriveNotes answer={answer} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder p="md" radius="md">
                <Title order={4} mb="xs">
                  {t('derive.heatmap.title')}
                </Title>
                <RelatednessHeatmap
                  heatmap={answer.heatmap}
                  labelOf={(code) =>
                    answer.heatmap.by === 'industry'
                      ? `${code} ${industryName(code) ?? ''}`.trim()
                      : code
                  }
                  clusterName={(index) => {
                    const cluster = best.clusters[index];
                    return cluster ? clusterLabel(cluster.code, cluster.name) : '';
                  }}
                />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Paper withBorder p="md" radius="md">
                <Title order={4} mb="xs">
                  {t('derive.results.title')}
                </Title>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('derive.results.summary', {
                    industries: answer.industries.length,
                    measures: answer.measures.map((m) => words.measure(m.name)).join(', '),
                    year: answer.year,
                    seconds: answer.seconds,
                  })}
                </Text>
                <DeriveResultsTable
                  results={answer.results}
                  chosen={chosen}
                  onChoose={(index) => ask({ kind: 'choose', index })}
                />
              </Paper>
            </Grid.Col>
          </Grid>
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" mb="xs">
              <Title order={4}>{t('derive.editor.title', { count: draft.clusters.length })}</Title>
              {dirty && (
                <Text size="sm" c="orange" data-testid="derive-unsaved">
                  {t('editor.unsaved')}
                </Text>
              )}
            </Group>
            <DerivedClustersEditor
              draft={draft}
              onChange={setDraft}
              canWrite={canWrite}
              industryName={industryName}
            />
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={4} mb="xs">
              {t('derive.compare.title')}
            </Title>
            <DeriveCompareCard
              key={`${run.request.datasetId}:${chosen}`}
              slug={slug}
              draft={draft}
              canWrite={canWrite}
              industryName={industryName}
              defaultDefinitionId={choices.definitionId}
            />
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={4} mb="xs">
              {t('derive.save.title')}
            </Title>
            <DeriveSaveCard
              key={`${run.request.datasetId}:${chosen}`}
              slug={slug}
              draft={draft}
              canWrite={canWrite}
              defaultName={t('derive.save.defaultName', {
                dataset: run.datasetName,
                year: answer.year,
              })}
              description={t('derive.save.description', {
                dataset: run.datasetName,
                year: answer.year,
                parameters: describe(result.parameters),
                score: result.scores.score.toFixed(3),
              })}
              onSaved={setBaseline}
            />
          </Paper>
        </>
      )}
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('derive.replace.title')}
        size="sm"
      >
        <Text size="sm">{t('derive.replace.text')}</Text>
        <Group justify="flex-end" gap="sm" mt="md">
          <Button variant="default" onClick={() => setPending(null)}>
            {t('derive.replace.keep')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              if (pending) act(pending);
              setPending(null);
            }}
            data-testid="derive-replace"
          >
            {t('derive.replace.confirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
