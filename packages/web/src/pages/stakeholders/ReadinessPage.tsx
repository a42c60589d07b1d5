// The readiness gate of stage 1: go or no-go, on what it rests (the facilitator's decision or
// the criteria), every check with what is missing, decisions and the project's thresholds.

import { Alert, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessView } from '@kume/server';
import { useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { DecisionSection } from './DecisionSection';
import { ReadinessChecks } from './ReadinessChecks';
import { useReadiness } from './stakeholderQueries';
import { ThresholdsForm } from './ThresholdsForm';

function GateStatus({ readiness }: { readiness: ReadinessView }) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const go = readiness.outcome === 'go';
  const latest = readiness.decisions[0];
  const basis =
    readiness.basis === 'decision' && latest
      ? t('readiness.basisDecision', {
          date: format.date(latest.decidedOn),
          name: latest.decidedBy ?? '',
          context: latest.decidedBy ? 'named' : undefined,
        })
      : t('readiness.basisCriteria');
  return (
    <Paper withBorder p="lg" radius="md" bg={go ? 'teal.0' : 'red.0'}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed" fw={600} tt="uppercase">
          {t('readiness.status')}
        </Text>
        <Group gap="md" align="baseline">
          <Title
            order={2}
            fz={44}
            c={go ? 'teal.8' : 'red.8'}
            data-testid="gate-outcome"
            data-outcome={readiness.outcome}
          >
            {t(`common:gate.${readiness.outcome}`)}
          </Title>
          <Text size="sm" data-testid="gate-basis">
            {basis}
          </Text>
        </Group>
        {readiness.basis === 'decision' && (
          <Text size="sm" c="dimmed">
            {t('readiness.criteriaSay', { outcome: t(`common:gate.${readiness.criteriaOutcome}`) })}
          </Text>
        )}
        {readiness.decisionDiffersFromCriteria && (
          <Alert
            color="yellow"
            title={t('readiness.disagreeTitle')}
            data-testid="gate-disagreement"
          >
            {t('readiness.disagreeText', {
              decision: t(`common:gate.${readiness.outcome}`),
              criteria: t(`common:gate.${readiness.criteriaOutcome}`),
            })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

export default function ReadinessPage() {
  const { t } = useTranslation('stakeholders');
  const project = useProject();
  const { slug } = project;
  const readiness = useReadiness(slug);
  const header = (
    <PageHeader title={t('readiness.title')} description={t('readiness.explanation')} />
  );
  if (readiness.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (readiness.error) return <ErrorAlert error={readiness.error} />;
  const r = readiness.data;
  return (
    <Stack gap="md">
      {header}
      <GateStatus readiness={r} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Title order={4}>{t('readiness.checksTitle')}</Title>
            <ReadinessChecks readiness={r} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <DecisionSection slug={slug} readiness={r} canDecide={project.can('decide')} />
            {project.can('edit') && <ThresholdsForm slug={slug} thresholds={r.thresholds} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
