// What a finished workshop gives the project, in the shape the server stores and the roadmap reads:
// the confirmed vision, the weighted success factors in the importance-performance matrix and the
// ranked skills gaps. Rounds are found by their `result` role, not by template.

import { importancePerformance, type IpaQuadrant } from './importancePerformance';
import { type SkillGap, skillsGapMatrix } from './skillsGapMatrix';
import { type VotingResult, votingResults } from './votingResults';
import type { RoundResult } from './workshopModel';
import {
  type RoundState,
  votableItems,
  type WorkshopItem,
  type WorkshopState,
} from './workshopState';

export interface WorkshopResults {
  /** The decided vision text and how many confirmed it; null when no vision was decided. */
  vision: { text: string; confirmedBy: number } | null;
  /** The success factors in their round's order; ids are the factors round's item ids. */
  factors: {
    id: string;
    text: string;
    /** Share of the group's weighting, the factors' weights summing to 1; null when not weighted. */
    weight: number | null;
    /** Mean performance rating (1-5); null when not rated. */
    performance: number | null;
    quadrant: IpaQuadrant | null;
  }[];
  /** Ranked by priority (skillsGapMatrix); factorId is the heading (project factor id) or null. */
  skills: Omit<SkillGap, 'id'>[];
}

function roundWith(state: WorkshopState, result: RoundResult): RoundState | undefined {
  const definition = state.definition.rounds.find((round) => round.result === result);
  return definition ? state.rounds[definition.id] : undefined;
}

/** The decision's chosen items when there are some, else the items not grouped under another. */
function keptItems(round: RoundState): WorkshopItem[] {
  const chosen = round.decision?.chosenItemIds ?? [];
  if (chosen.length === 0) return votableItems(round);
  return chosen.flatMap((itemId) => round.items.filter((item) => item.id === itemId));
}

/**
 * Each item's score keyed by the id it was copied from: pairwise weights; dot, point and Borda
 * totals and rating means as shares of their sum (weights) or as they are (`means`).
 */
function scoresBySource(
  state: WorkshopState,
  result: RoundResult,
  as: 'shares' | 'means',
): Map<string, number | null> {
  const round = roundWith(state, result);
  const scores = new Map<string, number | null>();
  if (!round) return scores;
  const results: VotingResult | undefined = votingResults(state, round.roundId);
  if (!results || results.ballots === 0) return scores;
  const raw = new Map<string, number | null>(
    results.items.map((row) => [
      row.itemId,
      'weight' in row
        ? row.weight
        : 'total' in row
          ? row.total
          : 'score' in row
            ? row.score
            : row.mean,
    ]),
  );
  const sum = [...raw.values()].reduce<number>((total, value) => total + (value ?? 0), 0);
  for (const item of round.items) {
    const value = raw.get(item.id) ?? null;
    const score = value === null || as === 'means' ? value : sum > 0 ? value / sum : null;
    scores.set(item.sourceItemId ?? item.id, score);
  }
  return scores;
}

/** The project's results from a workshop's state; parts its rounds do not have are empty. */
export function workshopResults(state: WorkshopState): WorkshopResults {
  const visionRound = roundWith(state, 'vision');
  const visionText = visionRound?.decision?.text ?? null;
  const vision =
    visionRound && visionText !== null
      ? { text: visionText, confirmedBy: visionRound.confirmedBy.length }
      : null;

  const factorRound = roundWith(state, 'factors');
  const weights = scoresBySource(state, 'factor_weight', 'shares');
  const performance = scoresBySource(state, 'factor_performance', 'means');
  const matrix = importancePerformance(
    (factorRound ? keptItems(factorRound) : []).map((item) => ({
      id: item.id,
      text: item.text,
      importance: weights.get(item.id) ?? null,
      performance: performance.get(item.id) ?? null,
    })),
  );
  const factors = matrix.rows.map(({ id, text, importance, performance, quadrant }) => ({
    id,
    text,
    weight: importance,
    performance,
    quadrant,
  }));

  const skillRound = roundWith(state, 'skills');
  const importance = scoresBySource(state, 'skill_importance', 'means');
  const current = scoresBySource(state, 'skill_current', 'means');
  const required = scoresBySource(state, 'skill_required', 'means');
  const skills = skillsGapMatrix(
    (skillRound ? keptItems(skillRound) : []).map((item) => ({
      id: item.id,
      factorId: item.categoryId,
      text: item.text,
      importance: importance.get(item.id) ?? null,
      current: current.get(item.id) ?? null,
      required: required.get(item.id) ?? null,
    })),
  ).map(({ id: _id, ...skill }) => skill);

  return { vision, factors, skills };
}
