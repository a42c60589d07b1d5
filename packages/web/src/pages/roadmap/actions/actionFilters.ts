// The action plan's filters (layer, term, status, owner) as the address keeps them, and the
// actions they let through.

import {
  ACTION_LAYERS,
  ACTION_STATUSES,
  HORIZONS,
  type ActionLayer,
  type ActionStatus,
  type Horizon,
} from '@kume/core';

/** The owner filter's value for actions nobody has taken on. */
export const NO_OWNER = 'none';

export interface ActionFilter {
  layer: ActionLayer | null;
  horizon: Horizon | null;
  status: ActionStatus | null;
  /** An organisation's id, NO_OWNER, or null for any. */
  owner: string | null;
}

/** What the filters read of an action. */
export interface FilterableAction {
  layer: ActionLayer;
  effectiveHorizon: Horizon;
  status: ActionStatus;
  ownerOrganisationId: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((each) => each === value) ?? null;

/** The filter in the address (`?layer=&term=&status=&owner=`); unknown values mean any. */
export function filterFromSearch(search: URLSearchParams): ActionFilter {
  return {
    layer: oneOf(ACTION_LAYERS, search.get('layer')),
    horizon: oneOf(HORIZONS, search.get('term')),
    status: oneOf(ACTION_STATUSES, search.get('status')),
    owner: search.get('owner') || null,
  };
}

/** The address's parameters for `filter`, other parameters kept. */
export function searchWithFilter(search: URLSearchParams, filter: ActionFilter): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string | null) =>
    value ? next.set(name, value) : next.delete(name);
  set('layer', filter.layer);
  set('term', filter.horizon);
  set('status', filter.status);
  set('owner', filter.owner);
  return next;
}

/** The actions matching every set part of the filter, in their order. */
export function filterActions<A extends FilterableAction>(
  actions: readonly A[],
  filter: ActionFilter,
): A[] {
  return actions.filter(
    (action) =>
      (filter.layer === null || action.layer === filter.layer) &&
      (filter.horizon === null || action.effectiveHorizon === filter.horizon) &&
      (filter.status === null || action.status === filter.status) &&
      (filter.owner === null ||
        (filter.owner === NO_OWNER
          ? action.ownerOrganisationId === null
          : action.ownerOrganisationId === filter.owner)),
  );
}

/** Whether any part of the filter is set. */
export const isFiltered = (filter: ActionFilter) =>
  Object.values(filter).some((value) => value !== null);
