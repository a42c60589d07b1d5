// The focus region's profile (/p/:slug/statistics/region): its cluster portfolio as a bubble
// chart and a table, cluster strength, shift-share, related clusters and diversification
// opportunities, for the year and span chosen in the bar above.

import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { usePhone } from '../../stakeholders/usePhone';
import { ChoicesMissing } from '../ChoicesMissing';
import { useRegionNames } from '../geography/useRegionNames';
import { useDataset, usePortfolio, useShiftShare } from '../statisticsQueries';
import type { ClusterType } from '../types';
import { useFocusClusters } from '../useFocusClusters';
import { useStatisticsChoices } from '../useStatisticsChoices';
import { useStatsFormat } from '../useStatsFormat';
import { DensityTable } from './DensityTable';
import { PortfolioChart } from './PortfolioChart';
import { PortfolioTable } from './PortfolioTable';
import { RelatedSection } from './RelatedSection';
import { ShiftShareChart } from './ShiftShareChart';

type TypeFilter = ClusterType | 'all';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
      <Title order={3} size="h4" mb={4}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value || '–'}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

export default function RegionProfilePage() {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const phone = usePhone();
  const { slug, choices, params } = useStatisticsChoices();
  const dataset = useDataset(slug, choices.datasetId);
  const names = useRegionNames(dataset.data?.regions);
  const region = choices.focusRegion;
  const portfolio = usePortfolio(slug, params, region);
  const shiftShare = useShiftShare(slug, params, region);
  const focus = useFocusClusters();
  const [typeFilter, setTypeFilter] = useState<TypeFilter>('traded');
  const rows = useMemo(
    () => (portfolio.data?.rows ?? []).filter((r) => typeFilter === 'all' || r.type === typeFilter),
    [portfolio.data, typeFilter],
  );

  const needs = [
    !choices.datasetId && 'dataset',
    !choices.definitionId && 'definition',
    !region && 'focusRegion',
  ].filter((need): need is string => Boolean(need));
  const regionLabel = region ? names.label(region) : '';
  const header = (
    <PageHeader
      title={region ? t('region.titleOf', { region: regionLabel }) : t('region.title')}
      description={
        portfolio.data
          ? t('region.description', {
              year: portfolio.data.year,
              fromYear: portfolio.data.fromYear,
            })
          : t('region.intro')
      }
    />
  );
  if (!params || !region || needs.length > 0)
    return (
      <>
        {header}
        <ChoicesMissing slug={slug} needs={needs} />
      </>
    );
  if (portfolio.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (portfolio.error)
    return (
      <>
        {header}
        <ErrorAlert error={portfolio.error} />
      </>
    );

  const data = portfolio.data;
  const strong = data.rows.filter((r) => r.strong).length;
  const span = `${data.fromYear}–${data.year}`;
  const fileTitle = (what: string) => `${what} ${regionLabel} ${data.year}`;

  return (
    <Stack gap="md">
      {header}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure
          label={t('region.employment')}
          value={format.count(data.totals.all)}
          hint={t('region.tradedShare', {
            share: format.share(data.totals.all > 0 ? data.totals.traded / data.totals.all : null),
          })}
        />
        <Figure
          label={t('region.clusterStrength')}
          value={format.share(data.clusterStrength)}
          hint={t('region.clusterStrengthHint')}
        />
        <Figure
          label={t('region.strongClusters')}
          value={format.count(strong)}
          hint={t('region.strongHint')}
        />
        <Figure
          label={t('region.nationalGrowth')}
          value={format.growth(data.nationalGrowth)}
          hint={t('region.perYear', { span })}
        />
      </SimpleGrid>

      <Section title={t('portfolio.title')} hint={t('portfolio.hint', { span })}>
        <Group justify="space-between" mb="xs" gap="xs">
          <SegmentedControl
            size="xs"
            value={typeFilter}
            onChange={(value) => setTypeFilter(value as TypeFilter)}
            data={(['traded', 'local', 'all'] as const).map((value) => ({
              value,
              label: t(`typeFilter.${value}`),
            }))}
            data-testid="portfolio-type"
          />
        </Group>
        <PortfolioChart
          rows={rows}
          nationalGrowth={data.nationalGrowth}
          title={fileTitle(t('portfolio.title'))}
          format={format}
          phone={phone}
          focus={focus.codes}
        />
        <Text size="sm" c="dimmed" mt="xs" data-testid="focus-hint">
          {focus.canWrite ? t('focus.hint') : t('focus.hintReadOnly')}
        </Text>
        <PortfolioTable
          rows={rows}
          format={format}
          focus={focus.codes}
          onToggleFocus={focus.canWrite ? focus.toggle : undefined}
        />
      </Section>

      <Section title={t('shiftShare.title')} hint={t('shiftShare.hint', { span })}>
        {shiftShare.isPending ? (
          <Loading />
        ) : shiftShare.error ? (
          <ErrorAlert error={shiftShare.error} />
        ) : (
          <ShiftShareChart
            rows={shiftShare.data.rows}
            title={fileTitle(t('shiftShare.title'))}
            format={format}
            phone={phone}
          />
        )}
      </Section>

      <Section title={t('related.title')} hint={t('related.intro')}>
        <RelatedSection
          slug={slug}
          params={params}
          region={region}
          relatednessId={choices.relatednessId}
          title={fileTitle(t('related.title'))}
          format={format}
          phone={phone}
        />
      </Section>

      <Section title={t('density.title')} hint={t('density.hint')}>
        <DensityTable slug={slug} params={params} region={region} format={format} />
      </Section>
    </Stack>
  );
}
