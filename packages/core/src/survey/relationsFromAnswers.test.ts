// relationsFromAnswers: each partner named in a response becomes one reported relation.

import { describe, expect, it } from 'vitest';
import { exampleQuestionnaire } from '../../test/exampleQuestionnaire';
import { relationsFromAnswers } from './relationsFromAnswers';

describe('relationsFromAnswers', () => {
  it("reports each partner with the question's relation type unless the answer names another", () => {
    const relations = relationsFromAnswers(exampleQuestionnaire, {
      firm_name: 'Ege Döküm',
      suppliers: [
        { organisationId: 'o-cam', sharePercent: 30, frequency: 'weekly', location: 'same_city' },
        {
          organisationName: 'Yeni Tedarik A.Ş.',
          relationType: 'subcontractor',
          location: 'abroad',
        },
      ],
      customers: [{ organisationId: 'o-izmir', sharePercent: 0 }],
    });
    expect(relations).toEqual([
      {
        questionId: 'suppliers',
        targetOrganisationId: 'o-cam',
        relationType: 'supplier',
        sharePercent: 30,
        frequency: 'weekly',
        location: 'same_city',
      },
      {
        questionId: 'suppliers',
        targetName: 'Yeni Tedarik A.Ş.',
        relationType: 'subcontractor',
        location: 'abroad',
      },
      {
        questionId: 'customers',
        targetOrganisationId: 'o-izmir',
        relationType: 'customer',
        sharePercent: 0,
      },
    ]);
  });

  it('skips panels without a partner and the respondent naming itself', () => {
    const relations = relationsFromAnswers(
      exampleQuestionnaire,
      {
        suppliers: [
          { organisationName: '  ' },
          { sharePercent: 10 },
          { organisationId: 'o-self' },
          { organisationId: 'o-cam' },
        ],
      },
      'o-self',
    );
    expect(relations.map((r) => r.targetOrganisationId)).toEqual(['o-cam']);
  });

  it('reports a partner named twice with the same type once, matching typed names in any case', () => {
    const relations = relationsFromAnswers(exampleQuestionnaire, {
      suppliers: [{ organisationName: 'ŞAHİN Döküm' }, { organisationId: 'o-cam' }],
      customers: [
        { organisationName: 'Şahin döküm', relationType: 'supplier' },
        { organisationId: 'o-cam', relationType: 'customer' },
      ],
    });
    expect(relations.map((r) => [r.targetOrganisationId ?? r.targetName, r.relationType])).toEqual([
      ['ŞAHİN Döküm', 'supplier'],
      ['o-cam', 'supplier'],
      ['o-cam', 'customer'],
    ]);
  });

  it('ignores answers to questions that are not relation questions', () => {
    expect(relationsFromAnswers(exampleQuestionnaire, { firm_name: 'x', markets: ['eu'] })).toEqual(
      [],
    );
  });
});
