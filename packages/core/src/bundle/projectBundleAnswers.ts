// Answers as a project bundle carries them: a relation answer names its organisation by the
// bundle's `organisationKey` instead of a database `organisationId`; every other answer is as stored.

import { z } from 'zod';
import type { AnswerValue, Answers, RelationAnswer } from '../survey/answers';
import { questionIdSchema } from '../survey/questionnaire';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from '../survey/relationTypes';

/**
 * A relation answer in a bundle. Strict, so that a database id (`organisationId`) cannot slip
 * into a bundle, where it would mean nothing on another installation.
 */
export const bundleRelationAnswerSchema = z.strictObject({
  organisationKey: z.string().min(1).max(100).optional(),
  organisationName: z.string().trim().max(200).optional(),
  relationType: z.enum(RELATION_TYPES).optional(),
  sharePercent: z.number().min(0).max(100).optional(),
  frequency: z.enum(RELATION_FREQUENCIES).optional(),
  location: z.enum(RELATION_LOCATIONS).optional(),
});
export type BundleRelationAnswer = z.output<typeof bundleRelationAnswerSchema>;

/** One answer value: the shapes of `AnswerValue`, with bundle relation answers. */
export const bundleAnswerValueSchema = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(2_000)).max(200),
  z.array(bundleRelationAnswerSchema).max(50),
  z.record(z.string().max(60), z.string().max(60)),
]);
export type BundleAnswerValue = Exclude<AnswerValue, RelationAnswer[]> | BundleRelationAnswer[];
export type BundleAnswers = Record<string, BundleAnswerValue>;

export const bundleAnswersSchema = z.record(questionIdSchema, bundleAnswerValueSchema);

/** A list of relation answers (objects), as opposed to a multiple-choice answer (strings). */
function isRelationList<T extends object>(value: unknown): value is T[] {
  return Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null);
}

/**
 * Stored answers for a bundle: `organisationId` becomes `organisationKey` through `keyOf`. An
 * id `keyOf` does not know is left out (the typed name, if any, stays).
 */
export function answersToBundle(
  answers: Answers,
  keyOf: (organisationId: string) => string | undefined,
): BundleAnswers {
  const result: BundleAnswers = {};
  for (const [questionId, value] of Object.entries(answers)) {
    if (!isRelationList<RelationAnswer>(value)) {
      result[questionId] = value;
      continue;
    }
    result[questionId] = value.map(({ organisationId, ...rest }) => {
      const organisationKey = organisationId === undefined ? undefined : keyOf(organisationId);
      return organisationKey === undefined ? rest : { organisationKey, ...rest };
    });
  }
  return result;
}

/** Bundle answers to store: `organisationKey` becomes `organisationId` through `idOf`. */
export function answersFromBundle(
  answers: BundleAnswers,
  idOf: (organisationKey: string) => string | undefined,
): Answers {
  const result: Answers = {};
  for (const [questionId, value] of Object.entries(answers)) {
    if (!isRelationList<BundleRelationAnswer>(value)) {
      result[questionId] = value;
      continue;
    }
    result[questionId] = value.map(({ organisationKey, ...rest }) => {
      const organisationId = organisationKey === undefined ? undefined : idOf(organisationKey);
      return organisationId === undefined ? rest : { organisationId, ...rest };
    });
  }
  return result;
}

/** Every relation answer of `answers` with its question id and position, for reference checks. */
export function bundleRelationAnswers(
  answers: BundleAnswers,
): { questionId: string; index: number; answer: BundleRelationAnswer }[] {
  return Object.entries(answers).flatMap(([questionId, value]) =>
    isRelationList<BundleRelationAnswer>(value)
      ? value.map((answer, index) => ({ questionId, index, answer }))
      : [],
  );
}
