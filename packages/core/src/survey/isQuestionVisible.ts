// Whether a conditional question is shown, decided on the answers the way SurveyJS decides it in
// the browser, so that the server checks required answers only where the respondent saw them.

import { answerOf, OTHER_PREFIX, type Answers } from './answers';
import type { Question } from './questionnaire';

/** SurveyJS compares strings trimmed and case-insensitively (settings.comparator defaults). */
const normalise = (text: string): string => text.trim().toLowerCase();
const numeric = (text: string): number | undefined => {
  const number = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(number) ? number : undefined;
};

/** A scalar answer equals the condition's value: numerically when both are numbers ("5.0" = 5). */
function scalarEquals(answer: string | number, value: string): boolean {
  // An "Other" answer is the value `other` in SurveyJS's data.
  const text =
    typeof answer === 'string' && answer.startsWith(OTHER_PREFIX) ? 'other' : String(answer);
  const a = numeric(text);
  const b = numeric(value);
  if (a !== undefined && b !== undefined) return a === b;
  return normalise(text) === normalise(value);
}

/** Empty as SurveyJS's `empty`: nothing, an empty text, an empty list or an empty object. */
export function isAnswerEmpty(answer: unknown): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === 'object') return Object.keys(answer).length === 0;
  return false;
}

/**
 * Whether `question` is shown given `answers`: true without a condition. `equals` / `notEquals`
 * compare a single answer (a list never equals a value, so `notEquals` holds for it and for no
 * answer); `contains` asks whether a list holds the value or a text contains it; `answered` is
 * "not empty". The caller removes answers of hidden questions first when conditions chain
 * (validateAnswers does: SurveyJS clears them, clearInvisibleValues 'onHidden').
 */
export function isQuestionVisible(question: Question, answers: Answers): boolean {
  const condition = question.visibleIf;
  if (!condition) return true;
  const answer = answerOf(answers, condition.questionId);
  const value = condition.value ?? '';
  const equals =
    (typeof answer === 'string' || typeof answer === 'number') && scalarEquals(answer, value);
  switch (condition.operator) {
    case 'equals':
      return equals;
    case 'notEquals':
      return !equals;
    case 'contains':
      if (Array.isArray(answer))
        return answer.some((item) => typeof item === 'string' && scalarEquals(item, value));
      if (typeof answer === 'string' || typeof answer === 'number')
        return normalise(String(answer)).includes(normalise(value));
      return false;
    case 'answered':
      return !isAnswerEmpty(answer);
  }
}
