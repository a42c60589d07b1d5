// fromSurveyJsData and toSurveyJsData: SurveyJS's survey.data to Answers and back, checked on
// data survey-core itself produced, and as a round trip for any valid answers.

import fc from 'fast-check';
import { Model, type PanelModel, type QuestionPanelDynamicModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import {
  exampleOrganisations,
  exampleQuestionnaire,
  QUOTED_VALUE,
} from '../../test/exampleQuestionnaire';
import type { Answers, RelationAnswer } from './answers';
import { fromSurveyJsData, toSurveyJsData } from './fromSurveyJsData';
import { questionnaireSchema } from './questionnaire';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from './relationTypes';
import { NEW_ORGANISATION_VALUE, toSurveyJs } from './toSurveyJs';
import { validateAnswers } from './validateAnswers';

const newModel = () =>
  new Model(toSurveyJs(exampleQuestionnaire, { organisations: exampleOrganisations }));

describe('fromSurveyJsData', () => {
  it('reads what survey-core keeps after a respondent answers', () => {
    const model = newModel();
    model.setValue('firm_name', 'Ege <script>alert(1)</script> Döküm');
    model.setValue('stage', 'other');
    model.setValue('stage-Comment', 'Kalıp "özel"');
    model.setValue('employees', '42');
    model.setValue('markets', ['eu', 'other']);
    model.setValue('markets-Comment', 'Körfez');
    model.setValue('innovation', 4);
    model.setValue('needs', { training: 'high' });
    const suppliers = model.getQuestionByName('suppliers') as QuestionPanelDynamicModel;
    suppliers.addPanel();
    const picked = suppliers.panels[0] as PanelModel;
    picked.getQuestionByName('organisationId').value = 'o-cam';
    picked.getQuestionByName('sharePercent').value = '30';
    picked.getQuestionByName('location').value = 'same_city';
    suppliers.addPanel();
    const typed = suppliers.panels[1] as PanelModel;
    typed.getQuestionByName('organisationId').value = NEW_ORGANISATION_VALUE;
    typed.getQuestionByName('organisationName').value = '  Yeni Tedarik A.Ş. ';
    typed.getQuestionByName('relationType').value = 'subcontractor';
    suppliers.addPanel(); // left untouched: only the preset relation type
    expect(fromSurveyJsData(exampleQuestionnaire, model.data)).toEqual({
      firm_name: 'Ege <script>alert(1)</script> Döküm',
      stage: 'other:Kalıp "özel"',
      employees: 42,
      markets: ['eu', 'other:Körfez'],
      innovation: 4,
      needs: { training: 'high' },
      suppliers: [
        {
          organisationId: 'o-cam',
          relationType: 'supplier',
          sharePercent: 30,
          location: 'same_city',
        },
        { organisationName: 'Yeni Tedarik A.Ş.', relationType: 'subcontractor' },
      ],
    });
  });

  it("keeps only the questionnaire's questions and values of the right shape", () => {
    expect(
      fromSurveyJsData(exampleQuestionnaire, {
        unknown: 'x',
        constructor: 'x',
        firm_name: 12,
        employees: 'many',
        innovation: '3',
        needs: { training: 2, finance: 'low' },
        suppliers: [
          { organisationId: 'o-cam', relationType: 'boss', frequency: 'weekly', location: 'moon' },
          'x',
        ],
      }),
    ).toEqual({
      innovation: 3,
      needs: { finance: 'low' },
      suppliers: [{ organisationId: 'o-cam', frequency: 'weekly' }],
    });
    expect(fromSurveyJsData(exampleQuestionnaire, null)).toEqual({});
    expect(fromSurveyJsData(exampleQuestionnaire, [1, 2])).toEqual({});
  });

  it('keeps "Other" without its text as "other:" and "Not in the list" without a name as an empty name', () => {
    expect(
      fromSurveyJsData(exampleQuestionnaire, {
        stage: 'other',
        suppliers: [{ organisationId: NEW_ORGANISATION_VALUE, relationType: 'supplier' }],
      }),
    ).toEqual({ stage: 'other:', suppliers: [{ organisationName: '', relationType: 'supplier' }] });
  });
});

/** Valid answers for the example questionnaire, in their normal form. */
const relationAnswer: fc.Arbitrary<RelationAnswer> = fc
  .record(
    {
      target: fc.oneof(
        fc.constantFrom(...exampleOrganisations.map((o) => ({ organisationId: o.id }))),
        fc
          .string({ minLength: 1, maxLength: 20 })
          .map((name) => ({ organisationName: name.trim() || 'x' })),
      ),
      relationType: fc.constantFrom(...RELATION_TYPES),
      sharePercent: fc.integer({ min: 0, max: 100 }),
      frequency: fc.constantFrom(...RELATION_FREQUENCIES),
      location: fc.constantFrom(...RELATION_LOCATIONS),
    },
    { requiredKeys: ['target'] },
  )
  .map(({ target, ...rest }) => ({ ...target, ...rest }));
const otherText = fc.string({ maxLength: 30 }).filter((text) => text.trim() !== '');
const validAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    firm_name: fc.string({ minLength: 1, maxLength: 50 }).filter((text) => text.trim() !== ''),
    stage: fc.oneof(
      fc.constantFrom('casting', 'machining', QUOTED_VALUE),
      otherText.map((text) => `other:${text}`),
    ),
    employees: fc.integer({ min: 0, max: 100_000 }),
    markets: fc
      .tuple(fc.subarray(['domestic', 'eu', 'eu_east']), fc.option(otherText, { nil: undefined }))
      .map(([chosen, other]) => (other === undefined ? chosen : [...chosen, `other:${other}`]))
      .filter((chosen) => chosen.length > 0),
    innovation: fc.integer({ min: 1, max: 5 }),
    needs: fc
      .record(
        { training: fc.constantFrom('low', 'high'), finance: fc.constantFrom('low', 'high') },
        { requiredKeys: [] },
      )
      .filter((needs) => Object.keys(needs).length > 0),
    suppliers: fc.array(relationAnswer, { minLength: 1, maxLength: 3 }),
    customers: fc.array(relationAnswer, { minLength: 1, maxLength: 5 }),
  },
  { requiredKeys: [] },
);

describe('toSurveyJsData', () => {
  it('writes "Other" texts as SurveyJS comments and relations as panels', () => {
    expect(
      toSurveyJsData(exampleQuestionnaire, {
        stage: 'other:Kalıp',
        markets: ['eu', 'other:Körfez'],
        suppliers: [
          { organisationName: 'Yeni A.Ş.' },
          { organisationId: 'o-cam', sharePercent: 10 },
        ],
        unknown: 'dropped',
      }),
    ).toEqual({
      stage: 'other',
      'stage-Comment': 'Kalıp',
      markets: ['eu', 'other'],
      'markets-Comment': 'Körfez',
      suppliers: [
        { organisationId: NEW_ORGANISATION_VALUE, organisationName: 'Yeni A.Ş.' },
        { organisationId: 'o-cam', sharePercent: 10 },
      ],
    });
  });

  it('round-trips any valid answers through SurveyJS data', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(validateAnswers(exampleQuestionnaire, answers, { submit: false }).errors).toEqual(
          [],
        );
        expect(
          fromSurveyJsData(exampleQuestionnaire, toSurveyJsData(exampleQuestionnaire, answers)),
        ).toEqual(answers);
      }),
      { numRuns: 200 },
    );
  });

  it('restores a draft into survey-core and reads it back unchanged', () => {
    const draft: Answers = {
      firm_name: 'Şahin Döküm',
      stage: 'other:Kalıp',
      markets: ['eu', 'other:Körfez'],
      eu_countries: 'Almanya',
      employees: 12,
      innovation: 2,
      needs: { training: 'low', finance: 'high' },
      suppliers: [{ organisationName: 'Yeni A.Ş.', relationType: 'supplier', sharePercent: 25 }],
      customers: [
        {
          organisationId: 'o-izmir',
          relationType: 'customer',
          location: 'abroad',
          frequency: 'weekly',
        },
      ],
    };
    const model = newModel();
    model.data = toSurveyJsData(exampleQuestionnaire, draft);
    expect(fromSurveyJsData(exampleQuestionnaire, model.data)).toEqual(draft);
  });
});

describe('the "Other" answer', () => {
  it('cannot clash with a choice: a question allowing Other may not offer a choice valued "other"', () => {
    const t = { en: 'x', tr: 'x' };
    const result = questionnaireSchema.safeParse({
      title: t,
      pages: [
        {
          questions: [
            {
              id: 'q',
              type: 'single',
              title: t,
              allowOther: true,
              choices: [
                { value: 'a', text: t },
                { value: 'other', text: t },
              ],
            },
          ],
        },
      ],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'pages.0.questions.0.choices.1.value',
    ]);
  });
});
