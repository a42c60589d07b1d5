// validateRelationAnswers: the partners of one relation question, normalised or refused.

import { describe, expect, it } from 'vitest';
import { exampleQuestionnaire } from '../../test/exampleQuestionnaire';
import { validateRelationAnswers } from './validateRelationAnswers';

const suppliers = exampleQuestionnaire.pages[1]!.questions.find((q) => q.id === 'suppliers')!;
const context = (submit: boolean) => ({
  title: '"Main suppliers"',
  path: 'answers.suppliers',
  submit,
});

describe('validateRelationAnswers', () => {
  it('keeps the picked organisation and drops a name typed beside it', () => {
    const errors: { path: string; message: string }[] = [];
    const relations = validateRelationAnswers(
      suppliers,
      [{ organisationId: 'o-cam', organisationName: 'Cam', relationType: 'supplier' }],
      context(true),
      errors,
    );
    expect(errors).toEqual([]);
    expect(relations).toEqual([{ organisationId: 'o-cam', relationType: 'supplier' }]);
  });

  it('treats null and empty fields as not given', () => {
    const errors: { path: string; message: string }[] = [];
    const relations = validateRelationAnswers(
      suppliers,
      [{ organisationId: '', organisationName: 'Yeni', sharePercent: '', frequency: null }],
      context(true),
      errors,
    );
    expect(errors).toEqual([]);
    expect(relations).toEqual([{ organisationName: 'Yeni' }]);
  });

  it('refuses the whole list when one partner is invalid', () => {
    const errors: { path: string; message: string }[] = [];
    const relations = validateRelationAnswers(
      suppliers,
      [{ organisationId: 'o-cam' }, { organisationId: 42 }],
      context(false),
      errors,
    );
    expect(relations).toBeUndefined();
    expect(errors).toEqual([
      {
        path: 'answers.suppliers.1.organisationId',
        message: '"Main suppliers": the organisation is not valid.',
      },
    ]);
  });
});
