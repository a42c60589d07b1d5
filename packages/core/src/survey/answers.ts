// The answers of one response: a value per question id (the shape SurveyJS keeps as `survey.data`).

import type { RelationFrequency, RelationLocation, RelationType } from './relationTypes';

/** One partner named in a relation question. */
export interface RelationAnswer {
  /** An organisation of the project's registry, when picked from it. */
  organisationId?: string;
  /** The name typed when the partner is not in the registry. */
  organisationName?: string;
  /** Defaults to the question's relation type. */
  relationType?: RelationType;
  /** Share of purchases or sales with this partner, 0-100. */
  sharePercent?: number;
  frequency?: RelationFrequency;
  location?: RelationLocation;
}

export type AnswerValue =
  string | number | boolean | string[] | Record<string, string> | RelationAnswer[] | null;

export type Answers = Record<string, AnswerValue>;

/** An "Other" answer to a single or multiple choice question: this prefix, then the typed text. */
export const OTHER_PREFIX = 'other:';

/**
 * The answer to `questionId`, or undefined. Reads own keys only: a question may be called
 * `constructor`, which must not find Object.prototype's.
 */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}
