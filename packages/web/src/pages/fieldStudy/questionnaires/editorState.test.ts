// Tests of the questionnaire editor's draft operations: ids stay unique, conditions stay valid.

import { describe, expect, it } from 'vitest';
import { questionnaireSchema, type Question, type Questionnaire } from '@kume/core';
import {
  addPage,
  addQuestion,
  brokenConditions,
  deletePage,
  deleteQuestion,
  dependentsOf,
  duplicateQuestion,
  earlierQuestions,
  freshChoiceValue,
  freshQuestionId,
  idProblem,
  moveItem,
  movePage,
  moveQuestion,
  updateQuestion,
  withType,
} from './editorState';

const text = (en: string) => ({ tr: `${en} (tr)`, en });
const question = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  type: 'text',
  title: text(id),
  required: false,
  ...extra,
});

function sample(): Questionnaire {
  return {
    title: text('Survey'),
    kind: 'custom',
    pages: [
      {
        questions: [
          question('exports', {
            type: 'single',
            choices: [
              { value: 'yes', text: text('Yes') },
              { value: 'no', text: text('No') },
            ],
          }),
          question('markets', {
            visibleIf: { questionId: 'exports', operator: 'equals', value: 'yes' },
          }),
        ],
      },
      { questions: [question('employees', { type: 'number' })] },
    ],
  };
}

const ids = (draft: Questionnaire) => draft.pages.map((page) => page.questions.map((q) => q.id));

describe('question ids', () => {
  it('freshQuestionId numbers a used base and keeps within 40 characters', () => {
    const draft = sample();
    expect(freshQuestionId(draft, 'exports')).toBe('exports_2');
    expect(freshQuestionId(draft, 'new_one')).toBe('new_one');
    const long = 'a'.repeat(40);
    draft.pages[0]?.questions.push(question(long));
    const fresh = freshQuestionId(draft, long);
    expect(fresh).toHaveLength(40);
    expect(fresh.endsWith('_2')).toBe(true);
  });

  it('idProblem rejects a bad format and an id another question has, not its own', () => {
    const draft = sample();
    expect(idProblem(draft, { page: 0, index: 0 }, 'Exports')).toBe('format');
    expect(idProblem(draft, { page: 0, index: 0 }, '1st')).toBe('format');
    expect(idProblem(draft, { page: 0, index: 0 }, 'employees')).toBe('duplicate');
    expect(idProblem(draft, { page: 0, index: 0 }, 'exports')).toBeNull();
  });

  it('freshChoiceValue skips values in use', () => {
    expect(freshChoiceValue([{ value: 'option_3' }, { value: 'x' }])).toBe('option_4');
    expect(freshChoiceValue([])).toBe('option_1');
  });
});

describe('adding, duplicating and changing questions', () => {
  it('addQuestion puts a question of the type with its parts after the given index', () => {
    const { draft, at } = addQuestion(sample(), 0, 'matrix', 0);
    expect(at).toEqual({ page: 0, index: 1 });
    const added = draft.pages[0]?.questions[1];
    expect(added?.type).toBe('matrix');
    expect(added?.matrix?.columns).toHaveLength(2);
    expect(ids(draft)[0]).toEqual(['exports', 'question', 'markets']);
  });

  it('duplicateQuestion inserts a deep copy with a fresh id right after the original', () => {
    const original = sample();
    const { draft, at } = duplicateQuestion(original, { page: 0, index: 0 });
    expect(ids(draft)[0]).toEqual(['exports', 'exports_copy', 'markets']);
    expect(at).toEqual({ page: 0, index: 1 });
    const copy = draft.pages[0]?.questions[1];
    copy?.choices?.push({ value: 'maybe', text: text('Maybe') });
    expect(original.pages[0]?.questions[0]?.choices).toHaveLength(2);
    expect(ids(duplicateQuestion(draft, { page: 0, index: 0 }).draft)[0]).toContain(
      'exports_copy_2',
    );
  });

  it('withType keeps choices between single and multiple and drops parts the type cannot use', () => {
    const single = sample().pages[0]?.questions[0] as Question;
    const multiple = withType({ ...single, segment: 'value_chain_stage' }, 'multiple');
    expect(multiple.choices).toEqual(single.choices);
    expect(multiple.segment).toBeUndefined();
    const likert = withType(single, 'likert');
    expect(likert.choices).toBeUndefined();
    expect(likert.likert?.points).toBe(5);
    expect(withType(single, 'relation').relation).toEqual({
      relationType: 'supplier',
      maxItems: 5,
    });
  });

  it('every new question type gives a draft the core schema accepts', () => {
    let draft = sample();
    for (const type of [
      'text',
      'longText',
      'single',
      'multiple',
      'likert',
      'number',
      'matrix',
      'relation',
    ] as const)
      draft = addQuestion(draft, 1, type).draft;
    expect(questionnaireSchema.safeParse(draft).success).toBe(true);
  });

  it('renaming a question in updateQuestion carries the conditions that refer to it', () => {
    const draft = sample();
    const renamed = updateQuestion(
      draft,
      { page: 0, index: 0 },
      {
        ...(draft.pages[0]?.questions[0] as Question),
        id: 'exporter',
      },
    );
    expect(renamed.pages[0]?.questions[1]?.visibleIf?.questionId).toBe('exporter');
  });
});

describe('deleting', () => {
  it('dependentsOf finds the questions whose condition uses a question', () => {
    expect(dependentsOf(sample(), 'exports').map((q) => q.id)).toEqual(['markets']);
    expect(dependentsOf(sample(), 'markets')).toEqual([]);
  });

  it('deleteQuestion removes it and the conditions that referred to it', () => {
    const draft = deleteQuestion(sample(), { page: 0, index: 0 });
    expect(ids(draft)).toEqual([['markets'], ['employees']]);
    expect(draft.pages[0]?.questions[0]?.visibleIf).toBeUndefined();
    expect(brokenConditions(draft)).toEqual([]);
  });

  it('deletePage removes its questions but never the last page', () => {
    const draft = deletePage(sample(), 0);
    expect(ids(draft)).toEqual([['employees']]);
    expect(deletePage(draft, 0)).toBe(draft);
  });
});

describe('moving', () => {
  it('moveQuestion swaps within a page and crosses to the neighbouring page at its ends', () => {
    const down = moveQuestion(sample(), { page: 0, index: 1 }, 1);
    expect(down && ids(down.draft)).toEqual([['exports'], ['markets', 'employees']]);
    expect(down?.at).toEqual({ page: 1, index: 0 });
    const up = moveQuestion(sample(), { page: 1, index: 0 }, -1);
    expect(up && ids(up.draft)).toEqual([['exports', 'markets', 'employees'], []]);
    expect(up?.at).toEqual({ page: 0, index: 2 });
    expect(moveQuestion(sample(), { page: 0, index: 0 }, -1)).toBeNull();
    expect(moveQuestion(sample(), { page: 1, index: 0 }, 1)).toBeNull();
  });

  it('brokenConditions points at a question moved above the question its condition uses', () => {
    const moved = moveQuestion(sample(), { page: 0, index: 1 }, -1);
    expect(moved && brokenConditions(moved.draft)).toEqual([{ page: 0, index: 0 }]);
  });

  it('addPage and movePage reorder pages; moveItem leaves the ends alone', () => {
    const draft = movePage(addPage(sample(), 0), 1, -1);
    expect(ids(draft)).toEqual([[], ['exports', 'markets'], ['employees']]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
  });

  it('earlierQuestions lists the questions before a position across pages', () => {
    const before = earlierQuestions(sample(), { page: 1, index: 0 }).map((q) => q.id);
    expect(before).toEqual(['exports', 'markets']);
    expect(earlierQuestions(sample(), { page: 0, index: 0 })).toEqual([]);
  });
});
