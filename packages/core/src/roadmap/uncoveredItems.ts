// The coverage check of the action plan: which success factors and large gaps no action addresses.

import type { ActionStatus } from './actionInput';
import type { RoadmapItem } from './roadmapItem';
import type { CoverageOptions } from './roadmapSettings';

/** What the check reads of an action. */
export interface CoveringAction {
  itemKeys: readonly string[];
  status: ActionStatus;
}

/**
 * The items that need an action and have none that is not cancelled: success factors (every one,
 * or those weighing at least minFactorWeight; an unweighted factor always counts, since it cannot
 * be shown to be light), then value-chain gaps and investment needs scoring at least
 * largeGapScore (default 0.5: a missing stage, a thin stage with one firm of three, no ties
 * between supplying stages, over 56% of inputs bought outside). Factors heaviest first, gaps by
 * score, ties in item order. Items whose source is gone are not asked for.
 */
export function uncoveredItems(
  items: readonly RoadmapItem[],
  actions: readonly CoveringAction[],
  options: Partial<CoverageOptions> = {},
): RoadmapItem[] {
  const minWeight = options.minFactorWeight ?? null;
  const largeGap = options.largeGapScore ?? 0.5;
  const covered = new Set<string>();
  for (const action of actions)
    if (action.status !== 'cancelled') for (const key of action.itemKeys) covered.add(key);

  const needed = (item: RoadmapItem) => {
    if (item.sourceState === 'gone' || covered.has(item.key)) return false;
    if (item.kind === 'success_factor')
      return minWeight === null || item.weight === null || item.weight >= minWeight;
    if (item.kind === 'value_chain_gap' || item.kind === 'investment_need')
      return (item.score ?? 0) >= largeGap;
    return false;
  };
  const ranked = (kinds: readonly RoadmapItem['kind'][], value: (item: RoadmapItem) => number) =>
    items
      .map((item, position) => ({ item, position }))
      .filter(({ item }) => kinds.includes(item.kind) && needed(item))
      .sort((a, b) => value(b.item) - value(a.item) || a.position - b.position)
      .map(({ item }) => item);
  return [
    ...ranked(['success_factor'], (item) => item.weight ?? -1),
    ...ranked(['value_chain_gap', 'investment_need'], (item) => item.score ?? 0),
  ];
}
