// What a submission stores besides its answers: the relations it reports and what it says about
// the respondent's own organisation (its name, and registry fields from the segment questions).

import { allQuestions, relationsFromAnswers, type Answers, type Questionnaire } from '@kume/core';
import type { RespondentProfile, SubmissionContent } from '@kume/db';

/** The question whose answer names the respondent's firm (public link without an organisation). */
export const FIRM_NAME_QUESTION = 'firm_name';

/**
 * The profile from validated answers: the firm name (question `firm_name`), the value-chain stage
 * as the chosen choice's English text, employees from a numeric size question, the district as
 * typed (or a choice's English text). "Other" answers fill nothing.
 */
export function respondentProfile(
  questionnaire: Questionnaire,
  answers: Answers,
): RespondentProfile {
  const profile: RespondentProfile = {};
  const firmName = answers[FIRM_NAME_QUESTION];
  if (typeof firmName === 'string' && firmName.trim()) profile.firmName = firmName.trim();
  for (const question of allQuestions(questionnaire)) {
    const value = answers[question.id];
    if (!question.segment || value === undefined || value === null) continue;
    const text =
      typeof value === 'string'
        ? question.choices
          ? question.choices.find((choice) => choice.value === value)?.text.en
          : value.trim()
        : undefined;
    if (question.segment === 'value_chain_stage' && text) profile.valueChainStage = text;
    if (question.segment === 'district' && text) profile.district = text;
    if (question.segment === 'size' && typeof value === 'number' && Number.isFinite(value))
      profile.employees = value;
  }
  return profile;
}

/** The answers with their relations and profile, ready for the database. */
export function submissionContent(
  questionnaire: Questionnaire,
  answers: Answers,
): SubmissionContent {
  return {
    answers,
    relations: relationsFromAnswers(questionnaire, answers),
    profile: respondentProfile(questionnaire, answers),
  };
}
