// The skills gap matrix: for each skill or capability, how far the cluster's current level falls
// short of the required one, weighted by importance, as a ranked list for the roadmap.

export interface SkillRating {
  id: string;
  /** The success factor it serves; null when not filed under one. */
  factorId: string | null;
  text: string;
  /** Mean ratings on 1-5; null when nobody rated. */
  importance: number | null;
  current: number | null;
  required: number | null;
}

export interface SkillGap extends SkillRating {
  /** required - current: positive is a shortfall, negative a surplus; null when either is missing. */
  gap: number | null;
  /** importance x gap: at most 5 x 4 = 20 on 1-5 scales; null when any rating is missing. */
  priority: number | null;
  /** 1-based place in the ranked list. */
  rank: number;
}

/**
 * Ranks skills by priority = importance x (required - current), highest first; ties by importance,
 * then in input order; skills with a missing rating last. A surplus gives a negative priority and
 * sorts below every shortfall.
 */
export function skillsGapMatrix(skills: readonly SkillRating[]): SkillGap[] {
  const rows = skills.map((skill, position) => {
    const gap =
      skill.current === null || skill.required === null ? null : skill.required - skill.current;
    const priority = gap === null || skill.importance === null ? null : skill.importance * gap;
    return { skill: { ...skill, gap, priority }, position };
  });
  rows.sort(
    (a, b) =>
      Number(a.skill.priority === null) - Number(b.skill.priority === null) ||
      (b.skill.priority ?? 0) - (a.skill.priority ?? 0) ||
      (b.skill.importance ?? 0) - (a.skill.importance ?? 0) ||
      a.position - b.position,
  );
  return rows.map(({ skill }, index) => ({ ...skill, rank: index + 1 }));
}
