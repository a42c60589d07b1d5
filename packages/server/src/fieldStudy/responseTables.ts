// The tables of a questionnaire's response export: one row per submitted response and one
// column per answer (matrix: one per row; a text question's tags in `id.tags` beside it), the
// relations the responses reported, and the questions with their titles (the legend).

import {
  allQuestions,
  type AnswerValue,
  type LocalText,
  type Question,
  type Questionnaire,
} from '@kume/core';
import type { QuestionnaireRelation, SubmittedResponse } from '@kume/db';
import type { Cell } from '@kume/io';

export interface Table {
  headings: string[];
  rows: Cell[][];
}

/** One column of answers: its heading (the question id, `id.row` for a matrix row) and its cell. */
export interface AnswerColumn {
  key: string;
  question: Question;
  /** The matrix row's value, for a matrix column. */
  row?: string;
}

export const RESPONSE_COLUMNS = [
  'response_id',
  'organisation',
  'channel',
  'submitted_at',
  'respondent',
] as const;

/** The answer columns of a questionnaire, in question order. */
export function answerColumns(questionnaire: Questionnaire): AnswerColumn[] {
  return allQuestions(questionnaire).flatMap((question) =>
    question.type === 'matrix'
      ? (question.matrix?.rows ?? []).map((row) => ({
          key: `${question.id}.${row.value}`,
          question,
          row: row.value,
        }))
      : [{ key: question.id, question }],
  );
}

/** A stored answer as one cell; relation answers as the number of partners named. */
function answerCell(column: AnswerColumn, value: AnswerValue | undefined): Cell {
  if (value === undefined || value === null) return null;
  const { question } = column;
  if (question.type === 'relation') return Array.isArray(value) ? value.length : null;
  if (question.type === 'matrix') {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    return (value as Record<string, string>)[column.row ?? ''] ?? null;
  }
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === 'string').join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** The tags a facilitator put on one free-text answer; [] when none. */
export type AnswerTagsOf = (responseId: string, questionId: string) => readonly string[];

/** The heading of the column that holds a text question's tags. */
export const tagsColumnKey = (questionId: string) => `${questionId}.tags`;

const isTextQuestion = (question: Question) =>
  question.type === 'text' || question.type === 'longText';

/** The export's columns: the answer columns, each text question's followed by its tags column. */
function exportColumns(questionnaire: Questionnaire) {
  return answerColumns(questionnaire).flatMap((column) =>
    isTextQuestion(column.question)
      ? [column, { ...column, key: tagsColumnKey(column.question.id), tags: true }]
      : [column],
  );
}

/**
 * One row per submitted response. A text question's tags come in the column `id.tags` after it,
 * joined with "; " (empty when untagged); the response import ignores these columns.
 */
export function responsesTable(
  questionnaire: Questionnaire,
  rows: SubmittedResponse[],
  tagsOf: AnswerTagsOf = () => [],
): Table {
  const columns = exportColumns(questionnaire);
  return {
    headings: [...RESPONSE_COLUMNS, ...columns.map((c) => c.key)],
    rows: rows.map((response) => [
      response.id,
      response.organisationName,
      response.channel,
      response.submittedAt?.toISOString() ?? null,
      response.respondentName,
      ...columns.map((column) =>
        'tags' in column
          ? tagsOf(response.id, column.question.id).join('; ') || null
          : answerCell(column, response.answers[column.question.id]),
      ),
    ]),
  };
}

export function relationsTable(relations: QuestionnaireRelation[]): Table {
  return {
    headings: [
      'response_id',
      'respondent',
      'question',
      'partner',
      'type',
      'share',
      'frequency',
      'location',
      'confirmed',
    ],
    rows: relations.map((r) => {
      // The partner is the organisation on the other side of the one that reported the relation.
      const reporterIsSource = r.reportedByOrganisationId !== r.targetOrganisationId;
      return [
        r.responseId,
        reporterIsSource ? r.sourceName : r.targetName,
        r.questionId,
        reporterIsSource ? r.targetName : r.sourceName,
        r.relationType,
        r.sharePercent,
        r.frequency,
        r.location,
        r.confirmed ? 'yes' : 'no',
      ];
    }),
  };
}

/** The legend: each answer column with its question's title and type, and the choices as `value = text`. */
export function questionsTable(questionnaire: Questionnaire, language: 'tr' | 'en'): Table {
  const text = (t: LocalText | undefined) => (t ? t[language] || t.tr || t.en : '');
  return {
    headings: ['column', 'question_id', 'type', 'title', 'choices'],
    rows: exportColumns(questionnaire).map((column) => {
      const { key, question, row } = column;
      if ('tags' in column)
        return [
          key,
          question.id,
          'tags',
          `${text(question.title)} [${language === 'tr' ? 'etiketler' : 'tags'}]`,
          language === 'tr'
            ? 'cevaba verilen etiketler, "; " ile ayrılmış'
            : 'the tags on the answer, separated by "; "',
        ];
      const rowText = row ? question.matrix?.rows.find((r) => r.value === row)?.text : undefined;
      const choices = question.type === 'matrix' ? question.matrix?.columns : question.choices;
      return [
        key,
        question.id,
        question.type,
        rowText ? `${text(question.title)} [${text(rowText)}]` : text(question.title),
        question.type === 'relation'
          ? 'number of partners named (see the relations table)'
          : (choices ?? []).map((c) => `${c.value} = ${text(c.text)}`).join('; '),
      ];
    }),
  };
}
