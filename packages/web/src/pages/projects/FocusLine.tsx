// The field study's focus in one line on the dashboard: "Focus: İzmir (TR310) — Machinery;
// Metalworking", linking to the region profile where the focus clusters are marked.

import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectFocusView } from '@kume/server';
import { useRegionNames } from '../statistics/geography/useRegionNames';
import { useDataset, useStatisticsSettings } from '../statistics/statisticsQueries';

export function FocusLine({ slug, focus }: { slug: string; focus: NonNullable<ProjectFocusView> }) {
  const { t } = useTranslation('projects');
  // The region is named as on the statistics pages, from the dataset's codes (a two-digit code
  // is a US state in one dataset and a Turkish province in another); else as an imported map
  // names it.
  const settings = useStatisticsSettings(slug);
  const dataset = useDataset(slug, settings.data?.datasetId);
  const names = useRegionNames(dataset.data?.regions);
  const name = names.name(focus.region) ?? focus.regionName;
  const region = name ? `${name} (${focus.region})` : focus.region;
  const clusters =
    focus.clusters.length > 0
      ? focus.clusters.map((c) => c.name).join('; ')
      : t('dashboard.focusNoClusters');
  return (
    <Text size="sm" data-testid="dashboard-focus">
      <Text span fw={600} inherit>
        {t('dashboard.focus')}
      </Text>{' '}
      <Anchor component={Link} to={`/p/${encodeURIComponent(slug)}/statistics/region`} inherit>
        {region}
      </Anchor>
      {' — '}
      {clusters}
    </Text>
  );
}
