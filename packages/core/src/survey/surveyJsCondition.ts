// A questionnaire's show-when condition written as a SurveyJS expression, with values quoted so
// that no choice value (quotes, braces, backslashes, operators) can break out of its literal.

import type { Condition } from './questionnaire';

/**
 * Where survey-core's parser would rewrite a literal: before parsing it replaces `=>`, `=<`, `<>`
 * and `equals` anywhere in the expression, inside strings too (ConditionsParser.patchExpression).
 */
const REWRITTEN = /(?<==)(?=[<>])|(?<=<)(?=>)|(?<=equal)(?=s)/g;

/** One string literal; SurveyJS's only escapes are `\'` and `\"`. */
function literal(text: string): string {
  const escaped = text.replace(/["']/g, (quote) => `\\${quote}`);
  // A trailing backslash would escape the closing quote; SurveyJS compares strings trimmed, so a
  // space after it changes nothing.
  return `'${escaped.endsWith('\\') ? `${escaped} ` : escaped}'`;
}

/**
 * A SurveyJS expression whose value is `value`: one string literal, or literals joined with `+`
 * in parentheses where the value holds a sequence the parser would rewrite ("a=<b" becomes
 * `('a=' + '<b')`). Not covered, as survey-core's own limits: a value that looks like a number
 * or true/false is compared as one, and quotes around a whole answer are stripped.
 */
export function surveyJsString(value: string): string {
  const pieces = value.split(REWRITTEN).map(literal);
  return pieces.length === 1 ? (pieces[0] ?? "''") : `(${pieces.join(' + ')})`;
}

/**
 * The SurveyJS `visibleIf` for a condition. Question ids are `[a-z][a-z0-9_]*` (questionIdSchema),
 * so `{id}` needs no quoting. `contains` on a multiple-choice answer asks whether that choice is
 * ticked; `answered` is SurveyJS's `notempty` (an empty list or text counts as unanswered).
 */
export function surveyJsCondition(condition: Condition): string {
  const name = `{${condition.questionId}}`;
  const value = surveyJsString(condition.value ?? '');
  switch (condition.operator) {
    case 'equals':
      return `${name} = ${value}`;
    case 'notEquals':
      return `${name} <> ${value}`;
    case 'contains':
      return `${name} contains ${value}`;
    case 'answered':
      return `${name} notempty`;
  }
}
