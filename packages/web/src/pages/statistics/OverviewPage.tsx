// The secondary research's start page (/p/:slug/statistics): what it is for, which choices are
// made, the project's focus clusters with their key figures, the focus region's strongest clusters
// in a line each, the other screens, and the industry codes the cluster definition leaves out.

import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { FocusClustersCard } from './FocusClustersCard';
import { useRegionNames } from './geography/useRegionNames';
import { useClusterOverview, useDataset, usePortfolio } from './statisticsQueries';
import { useFocusClusters } from './useFocusClusters';
import { useStatisticsChoices } from './useStatisticsChoices';
import { useStatsFormat } from './useStatsFormat';
import { UncoveredCodes } from './UncoveredCodes';

/** How many strong clusters the overview lists. */
const STRONGEST = 8;

export default function OverviewPage() {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const { slug, choices, params } = useStatisticsChoices();
  const base = `/p/${encodeURIComponent(slug)}/statistics`;
  const dataset = useDataset(slug, choices.datasetId);
  const names = useRegionNames(dataset.data?.regions);
  const portfolio = usePortfolio(slug, params, choices.focusRegion);
  const overview = useClusterOverview(slug, params);
  const focus = useFocusClusters();

  const steps = [
    { id: 'dataset', done: Boolean(choices.datasetId), to: `${base}/data` },
    { id: 'definition', done: Boolean(choices.definitionId), to: `${base}/data?tab=definitions` },
    { id: 'region', done: Boolean(choices.focusRegion), to: undefined },
    { id: 'relatedness', done: Boolean(choices.relatednessId), to: `${base}/data?tab=relatedness` },
  ] as const;
  const strongest = (portfolio.data?.rows ?? [])
    .filter((row) => row.strong)
    .sort((a, b) => (b.lq ?? 0) - (a.lq ?? 0))
    .slice(0, STRONGEST);
  const region = choices.focusRegion ? names.label(choices.focusRegion) : '';

  return (
    <Stack gap="lg">
      <PageHeader title={t('overview.title')} description={t('overview.description')} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder radius="md">
          <Title order={4} mb="xs">
            {t('overview.choicesTitle')}
          </Title>
          <List spacing={6} size="sm" center>
            {steps.map((step) => (
              <List.Item
                key={step.id}
                data-testid={`overview-step-${step.id}`}
                data-done={step.done}
                icon={
                  <ThemeIcon
                    size={20}
                    radius="xl"
                    color={step.done ? 'green' : 'gray'}
                    variant={step.done ? 'filled' : 'light'}
                  >
                    {step.done ? '✓' : ''}
                  </ThemeIcon>
                }
              >
                {step.to ? (
                  <Anchor component={Link} to={step.to} size="sm">
                    {t(`overview.step.${step.id}`)}
                  </Anchor>
                ) : (
                  t(`overview.step.${step.id}`)
                )}
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt="xs">
            {t('overview.choicesHint')}
          </Text>
        </Card>

        <Card withBorder radius="md" data-testid="overview-strongest">
          <Title order={4} mb="xs">
            {region ? t('overview.strongestIn', { region }) : t('overview.strongest')}
          </Title>
          {!params || !choices.focusRegion ? (
            <Text size="sm" c="dimmed">
              {t('overview.chooseFirst')}
            </Text>
          ) : portfolio.error ? (
            <ErrorAlert error={portfolio.error} />
          ) : portfolio.isPending ? (
            <Text size="sm" c="dimmed">
              {t('loading')}
            </Text>
          ) : strongest.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('overview.noStrong')}
            </Text>
          ) : (
            <Stack gap={6}>
              {strongest.map((row) => (
                <Group key={row.cluster} gap={6} wrap="nowrap" align="baseline">
                  <Badge
                    size="xs"
                    color={row.strong10 ? 'teal' : 'cyan'}
                    variant="light"
                    style={{ flexShrink: 0 }}
                  >
                    {row.strong10 ? t('badge.strong10') : t('badge.strong')}
                  </Badge>
                  <Text size="sm">
                    <Text span fw={600} inherit>
                      {row.clusterName}
                    </Text>
                    {' — '}
                    {t('overview.line', {
                      lq: format.lq(row.lq),
                      employment: format.count(row.employment),
                      growth: format.growth(row.employmentCagr),
                    })}
                  </Text>
                </Group>
              ))}
              <Anchor component={Link} to={`${base}/region`} size="sm">
                {t('overview.toRegion')}
              </Anchor>
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      <FocusClustersCard
        clusters={focus.clusters}
        rows={portfolio.data?.rows}
        pending={portfolio.isPending}
        error={portfolio.error}
        region={region}
        regionPath={`${base}/region`}
        format={format}
      />

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {(['data', 'region', 'clusters'] as const).map((page) => (
          <Card
            key={page}
            withBorder
            radius="md"
            component={Link}
            to={`${base}/${page}`}
            data-testid={`overview-link-${page}`}
          >
            <Text fw={600}>{t(`nav.${page}`)}</Text>
            <Text size="sm" c="dimmed">
              {t(`overview.link.${page}`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>

      {overview.error && <ErrorAlert error={overview.error} />}
      {overview.data && overview.data.uncovered.length > 0 && (
        <UncoveredCodes uncovered={overview.data.uncovered} year={overview.data.year} />
      )}
      {overview.data && overview.data.uncovered.length === 0 && (
        <Alert color="green" variant="light" data-testid="uncovered-none">
          {t('uncovered.none')}
        </Alert>
      )}
    </Stack>
  );
}
