// Scores one cluster-management self-assessment: the level each answer reaches, the areas' and
// the whole assessment's standing, and the answers that claim a level without evidence.

import {
  SELF_ASSESSMENT_AREAS,
  SELF_ASSESSMENT_LEVELS,
  type SelfAssessmentAnswer,
  type SelfAssessmentArea,
  type SelfAssessmentIndicator,
  type SelfAssessmentLevel,
} from './selfAssessment';

export interface ScoredIndicator {
  indicator: SelfAssessmentIndicator;
  /** Null: unanswered (no answer, or a null value). */
  value: number | null;
  evidence: string;
  level: SelfAssessmentLevel | null;
  /** 0 (below) to 3 (gold); null when unanswered. */
  points: number | null;
  /** The answer reaches bronze or above but gives no evidence. */
  evidenceMissing: boolean;
}

export type LevelCounts = Record<SelfAssessmentLevel, number>;

export interface ScoredGroup {
  answered: number;
  total: number;
  /** Mean points of the answered indicators, 0-3; null when none is answered. */
  meanPoints: number | null;
  counts: LevelCounts;
}

export interface SelfAssessmentScore {
  indicators: ScoredIndicator[];
  /** Every area of SELF_ASSESSMENT_AREAS, in order, with its indicators' standing. */
  areas: (ScoredGroup & { area: SelfAssessmentArea })[];
  overall: ScoredGroup & {
    /** See scoreSelfAssessment; null when nothing is answered. */
    indicativeLevel: SelfAssessmentLevel | null;
  };
  /** Answers whose indicator is not in the list (removed since), in input order. */
  unknownAnswers: string[];
}

export interface ScoreOptions {
  /** Share of all indicators that must reach a level for the indicative level. Default 0.75. */
  indicativeShare?: number;
}

/** The level a value reaches: the highest threshold it meets in the indicator's direction. */
export function levelOf(indicator: SelfAssessmentIndicator, value: number): SelfAssessmentLevel {
  const meets = (threshold: number) =>
    indicator.direction === 'higher' ? value >= threshold : value <= threshold;
  const { bronze, silver, gold } = indicator.thresholds;
  return meets(gold) ? 'gold' : meets(silver) ? 'silver' : meets(bronze) ? 'bronze' : 'below';
}

const pointsOf = (level: SelfAssessmentLevel) => SELF_ASSESSMENT_LEVELS.indexOf(level);

function group(scored: readonly ScoredIndicator[]): ScoredGroup {
  const counts: LevelCounts = { below: 0, bronze: 0, silver: 0, gold: 0 };
  let points = 0;
  let answered = 0;
  for (const s of scored) {
    if (s.level === null) continue;
    counts[s.level] += 1;
    points += s.points ?? 0;
    answered += 1;
  }
  return {
    answered,
    total: scored.length,
    meanPoints: answered ? points / answered : null,
    counts,
  };
}

/**
 * Scores `answers` against `indicators`. The indicative level is Kume's summary, not a label:
 * the highest level that at least `indicativeShare` of ALL indicators reach or exceed
 * (unanswered ones count as not reaching it), else `below`. Answers to unknown indicators are
 * listed apart and not scored.
 */
export function scoreSelfAssessment(
  indicators: readonly SelfAssessmentIndicator[],
  answers: readonly SelfAssessmentAnswer[],
  options: ScoreOptions = {},
): SelfAssessmentScore {
  const share = options.indicativeShare ?? 0.75;
  const answerOf = new Map(answers.map((a) => [a.indicatorId, a]));
  const known = new Set(indicators.map((i) => i.id));
  const scored: ScoredIndicator[] = indicators.map((indicator) => {
    const answer = answerOf.get(indicator.id);
    const value = answer?.value ?? null;
    const level = value === null ? null : levelOf(indicator, value);
    const evidence = answer?.evidence ?? '';
    return {
      indicator,
      value,
      evidence,
      level,
      points: level === null ? null : pointsOf(level),
      evidenceMissing: level !== null && level !== 'below' && evidence.trim() === '',
    };
  });

  const overall = group(scored);
  let indicativeLevel: SelfAssessmentLevel | null = null;
  if (overall.answered > 0) {
    indicativeLevel = 'below';
    for (const level of SELF_ASSESSMENT_LEVELS.slice(1)) {
      const reaching = scored.filter((s) => (s.points ?? -1) >= pointsOf(level)).length;
      if (reaching >= share * scored.length) indicativeLevel = level;
    }
  }
  return {
    indicators: scored,
    areas: SELF_ASSESSMENT_AREAS.map((area) => ({
      area,
      ...group(scored.filter((s) => s.indicator.area === area)),
    })),
    overall: { ...overall, indicativeLevel },
    unknownAnswers: answers.map((a) => a.indicatorId).filter((id) => !known.has(id)),
  };
}
