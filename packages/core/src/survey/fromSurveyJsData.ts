// Converts between SurveyJS's `survey.data` and Kume's Answers: "Other" texts move between the
// `<id>-Comment` key and an `other:<text>` value, relation panels become RelationAnswer lists.

import {
  answerOf,
  OTHER_PREFIX,
  type AnswerValue,
  type Answers,
  type RelationAnswer,
} from './answers';
import { allQuestions, type Question, type Questionnaire } from './questionnaire';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from './relationTypes';
import type { SurveyJsData, SurveyJsValue } from './surveyJsJson';
import { NEW_ORGANISATION_VALUE } from './toSurveyJs';

/** SurveyJS's value of its "Other" item (fixed in survey-core). */
export const SURVEYJS_OTHER_VALUE = 'other';
const commentKey = (id: string): string => `${id}-Comment`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** A finite number from a number or a numeric string (SurveyJS number inputs may give either). */
function toFiniteNumber(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? Number(value)
        : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The answers in SurveyJS data: values of unknown names are dropped, numbers become numbers, the
 * Other item becomes `other:<text>` (also when no text was typed yet: `other:`), relation panels
 * become RelationAnswer[] (the `__new` organisation becomes its typed `organisationName`, even an
 * empty one; a panel with nothing chosen but the preset relation type is dropped). Values of the
 * wrong shape are dropped too: validateAnswers checks what remains.
 */
export function fromSurveyJsData(questionnaire: Questionnaire, data: unknown): Answers {
  const answers: Answers = {};
  if (!isRecord(data)) return answers;
  for (const question of allQuestions(questionnaire)) {
    const own = (key: string): unknown => (Object.hasOwn(data, key) ? data[key] : undefined);
    const value = fromSurveyJsValue(question, own(question.id), own(commentKey(question.id)));
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}

function fromSurveyJsValue(
  question: Question,
  value: unknown,
  comment: unknown,
): AnswerValue | undefined {
  const other = (choice: string): string =>
    question.allowOther && choice === SURVEYJS_OTHER_VALUE
      ? OTHER_PREFIX + (typeof comment === 'string' ? comment : '')
      : choice;
  switch (question.type) {
    case 'text':
    case 'longText':
      return typeof value === 'string' && value !== '' ? value : undefined;
    case 'single':
      return typeof value === 'string' && value !== '' ? other(value) : undefined;
    case 'multiple':
      return Array.isArray(value)
        ? value.filter((choice): choice is string => typeof choice === 'string').map(other)
        : undefined;
    case 'likert':
    case 'number':
      return toFiniteNumber(value);
    case 'matrix': {
      if (!isRecord(value)) return undefined;
      const rows = Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      );
      return Object.fromEntries(rows);
    }
    case 'relation':
      return Array.isArray(value)
        ? value
            .map(relationFromPanel)
            .filter((answer): answer is RelationAnswer => answer !== undefined)
        : undefined;
  }
}

function relationFromPanel(panel: unknown): RelationAnswer | undefined {
  if (!isRecord(panel)) return undefined;
  const answer: RelationAnswer = {};
  const { organisationId, organisationName } = panel;
  if (organisationId === NEW_ORGANISATION_VALUE)
    answer.organisationName = typeof organisationName === 'string' ? organisationName.trim() : '';
  else if (typeof organisationId === 'string' && organisationId)
    answer.organisationId = organisationId;
  if (oneOf(RELATION_TYPES, panel.relationType)) answer.relationType = panel.relationType;
  const share = toFiniteNumber(panel.sharePercent);
  if (share !== undefined) answer.sharePercent = share;
  if (oneOf(RELATION_FREQUENCIES, panel.frequency)) answer.frequency = panel.frequency;
  if (oneOf(RELATION_LOCATIONS, panel.location)) answer.location = panel.location;
  const filled = Object.keys(answer).filter((key) => key !== 'relationType');
  return filled.length > 0 ? answer : undefined;
}

/**
 * The SurveyJS data for saved answers (restoring a draft into the form): the reverse of
 * fromSurveyJsData, so that `fromSurveyJsData(q, toSurveyJsData(q, a))` gives back valid answers `a`.
 */
export function toSurveyJsData(questionnaire: Questionnaire, answers: Answers): SurveyJsData {
  const data: SurveyJsData = {};
  for (const question of allQuestions(questionnaire)) {
    const value = answerOf(answers, question.id);
    if (value === undefined || value === null) continue;
    const toChoice = (choice: string): string => {
      if (!question.allowOther || !choice.startsWith(OTHER_PREFIX)) return choice;
      data[commentKey(question.id)] = choice.slice(OTHER_PREFIX.length);
      return SURVEYJS_OTHER_VALUE;
    };
    let converted: SurveyJsValue | undefined;
    if (question.type === 'single' && typeof value === 'string') converted = toChoice(value);
    else if (question.type === 'multiple' && Array.isArray(value))
      converted = value
        .filter((choice): choice is string => typeof choice === 'string')
        .map(toChoice);
    else if (question.type === 'relation' && Array.isArray(value))
      converted = value
        .filter((item): item is RelationAnswer => isRecord(item))
        .map(panelFromRelation);
    else if (!Array.isArray(value)) converted = value;
    if (converted !== undefined) data[question.id] = converted;
  }
  return data;
}

function panelFromRelation(answer: RelationAnswer): Record<string, string | number> {
  const panel: Record<string, string | number> = {
    organisationId: answer.organisationId ?? NEW_ORGANISATION_VALUE,
  };
  if (answer.organisationId === undefined) panel.organisationName = answer.organisationName ?? '';
  if (answer.relationType !== undefined) panel.relationType = answer.relationType;
  if (answer.sharePercent !== undefined) panel.sharePercent = answer.sharePercent;
  if (answer.frequency !== undefined) panel.frequency = answer.frequency;
  if (answer.location !== undefined) panel.location = answer.location;
  return panel;
}
