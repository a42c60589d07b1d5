// One response's answers in words, for the responses drawer: question titles, choice labels,
// matrix rows with their column, relation partners with type, share, frequency and location.

import {
  allQuestions,
  localText,
  RELATION_FREQUENCY_LABELS,
  RELATION_LOCATION_LABELS,
  RELATION_TYPE_LABELS,
  type AnswerValue,
  type Answers,
  type Choice,
  type Question,
  type Questionnaire,
  type RelationAnswer,
} from '@kume/core';

/** A partner named in a relation answer, in words. */
export interface ReadableRelation {
  name: string;
  /** True when the respondent typed a name not in the registry. */
  typedIn: boolean;
  type: string;
  share: string;
  frequency: string;
  location: string;
}

export type ReadableAnswer = { id: string; title: string } & (
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'relations'; relations: ReadableRelation[] }
);

export interface ReadableOptions {
  language: string;
  /** Registry names by organisation id, for relation partners picked from the registry. */
  organisationNames: ReadonlyMap<string, string>;
  /** "Other" in the UI language, for `other:<text>` answers. */
  otherLabel: string;
}

const isEmpty = (value: AnswerValue | undefined) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

function choiceLabel(choices: readonly Choice[] | undefined, value: string, o: ReadableOptions) {
  if (value.startsWith('other:')) return `${o.otherLabel}: ${value.slice('other:'.length)}`;
  const choice = choices?.find((c) => c.value === value);
  return choice ? localText(choice.text, o.language) : value;
}

function relation(
  answer: RelationAnswer,
  o: ReadableOptions,
  fallback: Question,
): ReadableRelation {
  const registered = answer.organisationId
    ? o.organisationNames.get(answer.organisationId)
    : undefined;
  const type = answer.relationType ?? fallback.relation?.relationType;
  const number = new Intl.NumberFormat(o.language === 'tr' ? 'tr-TR' : 'en-GB');
  return {
    name: registered ?? answer.organisationName ?? answer.organisationId ?? '',
    typedIn: !registered && Boolean(answer.organisationName),
    type: type ? localText(RELATION_TYPE_LABELS[type], o.language) : '',
    share: answer.sharePercent == null ? '' : `${number.format(answer.sharePercent)} %`,
    frequency: answer.frequency
      ? localText(RELATION_FREQUENCY_LABELS[answer.frequency], o.language)
      : '',
    location: answer.location
      ? localText(RELATION_LOCATION_LABELS[answer.location], o.language)
      : '',
  };
}

/** The answer to one question in words. */
export function readableAnswer(
  question: Question,
  value: AnswerValue | undefined,
  o: ReadableOptions,
): ReadableAnswer {
  const head = { id: question.id, title: localText(question.title, o.language) || question.id };
  if (isEmpty(value)) return { ...head, kind: 'none' };
  const number = new Intl.NumberFormat(o.language === 'tr' ? 'tr-TR' : 'en-GB');
  switch (question.type) {
    case 'single':
      return { ...head, kind: 'text', text: choiceLabel(question.choices, String(value), o) };
    case 'multiple':
      return {
        ...head,
        kind: 'list',
        items: (Array.isArray(value) ? value : [value]).map((v) =>
          choiceLabel(question.choices, String(v), o),
        ),
      };
    case 'likert': {
      const points = question.likert?.points ?? 5;
      return { ...head, kind: 'text', text: `${number.format(Number(value))} / ${points}` };
    }
    case 'number': {
      const unit = localText(question.number?.unit, o.language);
      const shown = typeof value === 'number' ? number.format(value) : String(value);
      return { ...head, kind: 'text', text: unit ? `${shown} ${unit}` : shown };
    }
    case 'matrix': {
      const cells = typeof value === 'object' && !Array.isArray(value) && value ? value : {};
      const rows = question.matrix?.rows ?? [];
      const items = Object.entries(cells).map(([row, column]) => {
        const rowLabel = choiceLabel(rows, row, o);
        return `${rowLabel}: ${choiceLabel(question.matrix?.columns, String(column), o)}`;
      });
      return { ...head, kind: 'list', items };
    }
    case 'relation':
      return {
        ...head,
        kind: 'relations',
        relations: (Array.isArray(value) ? (value as RelationAnswer[]) : []).map((answer) =>
          relation(answer, o, question),
        ),
      };
    default:
      return {
        ...head,
        kind: 'text',
        text: typeof value === 'string' ? value : JSON.stringify(value),
      };
  }
}

/**
 * Every question of the questionnaire in order with its answer (kind `none` when unanswered),
 * then answers to ids the questionnaire no longer has (e.g. an import), under their ids.
 */
export function readableAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  o: ReadableOptions,
): ReadableAnswer[] {
  const questions = allQuestions(questionnaire);
  const known = new Set(questions.map((question) => question.id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id) && !isEmpty(answers[id]));
  return [
    ...questions.map((question) => readableAnswer(question, answers[question.id], o)),
    ...unknown.map((id) => ({
      id,
      title: id,
      kind: 'text' as const,
      text: typeof answers[id] === 'string' ? answers[id] : JSON.stringify(answers[id]),
    })),
  ];
}
