// Checkbox groups that hide organisation types, stages, communities and relation types; checked
// means shown. The map applies them through sigma's reducers.

import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { localText, RELATION_TYPE_LABELS, RELATION_TYPES, type RelationType } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { categoryLabel } from './categoryLabel';
import { NO_FILTERS, UNPLACED, type MapFilters as Filters } from './mapOptions';
import type { ClusterMapView } from './types';

/** A copy of the set with the value added (hidden) or removed (shown). */
function toggled<T>(set: ReadonlySet<T>, value: T, shown: boolean): Set<T> {
  const copy = new Set(set);
  if (shown) copy.delete(value);
  else copy.add(value);
  return copy;
}

function FilterGroup<T extends string | number>({
  title,
  values,
  hidden,
  label,
  testId,
  onChange,
}: {
  title: string;
  values: readonly T[];
  hidden: ReadonlySet<T>;
  label: (value: T) => string;
  testId: string;
  onChange: (value: T, shown: boolean) => void;
}) {
  if (values.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600}>
        {title}
      </Text>
      <Group gap="xs" wrap="wrap">
        {values.map((value) => (
          <Checkbox
            key={value}
            size="xs"
            label={label(value)}
            checked={!hidden.has(value)}
            onChange={(event) => onChange(value, event.currentTarget.checked)}
            data-testid={`${testId}-${value}`}
          />
        ))}
      </Group>
    </Stack>
  );
}

export function MapFilters({
  view,
  filters,
  onChange,
}: {
  view: ClusterMapView;
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { t, i18n } = useTranslation('clusterMap');
  const types = [...new Set(view.nodes.map((n) => n.type))].sort();
  const hasUnplaced = view.nodes.some((n) => n.stageId === null);
  const stages = [...view.chain.stages.map((s) => s.id), ...(hasUnplaced ? [UNPLACED] : [])];
  const communities = [...new Set(view.nodes.map((n) => n.metrics.community))].sort(
    (a, b) => a - b,
  );
  const relationTypes = RELATION_TYPES.filter((type) =>
    view.edges.some((e) => e.relationType === type),
  );
  const any =
    filters.types.size +
      filters.stages.size +
      filters.communities.size +
      filters.relationTypes.size >
    0;

  return (
    <Paper withBorder p="xs" data-testid="map-filters">
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {t('filters.title')}
        </Text>
        {any && (
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(NO_FILTERS)}>
            {t('filters.showAll')}
          </Button>
        )}
      </Group>
      <Stack gap="xs">
        <FilterGroup
          title={t('filters.stages')}
          values={stages}
          hidden={filters.stages}
          label={(id) => categoryLabel('stage', id, view, t, i18n.language)}
          testId="map-stage-filter"
          onChange={(id, shown) =>
            onChange({ ...filters, stages: toggled(filters.stages, id, shown) })
          }
        />
        <FilterGroup
          title={t('filters.types')}
          values={types}
          hidden={filters.types}
          label={(type) => categoryLabel('type', type, view, t, i18n.language)}
          testId="map-type-filter"
          onChange={(type, shown) =>
            onChange({ ...filters, types: toggled(filters.types, type, shown) })
          }
        />
        <FilterGroup
          title={t('filters.communities')}
          values={communities.length > 1 ? communities.slice(0, 60) : []}
          hidden={filters.communities}
          label={(c) => categoryLabel('community', String(c), view, t, i18n.language)}
          testId="map-community-filter"
          onChange={(c, shown) =>
            onChange({ ...filters, communities: toggled(filters.communities, c, shown) })
          }
        />
        <FilterGroup<RelationType>
          title={t('filters.relationTypes')}
          values={relationTypes}
          hidden={filters.relationTypes}
          label={(type) => localText(RELATION_TYPE_LABELS[type], i18n.language)}
          testId="map-relation-filter"
          onChange={(type, shown) =>
            onChange({ ...filters, relationTypes: toggled(filters.relationTypes, type, shown) })
          }
        />
      </Stack>
    </Paper>
  );
}
