// The Delphi manner for asynchronous rounds between meetings: anonymous ratings repeated in 2 to 4
// iterations, each showing the group's previous answers, until the answers settle.

import { quantile } from '../stats/quantile';
import type { DelphiSettings } from './workshopModel';

/** The group's answers to one item in one iteration. */
export interface DelphiItemSummary {
  itemId: string;
  /** Participants who rated the item. */
  count: number;
  /** Type-7 quartiles (stats/quantile); null when nobody rated the item. */
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** q3 - q1; null when nobody rated the item. */
  iqr: number | null;
  /** How many gave each rating, keyed by the rating: the "counts for choices" shown next time. */
  counts: Record<string, number>;
}

export interface DelphiSummary {
  /** 1-based iteration these answers belong to. */
  iteration: number;
  items: DelphiItemSummary[];
}

/** Summarises one iteration's ratings (a rating per item id per participant) for the given items. */
export function delphiSummary(
  iteration: number,
  itemIds: readonly string[],
  ratings: readonly Readonly<Record<string, number>>[],
): DelphiSummary {
  return {
    iteration,
    items: itemIds.map((itemId) => {
      const values = ratings
        .map((ballot) => ballot[itemId])
        .filter((value): value is number => value !== undefined && Number.isFinite(value));
      const counts: Record<string, number> = {};
      for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      const q1 = quantile(values, 0.25) ?? null;
      const q3 = quantile(values, 0.75) ?? null;
      return {
        itemId,
        count: values.length,
        median: quantile(values, 0.5) ?? null,
        q1,
        q3,
        iqr: q1 === null || q3 === null ? null : q3 - q1,
        counts,
      };
    }),
  };
}

export type DelphiSettledReason = 'consensus' | 'stable' | 'last_iteration';

/**
 * Whether a Delphi round can end after `current`, and why:
 * - `consensus`: every item someone rated has an IQR <= settings.iqrThreshold (1 scale point);
 * - `stable`: every item rated in both iterations moved its median by < medianChangeThreshold (0.5)
 *   since `previous` (none when there is no previous iteration);
 * - `last_iteration`: current.iteration reached settings.maxIterations (at most 4), whatever the
 *   answers.
 * Not settled when no item has been rated yet (unless it is the last iteration).
 */
export function delphiSettled(
  previous: DelphiSummary | null,
  current: DelphiSummary,
  settings: DelphiSettings,
): { settled: boolean; reason: DelphiSettledReason | null } {
  const rated = current.items.filter((item) => item.count > 0);
  if (rated.length > 0 && rated.every((item) => (item.iqr ?? 0) <= settings.iqrThreshold)) {
    return { settled: true, reason: 'consensus' };
  }
  if (previous && rated.length > 0) {
    const before = new Map(previous.items.map((item) => [item.itemId, item.median]));
    const compared = rated.filter((item) => typeof before.get(item.itemId) === 'number');
    const stable = compared.every(
      (item) =>
        Math.abs((item.median ?? 0) - (before.get(item.itemId) ?? 0)) <
        settings.medianChangeThreshold,
    );
    if (compared.length > 0 && stable) return { settled: true, reason: 'stable' };
  }
  if (current.iteration >= settings.maxIterations) {
    return { settled: true, reason: 'last_iteration' };
  }
  return { settled: false, reason: null };
}

/**
 * Whether the answers summarised so far have settled: delphiSettled on the last finished
 * iteration against the one before it. Not settled before the first iteration has finished. The
 * console shows this and the engine refuses a further iteration once it holds.
 */
export function delphiHistorySettled(
  history: readonly DelphiSummary[],
  settings: DelphiSettings,
): { settled: boolean; reason: DelphiSettledReason | null } {
  const last = history[history.length - 1];
  if (!last) return { settled: false, reason: null };
  return delphiSettled(history[history.length - 2] ?? null, last, settings);
}
