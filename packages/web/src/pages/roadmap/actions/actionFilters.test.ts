// The action plan's filters: read from and written to the address, and applied to the actions.

import { describe, expect, it } from 'vitest';
import {
  filterActions,
  filterFromSearch,
  NO_OWNER,
  searchWithFilter,
  type FilterableAction,
} from './actionFilters';

const actions: (FilterableAction & { id: string })[] = [
  {
    id: 'a',
    layer: 'market',
    effectiveHorizon: 'short',
    status: 'planned',
    ownerOrganisationId: 'o1',
  },
  { id: 'b', layer: 'market', effectiveHorizon: 'long', status: 'done', ownerOrganisationId: null },
  {
    id: 'c',
    layer: 'resources',
    effectiveHorizon: 'short',
    status: 'planned',
    ownerOrganisationId: 'o2',
  },
];
const ids = (list: { id: string }[]) => list.map((action) => action.id);

describe('action filters', () => {
  it('let through only the actions matching every part set', () => {
    const any = { layer: null, horizon: null, status: null, owner: null };
    expect(ids(filterActions(actions, any))).toEqual(['a', 'b', 'c']);
    expect(ids(filterActions(actions, { ...any, layer: 'market', horizon: 'short' }))).toEqual([
      'a',
    ]);
    expect(ids(filterActions(actions, { ...any, status: 'planned', owner: 'o2' }))).toEqual(['c']);
  });

  it('find the actions nobody owns with the "no owner" choice', () => {
    const filter = { layer: null, horizon: null, status: null, owner: NO_OWNER };
    expect(ids(filterActions(actions, filter))).toEqual(['b']);
  });

  it('are read from the address, unknown values meaning any, and written back to it', () => {
    const filter = filterFromSearch(new URLSearchParams('layer=market&term=soon&view=grid'));
    expect(filter).toEqual({ layer: 'market', horizon: null, status: null, owner: null });
    const search = searchWithFilter(new URLSearchParams('view=grid&layer=resources'), {
      ...filter,
      status: 'done',
    });
    expect(search.toString()).toBe('view=grid&layer=market&status=done');
  });
});
