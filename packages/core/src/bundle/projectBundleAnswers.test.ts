// Answers between the database and a bundle: relation answers swap ids for keys, nothing else changes.

import { describe, expect, it } from 'vitest';
import type { Answers } from '../survey/answers';
import { answersFromBundle, answersToBundle, bundleRelationAnswers } from './projectBundleAnswers';

const stored: Answers = {
  firm_name: 'Ege Döküm',
  employees: 42,
  needs: ['training', 'testing_lab'],
  barriers: { finance: '4', energy_cost: '5' },
  suppliers: [
    { organisationId: 'id-2', sharePercent: 30, location: 'same_city' },
    { organisationName: 'Manisa Model Atölyesi', frequency: 'monthly' },
  ],
  customers: [],
};

const keyOf = (id: string) => ({ 'id-2': 'org-2' })[id];
const idOf = (k: string) => ({ 'org-2': 'id-2' })[k];

describe('answersToBundle and answersFromBundle', () => {
  it('names relation partners by key in the bundle and keeps every other answer', () => {
    expect(answersToBundle(stored, keyOf)).toEqual({
      ...stored,
      suppliers: [
        { organisationKey: 'org-2', sharePercent: 30, location: 'same_city' },
        { organisationName: 'Manisa Model Atölyesi', frequency: 'monthly' },
      ],
    });
  });

  it('gives back the stored answers after a round trip', () => {
    expect(answersFromBundle(answersToBundle(stored, keyOf), idOf)).toEqual(stored);
  });

  it('leaves out an organisation it cannot map, keeping the rest of the answer', () => {
    expect(
      answersToBundle({ suppliers: [{ organisationId: 'id-9', sharePercent: 5 }] }, keyOf),
    ).toEqual({
      suppliers: [{ sharePercent: 5 }],
    });
  });
});

describe('bundleRelationAnswers', () => {
  it('lists the relation answers with their question and position only', () => {
    const answers = answersToBundle(stored, keyOf);
    expect(bundleRelationAnswers(answers).map((a) => [a.questionId, a.index])).toEqual([
      ['suppliers', 0],
      ['suppliers', 1],
    ]);
  });
});
