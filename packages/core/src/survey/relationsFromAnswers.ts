// The relations a response reports: one per partner named in its relation questions, as the
// server stores them for the cluster map (the respondent's organisation is the source).

import { foldForSearch } from '../text/foldForSearch';
import { answerOf, type Answers, type RelationAnswer } from './answers';
import { allQuestions, type Questionnaire } from './questionnaire';
import type { RelationFrequency, RelationLocation, RelationType } from './relationTypes';

/** One relation as the respondent reported it, from the respondent's side. */
export interface ReportedRelation {
  /** The relation question it answers. */
  questionId: string;
  /** A registry organisation, when picked. */
  targetOrganisationId?: string;
  /** The typed name of a partner not in the registry (the server adds it, flagged for review). */
  targetName?: string;
  relationType: RelationType;
  sharePercent?: number;
  frequency?: RelationFrequency;
  location?: RelationLocation;
}

const isRelationAnswer = (value: unknown): value is RelationAnswer =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The relations in `answers` (validated answers: see validateAnswers), in question order. The
 * relation type defaults to the question's. Panels naming no partner are skipped, as is the
 * respondent naming itself (`respondentOrganisationId`). A partner named twice with the same
 * type (in one question or two) is reported once, the first time; names compare folded
 * ("ŞAHİN Döküm" is "Şahin döküm").
 */
export function relationsFromAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  respondentOrganisationId?: string,
): ReportedRelation[] {
  const relations: ReportedRelation[] = [];
  const seen = new Set<string>();
  for (const question of allQuestions(questionnaire)) {
    const value = answerOf(answers, question.id);
    if (question.type !== 'relation' || !Array.isArray(value)) continue;
    for (const answer of value.filter(isRelationAnswer)) {
      const name = answer.organisationName?.trim();
      const target = answer.organisationId
        ? `id:${answer.organisationId}`
        : name
          ? `name:${foldForSearch(name)}`
          : undefined;
      if (!target) continue;
      if (respondentOrganisationId && answer.organisationId === respondentOrganisationId) continue;
      const relationType = answer.relationType ?? question.relation?.relationType ?? 'supplier';
      const key = `${relationType} ${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({
        questionId: question.id,
        ...(answer.organisationId
          ? { targetOrganisationId: answer.organisationId }
          : { targetName: name }),
        relationType,
        ...(answer.sharePercent !== undefined && { sharePercent: answer.sharePercent }),
        ...(answer.frequency && { frequency: answer.frequency }),
        ...(answer.location && { location: answer.location }),
      });
    }
  }
  return relations;
}
