// The matrix a round feeds, drawn from the workshop's results so far: the importance-performance
// matrix in the factor performance round, the skills gap matrix in the skill rating rounds.

import { importancePerformance, type RoundResult, type WorkshopResults } from '@kume/core';
import { IpaMatrix } from './IpaMatrix';
import { SkillsGapMatrix } from './SkillsGapMatrix';

/** Whether the round (by its `result` role) has a matrix to show. */
export function roundHasMatrix(result: RoundResult | undefined): boolean {
  return (
    result === 'factor_performance' ||
    result === 'skill_importance' ||
    result === 'skill_current' ||
    result === 'skill_required'
  );
}

export function RoundMatrices({
  result,
  results,
  large = false,
}: {
  result: RoundResult | undefined;
  results: WorkshopResults;
  large?: boolean;
}) {
  if (result === 'factor_performance' && results.factors.length > 0) {
    const { importanceSplit, performanceSplit } = importancePerformance(
      results.factors.map(({ id, text, weight, performance }) => ({
        id,
        text,
        importance: weight,
        performance,
      })),
    );
    return (
      <IpaMatrix
        factors={results.factors}
        importanceSplit={importanceSplit}
        performanceSplit={performanceSplit}
        large={large}
      />
    );
  }
  if (roundHasMatrix(result) && results.skills.length > 0)
    return <SkillsGapMatrix skills={results.skills} large={large} />;
  return null;
}
