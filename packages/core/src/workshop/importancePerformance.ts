// Importance-performance analysis of the success factors: each factor's weight against the group's
// rating of the cluster's current performance, in Martilla & James's four quadrants.

export const IPA_QUADRANTS = [
  'concentrate_here',
  'keep_up',
  'low_priority',
  'possible_overkill',
] as const;
export type IpaQuadrant = (typeof IPA_QUADRANTS)[number];

export interface IpaInput {
  id: string;
  text: string;
  /** The factor's weight (any positive scale: AHP weights, point shares); null when not weighted. */
  importance: number | null;
  /** Mean performance rating; null when not rated. */
  performance: number | null;
}

export interface IpaRow extends IpaInput {
  /** null when importance or performance is missing. */
  quadrant: IpaQuadrant | null;
}

export interface IpaMatrix {
  rows: IpaRow[];
  /** Where the crosshairs sit. */
  importanceSplit: number | null;
  performanceSplit: number | null;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Places each factor in a quadrant: high importance and low performance "concentrate here", high
 * and high "keep up the good work", low and low "low priority", low importance and high performance
 * "possible overkill" (Martilla, J. A. & James, J. C. (1977), Importance-performance analysis,
 * Journal of Marketing 41(1), 77-79). The crosshairs are at the means over the factors by default
 * (data-centred, as weights summing to 1 have no scale midpoint; pass `performanceSplit: 3` for the
 * midpoint of a 1-5 scale). A value equal to the split counts as high.
 */
export function importancePerformance(
  factors: readonly IpaInput[],
  options: { importanceSplit?: number; performanceSplit?: number } = {},
): IpaMatrix {
  const complete = factors.filter(
    (factor) => factor.importance !== null && factor.performance !== null,
  );
  const importanceSplit =
    options.importanceSplit ?? mean(complete.map((factor) => factor.importance as number));
  const performanceSplit =
    options.performanceSplit ?? mean(complete.map((factor) => factor.performance as number));
  const rows = factors.map((factor): IpaRow => {
    if (
      factor.importance === null ||
      factor.performance === null ||
      importanceSplit === null ||
      performanceSplit === null
    ) {
      return { ...factor, quadrant: null };
    }
    const important = factor.importance >= importanceSplit;
    const performing = factor.performance >= performanceSplit;
    const quadrant: IpaQuadrant = important
      ? performing
        ? 'keep_up'
        : 'concentrate_here'
      : performing
        ? 'possible_overkill'
        : 'low_priority';
    return { ...factor, quadrant };
  });
  return { rows, importanceSplit, performanceSplit };
}
