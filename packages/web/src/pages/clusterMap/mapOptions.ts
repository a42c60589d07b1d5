// The choices of the map's toolbar: layouts, the attribute nodes are coloured by and the metric
// they are sized by, and the filters' shape.

import type { RelationType } from '@kume/core';

export const LAYOUTS = ['force', 'lanes', 'geo'] as const;
export type LayoutKind = (typeof LAYOUTS)[number];

/** Metrics a node can be sized (or coloured) by; each is read by `nodeMetric`. */
export const NODE_METRICS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'clustering',
  'employees',
  'influence',
  'willingness',
] as const;
export type NodeMetric = (typeof NODE_METRICS)[number];

/** Categorical attributes a node can be coloured by. */
export const CATEGORIES = ['stage', 'type', 'community'] as const;
export type Category = (typeof CATEGORIES)[number];

export type ColourBy = Category | NodeMetric;

export const isCategory = (value: ColourBy): value is Category =>
  (CATEGORIES as readonly string[]).includes(value);

/** The key of "on no stage" in stage filters and lanes (stage ids never start with `_`). */
export const UNPLACED = '_unplaced';

/** What is hidden; empty sets show everything. */
export interface MapFilters {
  types: ReadonlySet<string>;
  /** Stage ids, and UNPLACED for organisations on no stage. */
  stages: ReadonlySet<string>;
  communities: ReadonlySet<number>;
  relationTypes: ReadonlySet<RelationType>;
}

export const NO_FILTERS: MapFilters = {
  types: new Set(),
  stages: new Set(),
  communities: new Set(),
  relationTypes: new Set(),
};
