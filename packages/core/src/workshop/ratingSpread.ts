// The spread of a group's ratings of one item: mean, standard deviation, the deviation relative to
// the scale, and whether the group disagrees enough to discuss before deciding.

/** Above this normalised standard deviation the ratings are flagged as dissent (issue 6). */
export const DISSENT_THRESHOLD = 0.3;

export interface RatingSpread {
  count: number;
  /** null when nobody rated. */
  mean: number | null;
  /** Population standard deviation (the group's own spread, not an estimate); null when nobody rated. */
  sd: number | null;
  /**
   * sd / (scale max - scale min): 0 when all agree, 0.5 at most (half at each end). On 1-5, sd above
   * 1.2 (e.g. 1, 2, 3, 4, 5 gives 0.35) is dissent. null when nobody rated.
   */
  normalisedSd: number | null;
  /** normalisedSd > DISSENT_THRESHOLD. */
  dissent: boolean;
}

/** The spread of `ratings` on the scale [min, max]. */
export function ratingSpread(
  ratings: readonly number[],
  scale: { min: number; max: number },
): RatingSpread {
  const count = ratings.length;
  if (count === 0) return { count, mean: null, sd: null, normalisedSd: null, dissent: false };
  const mean = ratings.reduce((sum, rating) => sum + rating, 0) / count;
  const variance = ratings.reduce((sum, rating) => sum + (rating - mean) ** 2, 0) / count;
  const sd = Math.sqrt(variance);
  const normalisedSd = sd / (scale.max - scale.min);
  return { count, mean, sd, normalisedSd, dissent: normalisedSd > DISSENT_THRESHOLD };
}
