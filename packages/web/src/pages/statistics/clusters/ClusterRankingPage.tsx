// One cluster across all regions (/p/:slug/statistics/clusters?cluster=...): a choropleth map of
// the chosen measure (on Kume's own maps or one the project imported) and the regions ranked,
// with the whole table exportable as CSV or XLSX.

import {
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { query } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { ChoicesMissing } from '../ChoicesMissing';
import { ChoroplethMap, type MapValue } from '../charts/ChoroplethMap';
import { MAP_MEASURES, type MapMeasure } from '../charts/choroplethScale';
import { useGeographies } from '../geography/geographyQueries';
import { autoMapChoice, mapChoiceKey, mapChoiceOf, type MapChoice } from '../geography/mapChoice';
import { GEOGRAPHIES } from '../geography/regionGeography';
import { useRegionNames } from '../geography/useRegionNames';
import {
  statisticsPath,
  type AnalysisParams,
  useClusterOverview,
  useClusterRanking,
  useDataset,
  usePortfolio,
} from '../statisticsQueries';
import type { ClusterRowView } from '../types';
import { useStatisticsChoices } from '../useStatisticsChoices';
import { useStatsFormat } from '../useStatsFormat';
import { RankingTable } from './RankingTable';

const measureOf: Record<MapMeasure, (row: ClusterRowView) => number | null> = {
  lq: (row) => row.lq,
  employment: (row) => row.employment,
  growth: (row) => row.employmentCagr,
};

export default function ClusterRankingPage() {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const [search, setSearch] = useSearchParams();
  const { slug, choices, params } = useStatisticsChoices();
  const dataset = useDataset(slug, choices.datasetId);
  const names = useRegionNames(dataset.data?.regions);
  const overview = useClusterOverview(slug, params);
  const portfolio = usePortfolio(slug, params, choices.focusRegion);

  const clusters = overview.data?.clusters ?? [];
  // Without a choice in the address: the focus region's strongest cluster, else the first.
  const strongest = [...(portfolio.data?.rows ?? [])]
    .filter((r) => r.strong)
    .sort((a, b) => (b.lq ?? 0) - (a.lq ?? 0))[0]?.cluster;
  const clusterParam = search.get('cluster');
  const cluster =
    clusters.find((c) => c.code === clusterParam)?.code ?? strongest ?? clusters[0]?.code ?? null;
  const measure = MAP_MEASURES.find((m) => m === search.get('measure')) ?? 'lq';
  const imported = useGeographies(slug).data;
  const regions = dataset.data?.regions;
  // The map the region codes fit best, unless the analyst chose one (kept in the address).
  const autoMap = useMemo(() => autoMapChoice(regions ?? [], imported ?? []), [regions, imported]);
  const chosenMap = useMemo(
    () => mapChoiceOf(search.get('map'), imported ?? []),
    [search, imported],
  );
  const map: MapChoice | null = chosenMap ?? autoMap;
  const ranking = useClusterRanking(slug, params, cluster);

  const set = (key: string, value: string | null) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const mapValues: MapValue[] = useMemo(
    () =>
      (ranking.data?.rows ?? []).map((row) => ({
        code: row.region,
        value: measureOf[measure](row),
      })),
    [ranking.data, measure],
  );
  const formatValue = useMemo(
    () => (value: number | null) =>
      measure === 'lq'
        ? format.lq(value)
        : measure === 'growth'
          ? format.growth(value)
          : format.count(value),
    [measure, format],
  );

  /** A map's name in the list: Kume's maps by their kind, imported ones by the name given. */
  const mapLabel = (choice: MapChoice) =>
    choice.kind === 'builtin' ? t(`map.kind.${choice.geography}`) : choice.geography.name;

  const needs = [!choices.datasetId && 'dataset', !choices.definitionId && 'definition'].filter(
    (need): need is string => Boolean(need),
  );
  const header = (
    <PageHeader
      title={ranking.data ? ranking.data.clusterName : t('ranking.title')}
      description={
        ranking.data
          ? t('ranking.description', {
              year: ranking.data.year,
              type: t(`type.${ranking.data.type}`),
              count: ranking.data.rows.length,
            })
          : t('ranking.intro')
      }
      actions={params && <ExportMenu slug={slug} params={params} />}
    />
  );
  if (!params || needs.length > 0)
    return (
      <>
        {header}
        <ChoicesMissing slug={slug} needs={needs} />
      </>
    );
  if (overview.error) return <ErrorAlert error={overview.error} />;
  if (overview.isPending) return <Loading />;

  const mapTitle = `${ranking.data?.clusterName ?? ''} · ${t(`map.measure.${measure}`)} · ${ranking.data?.year ?? ''}`;
  return (
    <Stack gap="md">
      {header}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('column.cluster')}
          data={clusters.map((c) => ({
            value: c.code,
            label: `${c.name} (${t(`type.${c.type}`)})`,
          }))}
          value={cluster}
          onChange={(value) => set('cluster', value)}
          searchable
          allowDeselect={false}
          style={{ flex: '1 1 280px' }}
          maw={480}
          data-testid="ranking-cluster"
        />
        <Select
          label={t('map.geography')}
          data={[
            {
              group: t('map.kumeMaps'),
              items: [
                {
                  value: 'auto',
                  label: autoMap
                    ? t('map.auto', { detected: mapLabel(autoMap) })
                    : t('map.autoNone'),
                },
                ...GEOGRAPHIES.map((g) => ({ value: g, label: t(`map.kind.${g}`) })),
              ],
            },
            ...(imported && imported.length > 0
              ? [
                  {
                    group: t('map.importedMaps'),
                    items: imported.map((g) => ({ value: g.id, label: g.name })),
                  },
                ]
              : []),
          ]}
          value={chosenMap ? mapChoiceKey(chosenMap) : 'auto'}
          onChange={(value) => set('map', value === 'auto' ? null : value)}
          allowDeselect={false}
          w={260}
          data-testid="ranking-geography"
        />
      </Group>

      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        <Group justify="space-between" mb="xs" gap="xs">
          <SegmentedControl
            size="xs"
            value={measure}
            onChange={(value) => set('measure', value === 'lq' ? null : value)}
            data={MAP_MEASURES.map((m) => ({ value: m, label: t(`map.measureShort.${m}`) }))}
            data-testid="ranking-measure"
          />
        </Group>
        {ranking.error ? (
          <ErrorAlert error={ranking.error} />
        ) : ranking.isPending ? (
          <Loading />
        ) : map === null ? (
          <Text size="sm" c="dimmed" data-testid="choropleth-unknown">
            {t('map.unknown')}{' '}
            <Anchor component={Link} to={`/p/${encodeURIComponent(slug)}/statistics/data?tab=maps`}>
              {t('map.importOne')}
            </Anchor>
          </Text>
        ) : (
          <ChoroplethMap
            slug={slug}
            map={map}
            values={mapValues}
            measure={measure}
            formatValue={formatValue}
            focusRegion={choices.focusRegion}
            title={mapTitle}
            nameOf={names.name}
          />
        )}
      </Paper>

      {ranking.data && (
        <RankingTable
          rows={ranking.data.rows}
          format={format}
          focusRegion={choices.focusRegion}
          regionLabel={names.label}
        />
      )}
    </Stack>
  );
}

/** The whole region x cluster table of the year, as the CLI writes it (snake_case columns). */
function ExportMenu({ slug, params }: { slug: string; params: AnalysisParams }) {
  const { t } = useTranslation('statistics');
  const href = (format: 'csv' | 'xlsx') =>
    statisticsPath(slug, `/clusters/export${query({ ...params, format })}`);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" data-testid="ranking-export">
          {t('common:action.export')} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('ranking.exportWhat')}</Menu.Label>
        <Menu.Item component="a" href={href('xlsx')} download data-testid="ranking-export-xlsx">
          {t('ranking.exportXlsx')}
        </Menu.Item>
        <Menu.Item component="a" href={href('csv')} download data-testid="ranking-export-csv">
          {t('ranking.exportCsv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
