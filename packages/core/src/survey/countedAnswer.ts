// Which answers count for the analysis: not the skipped ones, and not those to a question its
// condition hid from the respondent.

import type { AnswerValue, Answers } from './answers';
import type { Condition, Question } from './questionnaire';

/** null, blank text, an empty list and an empty matrix are no answer (SurveyJS's `notempty`). */
export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Trimmed and lower-cased, as SurveyJS compares strings by default (settings.comparator). */
const comparable = (text: string) => text.trim().toLowerCase();

/**
 * Whether a condition holds for a response, read as the SurveyJS expression surveyJsCondition
 * writes: equals / notEquals compare a text, number or yes/no answer with the value (a list
 * never equals a value; an unanswered question is "not equal"), contains asks whether a list has
 * the value or a text includes it, answered is `notempty`.
 */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const answer = answers[condition.questionId];
  if (condition.operator === 'answered') return !isEmptyAnswer(answer);
  const wanted = comparable(condition.value ?? '');
  const equals =
    (typeof answer === 'string' || typeof answer === 'number' || typeof answer === 'boolean') &&
    comparable(String(answer)) === wanted;
  if (condition.operator === 'equals') return equals;
  if (condition.operator === 'notEquals') return !equals;
  if (Array.isArray(answer))
    return answer.some((item) => typeof item === 'string' && comparable(item) === wanted);
  return typeof answer === 'string' && comparable(answer).includes(wanted);
}

/**
 * The answer that counts for the analysis: undefined when the question was skipped (empty
 * answer) or hidden by its condition for this response (a stale answer kept from before the
 * respondent changed an earlier one). The condition is read on this response's answers only;
 * a chain of conditions is not followed.
 */
export function countedAnswer(question: Question, answers: Answers): AnswerValue | undefined {
  if (question.visibleIf && !conditionHolds(question.visibleIf, answers)) return undefined;
  const answer = answers[question.id];
  return isEmptyAnswer(answer) ? undefined : answer;
}
