// Checks the answers a respondent sends (draft or submission) against the questionnaire: shapes,
// choices, limits and sizes always; required answers only on submission and only where shown.

import { OTHER_PREFIX, type AnswerValue, type Answers } from './answers';
import { isAnswerEmpty, isQuestionVisible } from './isQuestionVisible';
import { localText } from './localText';
import { allQuestions, type Question, type Questionnaire } from './questionnaire';
import { validateRelationAnswers } from './validateRelationAnswers';
import { MAX_TEXT_LENGTH } from './toSurveyJs';

export interface AnswerError {
  /** Where: `answers`, `answers.<questionId>`, `answers.<questionId>.<index or row>[.<field>]`. */
  path: string;
  /** Plain English, naming the question by its English title. */
  message: string;
}

export interface ValidateAnswersOptions {
  /** Submitting: required answers are checked, answers of hidden questions are dropped. */
  submit: boolean;
  /** The project's organisations: when given, a relation answer must pick one of them (or type a name). */
  organisationIds?: ReadonlySet<string>;
}

/** Largest answers accepted, in bytes of their UTF-8 JSON. */
export const MAX_ANSWERS_BYTES = 256 * 1024;
/** Longest text typed for an "Other" choice, in characters. */
export const MAX_OTHER_LENGTH = 500;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value quoted for a message, cut short so that a huge or hostile value cannot flood it. */
const quoted = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
};

/** UTF-8 length of a text (a lone surrogate counts as the 3-byte replacement character). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The valid answers and every error. Answers left empty ('', blank text, [], {}, null) are
 * dropped, not errors. Incomplete parts are errors only on submission (a draft is saved as the
 * respondent types): required answers, an "Other" without its text, a relation without its
 * organisation. Visibility chains: a question whose condition refers to a hidden question reads
 * that answer as missing, as SurveyJS clears it.
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  input: unknown,
  options: ValidateAnswersOptions,
): { answers: Answers; errors: AnswerError[] } {
  if (!isRecord(input))
    return {
      answers: {},
      errors: [
        { path: 'answers', message: 'The answers must be an object of question ids and answers.' },
      ],
    };
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    json = undefined;
  }
  if (json === undefined)
    return {
      answers: {},
      errors: [{ path: 'answers', message: 'The answers cannot be read as JSON.' }],
    };
  const bytes = utf8Length(json);
  if (bytes > MAX_ANSWERS_BYTES) {
    const size = Math.ceil(bytes / 1024);
    return {
      answers: {},
      errors: [
        { path: 'answers', message: `The answers take ${size} KB; at most 256 KB are accepted.` },
      ],
    };
  }

  const questions = allQuestions(questionnaire);
  const known = new Set(questions.map((question) => question.id));
  const errors: AnswerError[] = Object.keys(input)
    .filter((id) => !known.has(id))
    .map((id) => ({
      path: `answers.${id}`,
      message: `There is no question ${quoted(id)} in this questionnaire.`,
    }));
  const answers: Answers = {};
  // The answers of shown questions: what later conditions read.
  const shown: Answers = {};
  for (const question of questions) {
    const visible = isQuestionVisible(question, shown);
    const before = errors.length;
    const raw = Object.hasOwn(input, question.id) ? input[question.id] : undefined;
    const value = checkAnswer(question, raw, options, errors);
    if (value !== undefined) {
      if (visible) shown[question.id] = value;
      if (visible || !options.submit) answers[question.id] = value;
    }
    if (options.submit && visible && question.required && errors.length === before)
      checkRequired(question, value, errors);
  }
  return { answers, errors };
}

/** The answer if valid (undefined when empty or invalid, with the errors pushed). */
function checkAnswer(
  question: Question,
  raw: unknown,
  options: ValidateAnswersOptions,
  errors: AnswerError[],
): AnswerValue | undefined {
  if (isAnswerEmpty(raw)) return undefined;
  const title = JSON.stringify(localText(question.title, 'en'));
  const path = `answers.${question.id}`;
  const fail = (message: string, at = path): undefined => {
    errors.push({ path: at, message });
    return undefined;
  };
  switch (question.type) {
    case 'text':
    case 'longText':
      if (typeof raw !== 'string') return fail(`${title} needs a text.`);
      if (raw.length > MAX_TEXT_LENGTH)
        return fail(
          `${title} takes at most 5,000 characters; this answer has ${raw.length.toLocaleString('en')}.`,
        );
      return raw;
    case 'single':
      if (typeof raw !== 'string') return fail(`${title} needs one choice.`);
      return checkChoice(question, raw, title, path, options.submit, errors);
    case 'multiple': {
      if (!Array.isArray(raw)) return fail(`${title} needs a list of choices.`);
      const chosen: string[] = [];
      const count = errors.length;
      raw.forEach((item, index) => {
        const at = `${path}.${index}`;
        if (typeof item !== 'string') return fail(`${title} needs choices as texts.`, at);
        if (chosen.includes(item)) return fail(`${title} lists ${quoted(item)} twice.`, at);
        if (item.startsWith(OTHER_PREFIX) && chosen.some((c) => c.startsWith(OTHER_PREFIX)))
          return fail(`${title} accepts one "Other" answer.`, at);
        if (checkChoice(question, item, title, at, options.submit, errors) !== undefined)
          chosen.push(item);
      });
      return errors.length === count ? chosen : undefined;
    }
    case 'likert': {
      const points = question.likert?.points ?? 5;
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > points)
        return fail(`${title} needs a whole number from 1 to ${points}.`);
      return raw;
    }
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return fail(`${title} needs a number.`);
      const { min, max } = question.number ?? {};
      if (min !== undefined && raw < min) return fail(`${title} must be at least ${min}.`);
      if (max !== undefined && raw > max) return fail(`${title} must be at most ${max}.`);
      return raw;
    }
    case 'matrix':
      return checkMatrix(question, raw, title, path, errors);
    case 'relation':
      return validateRelationAnswers(question, raw, { title, path, ...options }, errors);
  }
}

function checkChoice(
  question: Question,
  value: string,
  title: string,
  path: string,
  submit: boolean,
  errors: AnswerError[],
): string | undefined {
  if (question.choices?.some((choice) => choice.value === value)) return value;
  if (question.allowOther && value.startsWith(OTHER_PREFIX)) {
    const text = value.slice(OTHER_PREFIX.length);
    if (text.length > MAX_OTHER_LENGTH)
      errors.push({
        path,
        message: `${title}: the "Other" text takes at most ${MAX_OTHER_LENGTH} characters.`,
      });
    else if (submit && !text.trim())
      errors.push({ path, message: `${title}: please say what "Other" is.` });
    else return value;
    return undefined;
  }
  errors.push({ path, message: `${title} has no choice ${quoted(value)}.` });
  return undefined;
}

function checkMatrix(
  question: Question,
  raw: unknown,
  title: string,
  path: string,
  errors: AnswerError[],
): Record<string, string> | undefined {
  if (!isRecord(raw)) {
    errors.push({ path, message: `${title} needs an answer per row.` });
    return undefined;
  }
  const rows = new Set(question.matrix?.rows.map((row) => row.value));
  const columns = new Set(question.matrix?.columns.map((column) => column.value));
  const valid: [string, string][] = [];
  const count = errors.length;
  for (const [row, column] of Object.entries(raw)) {
    if (!rows.has(row))
      errors.push({ path: `${path}.${row}`, message: `${title} has no row ${quoted(row)}.` });
    else if (typeof column !== 'string' || !columns.has(column))
      errors.push({ path: `${path}.${row}`, message: `${title} has no column ${quoted(column)}.` });
    else valid.push([row, column]);
  }
  // fromEntries defines own keys, so even a row named "__proto__" stays an answer.
  return errors.length === count ? Object.fromEntries(valid) : undefined;
}

/** On submission: a required question is answered, a required matrix in every row. */
function checkRequired(
  question: Question,
  value: AnswerValue | undefined,
  errors: AnswerError[],
): void {
  const title = JSON.stringify(localText(question.title, 'en'));
  const path = `answers.${question.id}`;
  if (value === undefined) {
    errors.push({ path, message: `${title} needs an answer.` });
    return;
  }
  if (question.type !== 'matrix' || !isRecord(value)) return;
  const missing = question.matrix?.rows.filter((row) => !Object.hasOwn(value, row.value)) ?? [];
  if (missing[0])
    errors.push({
      path: `${path}.${missing[0].value}`,
      message: `${title} needs an answer in every row; ${JSON.stringify(localText(missing[0].text, 'en'))} has none.`,
    });
}
