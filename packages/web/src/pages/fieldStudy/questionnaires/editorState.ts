// The questionnaire editor's operations on a draft, as pure functions: add, duplicate, delete
// and move questions and pages, change a question's type, and keep conditions consistent.

import { questionIdSchema, type Question, type QuestionType, type Questionnaire } from '@kume/core';

/** Where a question sits: its page and its index on that page. */
export interface QuestionPosition {
  page: number;
  index: number;
}

const emptyText = () => ({ tr: '', en: '' });

/**
 * The types that may carry a segment (value-chain stage, size, district): answers group by a
 * choice, a number (employees into size classes) or a typed text (a district).
 */
export const SEGMENT_TYPES: readonly QuestionType[] = ['single', 'number', 'text', 'longText'];
const MAX_ID_LENGTH = 40;

export function questionAt(draft: Questionnaire, at: QuestionPosition): Question | undefined {
  return draft.pages[at.page]?.questions[at.index];
}

/** Every question id of the draft. */
export function questionIds(draft: Questionnaire): Set<string> {
  return new Set(draft.pages.flatMap((page) => page.questions.map((question) => question.id)));
}

/**
 * An id not yet used in the draft: `base` itself when free, else `base_2`, `base_3`, ... The
 * base is cut so the result stays within the id's 40 characters.
 */
export function freshQuestionId(draft: Questionnaire, base = 'question'): string {
  const used = questionIds(draft);
  const clean = questionIdSchema.safeParse(base).success ? base : 'question';
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = clean.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate)) return candidate;
  }
}

/** A value for a new choice that no other choice in `choices` has (`option_1`, `option_2`...). */
export function freshChoiceValue(choices: readonly { value: string }[], base = 'option'): string {
  const used = new Set(choices.map((choice) => choice.value));
  for (let n = choices.length + 1; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * `question` as another type: the parts the new type needs are added with defaults (two empty
 * choices, a 5-point scale, a 2x2 matrix, a supplier relation), parts it cannot use are dropped.
 * Choices survive a change between single and multiple.
 */
export function withType(question: Question, type: QuestionType): Question {
  const { choices, allowOther, likert, number, matrix, relation, ...common } = question;
  const next: Question = { ...common, type };
  if (type === 'single' || type === 'multiple') {
    next.choices = choices ?? [
      { value: 'option_1', text: emptyText() },
      { value: 'option_2', text: emptyText() },
    ];
    if (allowOther !== undefined) next.allowOther = allowOther;
  }
  if (type === 'likert')
    next.likert = likert ?? { points: 5, minLabel: emptyText(), maxLabel: emptyText() };
  if (type === 'number') next.number = number ?? {};
  if (type === 'matrix')
    next.matrix = matrix ?? {
      rows: [{ value: 'row_1', text: emptyText() }],
      columns: [
        { value: 'column_1', text: emptyText() },
        { value: 'column_2', text: emptyText() },
      ],
    };
  if (type === 'relation') next.relation = relation ?? { relationType: 'supplier', maxItems: 5 };
  if (!SEGMENT_TYPES.includes(type)) delete next.segment;
  return next;
}

/** A new, empty question of `type` with a fresh id. */
export function newQuestion(draft: Questionnaire, type: QuestionType): Question {
  return withType(
    { id: freshQuestionId(draft, 'question'), type: 'text', title: emptyText(), required: false },
    type,
  );
}

function withPage(
  draft: Questionnaire,
  page: number,
  change: (questions: Question[]) => Question[],
): Questionnaire {
  return {
    ...draft,
    pages: draft.pages.map((p, i) => (i === page ? { ...p, questions: change(p.questions) } : p)),
  };
}

/** Adds a new question of `type` at the end of `page` (or after `afterIndex`). */
export function addQuestion(
  draft: Questionnaire,
  page: number,
  type: QuestionType,
  afterIndex?: number,
): { draft: Questionnaire; at: QuestionPosition } {
  const question = newQuestion(draft, type);
  const index =
    afterIndex === undefined ? (draft.pages[page]?.questions.length ?? 0) : afterIndex + 1;
  return {
    draft: withPage(draft, page, (questions) => [
      ...questions.slice(0, index),
      question,
      ...questions.slice(index),
    ]),
    at: { page, index },
  };
}

/**
 * Replaces the question at `at`. When its id changes, conditions that referred to the old id
 * follow it, so renaming never breaks a condition.
 */
export function updateQuestion(
  draft: Questionnaire,
  at: QuestionPosition,
  question: Question,
): Questionnaire {
  const old = questionAt(draft, at);
  const replaced = withPage(draft, at.page, (questions) =>
    questions.map((q, i) => (i === at.index ? question : q)),
  );
  if (!old || old.id === question.id) return replaced;
  return mapQuestions(replaced, (q) =>
    q.visibleIf?.questionId === old.id
      ? { ...q, visibleIf: { ...q.visibleIf, questionId: question.id } }
      : q,
  );
}

/** A copy of the question right after it, with a fresh id (`<id>_copy`, `<id>_copy_2`, ...). */
export function duplicateQuestion(
  draft: Questionnaire,
  at: QuestionPosition,
): { draft: Questionnaire; at: QuestionPosition } {
  const original = questionAt(draft, at);
  if (!original) return { draft, at };
  const base = original.id.slice(0, MAX_ID_LENGTH - '_copy'.length) + '_copy';
  const copy: Question = structuredClone({ ...original, id: freshQuestionId(draft, base) });
  return {
    draft: withPage(draft, at.page, (questions) => [
      ...questions.slice(0, at.index + 1),
      copy,
      ...questions.slice(at.index + 1),
    ]),
    at: { page: at.page, index: at.index + 1 },
  };
}

/** The questions whose condition refers to `questionId` (warn before deleting it). */
export function dependentsOf(draft: Questionnaire, questionId: string): Question[] {
  return draft.pages.flatMap((page) =>
    page.questions.filter((question) => question.visibleIf?.questionId === questionId),
  );
}

function mapQuestions(draft: Questionnaire, change: (q: Question) => Question): Questionnaire {
  return {
    ...draft,
    pages: draft.pages.map((page) => ({ ...page, questions: page.questions.map(change) })),
  };
}

/** Drops the conditions that refer to any of `ids` (those questions then always show). */
function dropConditionsOn(draft: Questionnaire, ids: ReadonlySet<string>): Questionnaire {
  return mapQuestions(draft, (question) => {
    if (!question.visibleIf || !ids.has(question.visibleIf.questionId)) return question;
    const { visibleIf: _dropped, ...rest } = question;
    return rest;
  });
}

/** Deletes the question; conditions that referred to it are removed (see dependentsOf). */
export function deleteQuestion(draft: Questionnaire, at: QuestionPosition): Questionnaire {
  const question = questionAt(draft, at);
  if (!question) return draft;
  const without = withPage(draft, at.page, (questions) =>
    questions.filter((_, i) => i !== at.index),
  );
  return dropConditionsOn(without, new Set([question.id]));
}

/**
 * Moves a question one place up (-1) or down (+1). At the top or bottom of its page it moves to
 * the end of the previous page or the start of the next one; null when it cannot move further.
 */
export function moveQuestion(
  draft: Questionnaire,
  at: QuestionPosition,
  direction: -1 | 1,
): { draft: Questionnaire; at: QuestionPosition } | null {
  const question = questionAt(draft, at);
  const page = draft.pages[at.page];
  if (!question || !page) return null;
  const target = at.index + direction;
  if (target >= 0 && target < page.questions.length) {
    const moved = withPage(draft, at.page, (questions) => {
      const next = [...questions];
      next[at.index] = questions[target] as Question;
      next[target] = question;
      return next;
    });
    return { draft: moved, at: { page: at.page, index: target } };
  }
  const otherPage = at.page + direction;
  if (otherPage < 0 || otherPage >= draft.pages.length) return null;
  const removed = withPage(draft, at.page, (questions) =>
    questions.filter((_, i) => i !== at.index),
  );
  const index = direction === -1 ? (draft.pages[otherPage]?.questions.length ?? 0) : 0;
  return {
    draft: withPage(removed, otherPage, (questions) => [
      ...questions.slice(0, index),
      question,
      ...questions.slice(index),
    ]),
    at: { page: otherPage, index },
  };
}

/** A new empty page after `afterPage` (at the end when omitted). */
export function addPage(draft: Questionnaire, afterPage?: number): Questionnaire {
  const index = afterPage === undefined ? draft.pages.length : afterPage + 1;
  return {
    ...draft,
    pages: [...draft.pages.slice(0, index), { questions: [] }, ...draft.pages.slice(index)],
  };
}

/** Deletes a page and its questions (conditions on them removed); the last page stays. */
export function deletePage(draft: Questionnaire, page: number): Questionnaire {
  if (draft.pages.length <= 1 || !draft.pages[page]) return draft;
  const gone = new Set(draft.pages[page].questions.map((question) => question.id));
  return dropConditionsOn({ ...draft, pages: draft.pages.filter((_, i) => i !== page) }, gone);
}

/** Moves a page one place up (-1) or down (+1); the draft unchanged at the ends. */
export function movePage(draft: Questionnaire, page: number, direction: -1 | 1): Questionnaire {
  return { ...draft, pages: moveItem(draft.pages, page, direction) };
}

/** A copy of `items` with the item at `index` swapped with its neighbour in `direction`. */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  const next = [...items];
  if (target < 0 || target >= items.length || index < 0 || index >= items.length) return next;
  next[index] = items[target] as T;
  next[target] = items[index] as T;
  return next;
}

/** The questions before `at`, in order: the ones a condition may refer to. */
export function earlierQuestions(draft: Questionnaire, at: QuestionPosition): Question[] {
  return draft.pages.flatMap((page, p) =>
    p < at.page ? page.questions : p === at.page ? page.questions.slice(0, at.index) : [],
  );
}

/**
 * Questions whose condition refers to a question that is not before them (after a move or a
 * deleted source): the server refuses such a draft, so the editor points at them.
 */
export function brokenConditions(draft: Questionnaire): QuestionPosition[] {
  const seen = new Set<string>();
  const broken: QuestionPosition[] = [];
  draft.pages.forEach((page, p) =>
    page.questions.forEach((question, index) => {
      if (question.visibleIf && !seen.has(question.visibleIf.questionId))
        broken.push({ page: p, index });
      seen.add(question.id);
    }),
  );
  return broken;
}

/** The problem with an id typed in the editor, or null: format, then uniqueness. */
export function idProblem(
  draft: Questionnaire,
  at: QuestionPosition,
  id: string,
): 'format' | 'duplicate' | null {
  if (!questionIdSchema.safeParse(id).success) return 'format';
  const duplicate = draft.pages.some((page, p) =>
    page.questions.some((question, i) => question.id === id && (p !== at.page || i !== at.index)),
  );
  return duplicate ? 'duplicate' : null;
}
