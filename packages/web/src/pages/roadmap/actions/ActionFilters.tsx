// The action plan's filters: layer, term, status and owner (or nobody), and "clear".

import { Button, Group, Select } from '@mantine/core';
import { ACTION_LAYERS, ACTION_STATUSES, HORIZONS } from '@kume/core';
import { useTranslation } from 'react-i18next';
import type { RoadmapActionView } from '../roadmapQueries';
import { isFiltered, NO_OWNER, type ActionFilter } from './actionFilters';

export function ActionFilters({
  actions,
  filter,
  onChange,
}: {
  /** All the actions: the owner choices are theirs. */
  actions: RoadmapActionView[];
  filter: ActionFilter;
  onChange: (filter: ActionFilter) => void;
}) {
  const { t } = useTranslation('roadmap');
  const owners = new Map<string, string>();
  for (const action of actions)
    if (action.ownerOrganisationId && action.ownerName)
      owners.set(action.ownerOrganisationId, action.ownerName);
  const ownerChoices = [
    ...[...owners]
      .sort((a, b) => a[1].localeCompare(b[1], 'tr'))
      .map(([value, label]) => ({ value, label })),
    { value: NO_OWNER, label: t('action.noOwner') },
  ];
  const select = (
    key: keyof ActionFilter,
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Select
      aria-label={label}
      placeholder={label}
      data={data}
      value={filter[key]}
      onChange={(value) => onChange({ ...filter, [key]: value } as ActionFilter)}
      clearable
      searchable={key === 'owner'}
      size="xs"
      w={180}
      data-testid={`action-filter-${key}`}
    />
  );

  return (
    <Group gap="xs" data-testid="action-filters">
      {select(
        'layer',
        t('filter.anyLayer'),
        ACTION_LAYERS.map((value) => ({ value, label: t(`layer.${value}`) })),
      )}
      {select(
        'horizon',
        t('filter.anyTerm'),
        HORIZONS.map((value) => ({ value, label: t(`term.${value}`) })),
      )}
      {select(
        'status',
        t('filter.anyStatus'),
        ACTION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
      )}
      {select('owner', t('filter.anyOwner'), ownerChoices)}
      {isFiltered(filter) && (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => onChange({ layer: null, horizon: null, status: null, owner: null })}
        >
          {t('filter.clear')}
        </Button>
      )}
    </Group>
  );
}
