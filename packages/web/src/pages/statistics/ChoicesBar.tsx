// The compact bar of choices on every statistics page: dataset, cluster definition, relatedness
// matrix, focus and benchmark region, year and from-year, and the focus clusters marked on the
// region profile. Saved with the project on each change; on phones it folds into a summary.

import { Anchor, Button, Collapse, Grid, Group, Paper, Select, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { usePhone } from '../stakeholders/usePhone';
import { useRegionNames } from './geography/useRegionNames';
import {
  statisticsKeys,
  statisticsPath,
  useDataset,
  useDatasets,
  useDefinitions,
  useRelatednessMatrices,
} from './statisticsQueries';
import type { DatasetDetailView } from './types';
import { useFocusClusters } from './useFocusClusters';
import { useStatisticsChoices } from './useStatisticsChoices';

// Two rows on tablets, one on wide screens: the years need less room than the names.
const WIDE = { base: 12, xs: 6, sm: 4, lg: 2 };
const NARROW = { base: 6, sm: 4, lg: 1 };
/** The option value of the default year (stored as null). */
const LATEST = 'default';

/** How many regions the region lists show at once while searching (a county table has 3,000). */
const REGION_OPTION_LIMIT = 200;

export function ChoicesBar() {
  const { t } = useTranslation('statistics');
  const phone = usePhone();
  const client = useQueryClient();
  const { slug, choices, canWrite, change } = useStatisticsChoices();
  const datasets = useDatasets(slug);
  const definitions = useDefinitions(slug);
  const matrices = useRelatednessMatrices(slug);
  const dataset = useDataset(slug, choices.datasetId);
  const regions = dataset.data?.regions;
  const names = useRegionNames(regions);
  const focus = useFocusClusters();
  const focusLine =
    focus.clusters.length > 0
      ? t('choices.focusClusters', { clusters: focus.clusters.map((c) => c.name).join('; ') })
      : '';
  const incomplete = !choices.datasetId || !choices.definitionId || !choices.focusRegion;
  // Unfolded on phones until something is chosen, then as the user toggles it.
  const [opened, setOpened] = useState<boolean | null>(null);
  const unfolded = opened ?? incomplete;

  /** A new dataset keeps the regions and years it also has; the others go back to unset. */
  const chooseDataset = async (id: string | null) => {
    if (!id) return change({ datasetId: null });
    const detail = await client.fetchQuery({
      queryKey: statisticsKeys.dataset(slug, id),
      queryFn: () => api.get<DatasetDetailView>(statisticsPath(slug, `/datasets/${id}`)),
    });
    const has = (region: string | null) =>
      region && detail.regions.includes(region) ? region : null;
    const hasYear = (year: number | null) => (year && detail.years.includes(year) ? year : null);
    change({
      datasetId: id,
      focusRegion: has(choices.focusRegion),
      benchmarkRegion: has(choices.benchmarkRegion),
      year: hasYear(choices.year),
      fromYear: hasYear(choices.fromYear),
    });
  };

  const regionOptions = (regions ?? []).map((code) => ({ value: code, label: names.label(code) }));
  const years = [...(dataset.data?.years ?? [])].sort((a, b) => b - a);
  // "Latest" and "earliest" are choices of their own (stored as null): the default years.
  const yearOptions = [
    { value: LATEST, label: t('choices.latest') },
    ...years.map((year) => ({ value: String(year), label: String(year) })),
  ];
  const fromYearOptions = [
    { value: LATEST, label: t('choices.earliest') },
    ...years
      .filter((year) => choices.year === null || year < choices.year)
      .map((year) => ({ value: String(year), label: String(year) })),
  ];
  const yearOf = (value: string | null) => (value && value !== LATEST ? Number(value) : null);
  const common = {
    size: 'xs' as const,
    disabled: !canWrite,
    comboboxProps: { withinPortal: true },
  };

  const noDatasets = datasets.data?.length === 0;
  // The region, years and focus clusters first: they are what changes most, and the line is cut
  // at its end.
  const summary = [
    choices.focusRegion ? names.label(choices.focusRegion) : undefined,
    choices.year ? `${choices.fromYear ?? '…'}–${choices.year}` : undefined,
    focusLine,
    datasets.data?.find((d) => d.id === choices.datasetId)?.name,
    definitions.data?.find((d) => d.id === choices.definitionId)?.name,
  ]
    .filter(Boolean)
    .join(' · ');

  const fields = (
    <Grid gap="xs">
      <Grid.Col span={WIDE}>
        <Select
          {...common}
          label={t('choices.dataset')}
          placeholder={t('choices.choose')}
          data={(datasets.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={choices.datasetId}
          onChange={(value) => void chooseDataset(value)}
          data-testid="settings-dataset"
        />
      </Grid.Col>
      <Grid.Col span={WIDE}>
        <Select
          {...common}
          label={t('choices.definition')}
          placeholder={t('choices.choose')}
          data={(definitions.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={choices.definitionId}
          onChange={(value) => change({ definitionId: value })}
          data-testid="settings-definition"
        />
      </Grid.Col>
      <Grid.Col span={WIDE}>
        <Select
          {...common}
          label={t('choices.relatedness')}
          placeholder={t('choices.none')}
          data={(matrices.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={choices.relatednessId}
          onChange={(value) => change({ relatednessId: value })}
          clearable
          data-testid="settings-relatedness"
        />
      </Grid.Col>
      <Grid.Col span={WIDE}>
        <Select
          {...common}
          label={t('choices.focusRegion')}
          placeholder={t('choices.choose')}
          data={regionOptions}
          value={choices.focusRegion}
          onChange={(value) => change({ focusRegion: value })}
          searchable
          limit={REGION_OPTION_LIMIT}
          nothingFoundMessage={t('choices.noRegion')}
          data-testid="settings-region"
        />
      </Grid.Col>
      <Grid.Col span={WIDE}>
        <Select
          {...common}
          label={t('choices.benchmark')}
          placeholder={t('choices.sumOfRegions')}
          data={regionOptions}
          value={choices.benchmarkRegion}
          onChange={(value) => change({ benchmarkRegion: value })}
          searchable
          clearable
          limit={REGION_OPTION_LIMIT}
          nothingFoundMessage={t('choices.noRegion')}
          data-testid="settings-benchmark"
        />
      </Grid.Col>
      <Grid.Col span={NARROW}>
        <Select
          {...common}
          label={t('choices.year')}
          placeholder={t('choices.latest')}
          data={yearOptions}
          value={choices.year === null ? LATEST : String(choices.year)}
          onChange={(value) => {
            const year = yearOf(value);
            // A from-year at or after the year would leave no span to grow over.
            const fromYear =
              year !== null && choices.fromYear !== null && choices.fromYear >= year
                ? null
                : choices.fromYear;
            change({ year, fromYear });
          }}
          allowDeselect={false}
          data-testid="settings-year"
        />
      </Grid.Col>
      <Grid.Col span={NARROW}>
        <Select
          {...common}
          label={t('choices.fromYear')}
          placeholder={t('choices.earliest')}
          data={fromYearOptions}
          value={choices.fromYear === null ? LATEST : String(choices.fromYear)}
          onChange={(value) => change({ fromYear: yearOf(value) })}
          allowDeselect={false}
          data-testid="settings-from-year"
        />
      </Grid.Col>
    </Grid>
  );

  return (
    <Paper withBorder radius="md" p="xs" mb="md" data-testid="statistics-choices">
      {noDatasets && (
        <Text size="sm" mb={6}>
          {t('choices.noDataset')}{' '}
          <Anchor component={Link} to={`/p/${encodeURIComponent(slug)}/statistics/data`}>
            {t('choices.toData')}
          </Anchor>
        </Text>
      )}
      {phone ? (
        <>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text
              size="sm"
              c={summary ? undefined : 'dimmed'}
              lineClamp={3}
              data-testid="choices-summary"
            >
              {summary || t('choices.nothingChosen')}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setOpened(!unfolded)}
              style={{ flexShrink: 0 }}
            >
              {unfolded ? t('choices.hide') : t('choices.change')}
            </Button>
          </Group>
          <Collapse expanded={unfolded} mt={unfolded ? 'xs' : 0}>
            {fields}
          </Collapse>
        </>
      ) : (
        <>
          {fields}
          {focusLine && (
            <Text size="xs" c="dimmed" mt={6} lineClamp={1} data-testid="choices-focus">
              {focusLine}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
