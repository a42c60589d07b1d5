// Summaries of a per-node metric by group (value-chain stage, actor type).

export interface GroupSummary {
  group: string;
  /** Nodes in the group with a number (NaN skipped). */
  count: number;
  /** undefined when count is 0. */
  mean: number | undefined;
  max: number | undefined;
}

/**
 * Groups node i under `groupOf[i]` (null or undefined: left out) and gives count, mean and max of
 * `metric`. Groups in order of first appearance; a group whose values are all NaN has count 0.
 */
export function summariseBy(
  metric: ArrayLike<number>,
  groupOf: ArrayLike<string | null | undefined>,
): GroupSummary[] {
  const sums = new Map<string, { count: number; sum: number; max: number }>();
  const length = Math.min(metric.length, groupOf.length);
  for (let i = 0; i < length; i++) {
    const group = groupOf[i];
    if (group == null) continue;
    let entry = sums.get(group);
    if (entry === undefined) {
      entry = { count: 0, sum: 0, max: -Infinity };
      sums.set(group, entry);
    }
    const value = metric[i]!;
    if (Number.isNaN(value)) continue;
    entry.count++;
    entry.sum += value;
    if (value > entry.max) entry.max = value;
  }
  return [...sums].map(([group, { count, sum, max }]) => ({
    group,
    count,
    mean: count === 0 ? undefined : sum / count,
    max: count === 0 ? undefined : max,
  }));
}
