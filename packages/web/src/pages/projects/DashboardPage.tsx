// A project's dashboard (/p/:slug): what the initiative is, its figures so far, and the five
// stages of the roadmap process with their progress (the field study's with its focus).

import { Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAGES } from '@kume/core';
import { ApiError } from '../../api/client';
import { useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { QuotaCard } from '../fieldStudy/quota/QuotaCard';
import NotFoundPage from '../NotFoundPage';
import { FocusLine } from './FocusLine';
import { StageCard } from './StageCard';
import { SummaryCard } from './SummaryCard';

export default function DashboardPage() {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const project = useProject();
  if (project.isPending) return <Loading />;
  if (project.error instanceof ApiError && [403, 404].includes(project.error.status))
    return <NotFoundPage />;
  if (!project.data) return <ErrorAlert error={project.error} />;

  const { name, sector, region, description, isSample, summary, stages, focus } = project.data;
  const base = `/p/${encodeURIComponent(project.slug)}`;
  const place = [sector, region].filter(Boolean).join(' · ');
  // Stages in the order of the process, whatever order the server lists them in.
  const ordered = [...stages].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Group gap="xs" align="center">
          <Title order={2}>{name}</Title>
          {isSample && (
            <Badge color="orange" variant="light" data-testid="sample-badge">
              {t('sampleData', { ns: 'common' })}
            </Badge>
          )}
        </Group>
        {place && <Text c="dimmed">{place}</Text>}
        {description && (
          <Text size="sm" maw={760} style={{ whiteSpace: 'pre-wrap' }}>
            {description}
          </Text>
        )}
      </Stack>

      <Grid columns={10} gap="sm">
        <Grid.Col span={{ base: 5, md: 2 }}>
          <SummaryCard
            label={t('dashboard.organisations')}
            value={format.number(summary.organisations)}
            to={`${base}/organisations`}
            testId="summary-organisations"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, md: 2 }}>
          <SummaryCard
            label={t('dashboard.visits')}
            value={format.number(summary.visits)}
            to={`${base}/visits`}
            testId="summary-visits"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, md: 2 }}>
          <SummaryCard
            label={t('dashboard.committed')}
            value={format.number(summary.committed)}
            hint={t('dashboard.ofAssessed', { count: summary.assessed })}
            to={`${base}/power-interest`}
            testId="summary-committed"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, md: 2 }}>
          <SummaryCard
            label={t('dashboard.overdue')}
            value={
              <Text inherit c={summary.overdueFollowUps > 0 ? 'red' : undefined}>
                {format.number(summary.overdueFollowUps)}
              </Text>
            }
            hint={summary.overdueFollowUps > 0 ? t('dashboard.overdueHint') : undefined}
            to={`${base}/follow-ups`}
            testId="summary-overdue"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 10, md: 2 }}>
          <SummaryCard
            label={t('dashboard.gate')}
            value={
              <Badge
                size="lg"
                color={summary.gate === 'go' ? 'green' : 'red'}
                variant="light"
                data-testid="gate-status"
                data-gate={summary.gate}
              >
                {t(`gate.${summary.gate}`, { ns: 'common' })}
              </Badge>
            }
            hint={t(`dashboard.basis.${summary.gateBasis}`)}
            to={`${base}/readiness`}
            testId="summary-gate"
          />
        </Grid.Col>
      </Grid>

      <Stack gap="sm">
        <Title order={3}>{t('dashboard.stagesTitle')}</Title>
        {ordered.map((stage) => (
          <StageCard
            key={stage.stage}
            stage={stage}
            number={STAGES.indexOf(stage.stage) + 1}
            slug={project.slug}
          >
            {stage.stage === 'field_study' && focus && (
              <FocusLine slug={project.slug} focus={focus} />
            )}
            {stage.stage === 'field_study' && <QuotaCard slug={project.slug} />}
          </StageCard>
        ))}
      </Stack>
    </Stack>
  );
}
