// Brings a roadmap's stored items up to date with a new assembly without losing a link: new
// sources are added, changed ones refreshed, vanished ones marked gone (never deleted).

import { isManualItem, type RoadmapItem } from './roadmapItem';

export interface MergedItems {
  /** Present assembled items in assembly order, then manual items, then gone items (stored order). */
  items: RoadmapItem[];
  /** Keys of items the assembly found for the first time. */
  added: string[];
  /** Keys of present items whose title, detail, figures or source changed (its day aside). */
  updated: string[];
  /** Keys of items that were gone and whose source yields them again. */
  returned: string[];
  /** Keys of items that were present and that the assembly no longer yields. */
  gone: string[];
}

/**
 * Whether two items say the same, their state and source day aside: a map analysed again on
 * another day with the same finding is not an update.
 */
function sameContent(a: RoadmapItem, b: RoadmapItem): boolean {
  const comparable = ({ sourceState: _state, source, ...rest }: RoadmapItem) =>
    JSON.stringify(sortKeys({ ...rest, source: { ...source, date: null } }));
  return comparable(a) === comparable(b);
}

/** A copy with object keys sorted, so that figure order does not count as a change. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  return value;
}

/**
 * Merges a fresh `assembled` list (assembleRoadmapItems) into the `existing` stored items. An
 * assembled item replaces the stored one with its key (the source is the truth for its text and
 * figures) and is present; a stored item the assembly lacks is kept with sourceState `gone`, so an
 * action linking it still shows the link and the UI can offer to relink it. Manual items are kept
 * as they are (present) whatever the assembly holds. A manual key in `assembled` is ignored.
 */
export function mergeAssembledItems(
  existing: readonly RoadmapItem[],
  assembled: readonly RoadmapItem[],
): MergedItems {
  const stored = new Map(existing.map((item) => [item.key, item]));
  const fresh = assembled.filter((item) => !isManualItem(item));
  const freshKeys = new Set(fresh.map((item) => item.key));
  const result: MergedItems = { items: [], added: [], updated: [], returned: [], gone: [] };

  for (const item of fresh) {
    const before = stored.get(item.key);
    if (!before) result.added.push(item.key);
    else if (before.sourceState === 'gone') result.returned.push(item.key);
    else if (!sameContent(before, item)) result.updated.push(item.key);
    result.items.push({ ...item, sourceState: 'present' });
  }
  const manual = existing.filter(isManualItem);
  result.items.push(...manual.map((item) => ({ ...item, sourceState: 'present' as const })));
  for (const item of existing) {
    if (isManualItem(item) || freshKeys.has(item.key)) continue;
    if (item.sourceState === 'present') result.gone.push(item.key);
    result.items.push({ ...item, sourceState: 'gone' });
  }
  return result;
}
