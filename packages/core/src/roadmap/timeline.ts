// The action plan as a roadmap chart reads it: actions by term (short, medium, long) and by layer
// (market, products and services, capabilities, resources), and both at once.

import type { IsoDate } from '../brand';
import { ACTION_LAYERS, type ActionLayer, HORIZONS, type Horizon } from './actionInput';
import { actionHorizon } from './horizonOf';

/** What the timeline reads of an action. */
export interface TimelineAction {
  title: string;
  layer: ActionLayer;
  horizon: Horizon | null;
  startOn: IsoDate;
  endOn: IsoDate;
}

export interface Timeline<A extends TimelineAction> {
  byHorizon: Record<Horizon, A[]>;
  byLayer: Record<ActionLayer, A[]>;
  /** grid[horizon][layer]: the cells of the layered roadmap chart. */
  grid: Record<Horizon, Record<ActionLayer, A[]>>;
  /** The earliest start and the latest end of the actions; null without actions. */
  span: { from: IsoDate; to: IsoDate } | null;
}

const emptyLayers = <A>() =>
  Object.fromEntries(ACTION_LAYERS.map((layer) => [layer, [] as A[]])) as Record<ActionLayer, A[]>;

/**
 * Groups the actions (cancelled ones included: filter them first to hide them). Each group runs
 * by start date, then end date, then title (Turkish collation), then input order. An action
 * without a chosen horizon takes the one its end date gives from `roadmapStartsOn`.
 */
export function timeline<A extends TimelineAction>(
  actions: readonly A[],
  roadmapStartsOn: IsoDate,
): Timeline<A> {
  const collator = new Intl.Collator('tr');
  const sorted = actions
    .map((action, position) => ({ action, position }))
    .sort(
      (a, b) =>
        (a.action.startOn < b.action.startOn ? -1 : a.action.startOn > b.action.startOn ? 1 : 0) ||
        (a.action.endOn < b.action.endOn ? -1 : a.action.endOn > b.action.endOn ? 1 : 0) ||
        collator.compare(a.action.title, b.action.title) ||
        a.position - b.position,
    )
    .map(({ action }) => action);

  const byHorizon = Object.fromEntries(HORIZONS.map((h) => [h, [] as A[]])) as Record<Horizon, A[]>;
  const byLayer = emptyLayers<A>();
  const grid = Object.fromEntries(HORIZONS.map((h) => [h, emptyLayers<A>()])) as Record<
    Horizon,
    Record<ActionLayer, A[]>
  >;
  for (const action of sorted) {
    const horizon = actionHorizon(action, roadmapStartsOn);
    byHorizon[horizon].push(action);
    byLayer[action.layer].push(action);
    grid[horizon][action.layer].push(action);
  }
  const span =
    sorted.length === 0
      ? null
      : {
          from: sorted[0]!.startOn,
          to: sorted.reduce((last, a) => (a.endOn > last ? a.endOn : last), sorted[0]!.endOn),
        };
  return { byHorizon, byLayer, grid, span };
}
