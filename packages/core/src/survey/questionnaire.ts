// A questionnaire as Kume stores and edits it: pages of questions of a few types, each with
// Turkish and English text. Rendering converts it to SurveyJS JSON (toSurveyJs); the editor,
// the API and the analysis all read this one model.

import { z } from 'zod';
import { localTextSchema } from './localText';
import { RELATION_TYPES } from './relationTypes';

export const QUESTION_TYPES = [
  'text',
  'longText',
  'single',
  'multiple',
  'likert',
  'number',
  'matrix',
  'relation',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A question's id: the key of its answer and its column in exports. */
export const questionIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, {
  message: 'lower-case letters, digits and _, starting with a letter (at most 40)',
});

export const choiceSchema = z.object({
  value: z.string().trim().min(1).max(60),
  text: localTextSchema,
});
export type Choice = z.output<typeof choiceSchema>;

/** Show the question only when an earlier answer says so. */
export const conditionSchema = z.object({
  questionId: questionIdSchema,
  operator: z.enum(['equals', 'notEquals', 'contains', 'answered']),
  value: z.string().max(60).optional(),
});
export type Condition = z.output<typeof conditionSchema>;

/** What a question measures for the quota and the breakdowns, if anything. */
export const SEGMENTS = ['value_chain_stage', 'size', 'district'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const questionSchema = z.object({
  id: questionIdSchema,
  type: z.enum(QUESTION_TYPES),
  title: localTextSchema,
  description: localTextSchema.optional(),
  required: z.boolean().default(false),
  visibleIf: conditionSchema.optional(),
  /** single, multiple (and the columns of a likert scale when not numeric). */
  choices: z.array(choiceSchema).max(100).optional(),
  /** single and multiple: allow "Other (please specify)". */
  allowOther: z.boolean().optional(),
  /** likert: number of points and the labels of the ends. */
  likert: z
    .object({
      points: z.union([z.literal(5), z.literal(7)]),
      minLabel: localTextSchema,
      maxLabel: localTextSchema,
    })
    .optional(),
  /** number: limits and unit. */
  number: z
    .object({
      min: z.number().optional(),
      max: z.number().optional(),
      unit: localTextSchema.optional(),
    })
    .optional(),
  /** matrix: statements (rows) rated on the same columns. */
  matrix: z
    .object({
      rows: z.array(choiceSchema).min(1).max(50),
      columns: z.array(choiceSchema).min(2).max(12),
    })
    .optional(),
  /** relation: which partners it asks for and how many at most. */
  relation: z
    .object({
      relationType: z.enum(RELATION_TYPES),
      maxItems: z.number().int().min(1).max(20).default(5),
    })
    .optional(),
  segment: z.enum(SEGMENTS).optional(),
});
export type Question = z.output<typeof questionSchema>;

export const pageSchema = z.object({
  title: localTextSchema.optional(),
  questions: z.array(questionSchema).max(200),
});

export const QUESTIONNAIRE_KINDS = [
  'firm_interview',
  'institution_interview',
  'focus_group',
  'custom',
] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

export const questionnaireSchema = z
  .object({
    title: localTextSchema,
    description: localTextSchema.optional(),
    kind: z.enum(QUESTIONNAIRE_KINDS).default('custom'),
    pages: z.array(pageSchema).min(1).max(30),
  })
  .superRefine((questionnaire, ctx) => {
    const seen = new Map<string, number>();
    questionnaire.pages.forEach((page, p) =>
      page.questions.forEach((question, q) => {
        const path = ['pages', p, 'questions', q];
        if (seen.has(question.id))
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `the id "${question.id}" is used twice`,
          });
        if (question.visibleIf && !seen.has(question.visibleIf.questionId)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'visibleIf', 'questionId'],
            message: `no earlier question has the id "${question.visibleIf.questionId}"`,
          });
        }
        seen.set(question.id, p);
        const needs: Partial<Record<string, string>> = {
          single: 'choices',
          multiple: 'choices',
          likert: 'likert',
          matrix: 'matrix',
          relation: 'relation',
        };
        const part = needs[question.type];
        if (part && !question[part as keyof typeof question]) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, part],
            message: `a ${question.type} question needs its ${part}`,
          });
        }
        // SurveyJS's Other item has the fixed value `other`; Kume stores it as `other:<text>`.
        const clash = question.allowOther
          ? (question.choices ?? []).findIndex(
              (c) => c.value === 'other' || c.value.startsWith('other:'),
            )
          : -1;
        if (clash >= 0) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'choices', clash, 'value'],
            message: 'the value "other" is kept for the "Other" answer when allowOther is on',
          });
        }
      }),
    );
  });
export type Questionnaire = z.output<typeof questionnaireSchema>;

/** Every question, in order, with its page index. */
export function allQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.pages.flatMap((page) => page.questions);
}
