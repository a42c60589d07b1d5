// Two cluster-management self-assessments side by side: which indicators and areas improved or
// fell, as a repeated benchmarking shows change (ESCA's Silver label asks for three improved areas).

import type { SelfAssessmentArea, SelfAssessmentLevel } from './selfAssessment';
import type { ScoredIndicator, SelfAssessmentScore } from './scoreSelfAssessment';

export type SelfAssessmentChange = 'improved' | 'fell' | 'unchanged' | 'not_comparable';

export interface IndicatorComparison {
  indicatorId: string;
  before: { value: number | null; level: SelfAssessmentLevel | null } | null;
  after: { value: number | null; level: SelfAssessmentLevel | null } | null;
  change: SelfAssessmentChange;
}

export interface AreaComparison {
  area: SelfAssessmentArea;
  meanPointsBefore: number | null;
  meanPointsAfter: number | null;
  change: SelfAssessmentChange;
}

export interface SelfAssessmentComparison {
  /** The later list's indicators in order, then those only the earlier one had. */
  indicators: IndicatorComparison[];
  areas: AreaComparison[];
  improved: string[];
  fell: string[];
  /** Areas whose mean points rose. */
  improvedAreas: SelfAssessmentArea[];
}

const side = (s: ScoredIndicator | undefined) => (s ? { value: s.value, level: s.level } : null);

function compareIndicator(
  before: ScoredIndicator | undefined,
  after: ScoredIndicator | undefined,
): SelfAssessmentChange {
  if (!before || !after || before.points === null || after.points === null) return 'not_comparable';
  if (after.points !== before.points) return after.points > before.points ? 'improved' : 'fell';
  const better = after.indicator.direction === 'higher' ? 1 : -1;
  const delta = better * ((after.value ?? 0) - (before.value ?? 0));
  return delta > 0 ? 'improved' : delta < 0 ? 'fell' : 'unchanged';
}

/**
 * Compares two scored assessments (scoreSelfAssessment) indicator by indicator. A change of level
 * decides; at the same level the value decides in the later indicator's direction (so progress
 * within a level shows). An indicator unanswered on either side, or in one list only, is
 * not_comparable. An area changes when its mean points differ (not_comparable when either side
 * answered nothing in it).
 */
export function compareSelfAssessments(
  before: SelfAssessmentScore,
  after: SelfAssessmentScore,
): SelfAssessmentComparison {
  const earlier = new Map(before.indicators.map((s) => [s.indicator.id, s]));
  const later = new Map(after.indicators.map((s) => [s.indicator.id, s]));
  const ids = [
    ...after.indicators.map((s) => s.indicator.id),
    ...before.indicators.map((s) => s.indicator.id).filter((id) => !later.has(id)),
  ];
  const indicators = ids.map((indicatorId) => {
    const b = earlier.get(indicatorId);
    const a = later.get(indicatorId);
    return { indicatorId, before: side(b), after: side(a), change: compareIndicator(b, a) };
  });

  const areas = after.areas.map(({ area, meanPoints: meanPointsAfter }) => {
    const meanPointsBefore = before.areas.find((g) => g.area === area)?.meanPoints ?? null;
    const change: SelfAssessmentChange =
      meanPointsBefore === null || meanPointsAfter === null
        ? 'not_comparable'
        : meanPointsAfter > meanPointsBefore
          ? 'improved'
          : meanPointsAfter < meanPointsBefore
            ? 'fell'
            : 'unchanged';
    return { area, meanPointsBefore, meanPointsAfter, change };
  });
  return {
    indicators,
    areas,
    improved: indicators.filter((i) => i.change === 'improved').map((i) => i.indicatorId),
    fell: indicators.filter((i) => i.change === 'fell').map((i) => i.indicatorId),
    improvedAreas: areas.filter((a) => a.change === 'improved').map((a) => a.area),
  };
}
