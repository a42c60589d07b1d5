// toSurveyJs: the SurveyJS JSON of a questionnaire, checked as data and by survey-core itself
// (it runs in Node without a DOM).

import fc from 'fast-check';
import { Model, type PanelModel, type QuestionPanelDynamicModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import {
  exampleOrganisations,
  exampleQuestionnaire,
  QUOTED_VALUE,
  SCRIPT_TEXT,
} from '../../test/exampleQuestionnaire';
import type {
  SurveyJsChoiceQuestion,
  SurveyJsElement,
  SurveyJsPanelDynamicQuestion,
} from './surveyJsJson';
import { QUESTIONNAIRE_TEMPLATES } from './templates/questionnaireTemplates';
import { NEW_ORGANISATION_VALUE, surveyJsText, toSurveyJs } from './toSurveyJs';

const json = toSurveyJs(exampleQuestionnaire, { organisations: exampleOrganisations });
const element = (name: string): SurveyJsElement | undefined =>
  json.pages.flatMap((page) => page.elements).find((e) => e.name === name);
const panel = element('suppliers') as SurveyJsPanelDynamicQuestion;
const templateElement = (name: string) => panel.templateElements.find((e) => e.name === name);

describe('toSurveyJs', () => {
  it('maps each question type to its SurveyJS type, named by the question id', () => {
    expect(json.pages.map((page) => page.elements.map((e) => [e.name, e.type]))).toEqual([
      [
        ['firm_name', 'text'],
        ['stage', 'radiogroup'],
        ['stage_note', 'comment'],
        ['employees', 'text'],
        ['markets', 'checkbox'],
        ['eu_countries', 'text'],
        ['eu_share', 'text'],
      ],
      [
        ['innovation', 'rating'],
        ['needs', 'matrix'],
        ['suppliers', 'paneldynamic'],
        ['customers', 'paneldynamic'],
      ],
    ]);
  });

  it('writes every text as { default: English, tr: Turkish }, pages with their titles', () => {
    expect(json.title).toEqual({ default: 'Firm interview', tr: 'Firma görüşmesi' });
    expect(json.description).toEqual({ default: 'About your firm', tr: 'Firmanız hakkında' });
    expect(json.pages[0]).toMatchObject({
      name: 'page1',
      title: { default: 'Profile', tr: 'Profil' },
    });
    expect(element('firm_name')).toMatchObject({
      title: { default: 'Name of your firm', tr: 'Firmanızın adı' },
      isRequired: true,
    });
  });

  it('falls back to the other language when one is empty', () => {
    expect(surveyJsText({ en: '', tr: 'Yalnız Türkçe' })).toEqual({
      default: 'Yalnız Türkçe',
      tr: 'Yalnız Türkçe',
    });
    expect(surveyJsText({ en: 'English only', tr: '' })).toEqual({
      default: 'English only',
      tr: 'English only',
    });
  });

  it('offers "Other" with SurveyJS storing its text as a comment, and keeps hostile labels as plain data', () => {
    const stage = element('stage') as SurveyJsChoiceQuestion;
    expect(stage).toMatchObject({ showOtherItem: true, storeOthersAsComment: true });
    expect(stage.otherText).toEqual({
      default: 'Other (please specify)',
      tr: 'Diğer (belirtiniz)',
    });
    expect(stage.choices[2]).toEqual({
      value: QUOTED_VALUE,
      text: { default: SCRIPT_TEXT, tr: SCRIPT_TEXT },
    });
  });

  it('maps likert, number and long text with their limits and labels', () => {
    expect(element('innovation')).toMatchObject({
      rateMin: 1,
      rateMax: 5,
      minRateDescription: { default: 'Not at all', tr: 'Hiç' },
      maxRateDescription: { default: 'Very', tr: 'Çok' },
    });
    expect(element('employees')).toMatchObject({
      inputType: 'number',
      min: 0,
      max: 100_000,
      title: { default: 'Employees (people)', tr: 'Çalışan sayısı (kişi)' },
    });
    expect(element('stage_note')).toMatchObject({ maxLength: 5000 });
    expect(element('needs')).toMatchObject({
      eachRowRequired: true,
      columns: [{ value: 'low' }, { value: 'high' }],
    });
  });

  it('writes conditions as SurveyJS expressions with the quoted value escaped', () => {
    expect(element('stage_note')?.visibleIf).toBe(`{stage} = 'it\\'s \\"odd\\"'`);
    expect(element('eu_countries')?.visibleIf).toBe(`{markets} contains 'eu'`);
    expect(element('eu_share')?.visibleIf).toBe('{eu_countries} notempty');
  });

  it('asks relations as panels: at most maxItems, the registry in Turkish order, then "Not in the list"', () => {
    expect(panel).toMatchObject({ maxPanelCount: 3, panelCount: 0 });
    const organisation = templateElement('organisationId') as SurveyJsChoiceQuestion;
    expect(organisation.choices.map((c) => c.text)).toEqual([
      'Cam Sanayi',
      'Çelik Makina',
      'Işık Metal',
      'İzmir Döküm',
      'Zeta Kalıp',
      { default: 'Not in the list', tr: 'Listede yok' },
    ]);
    expect(organisation.choices.at(-1)?.value).toBe(NEW_ORGANISATION_VALUE);
    expect(templateElement('organisationName')).toMatchObject({
      visibleIf: "{panel.organisationId} = '__new'",
      isRequired: true,
    });
    expect(templateElement('sharePercent')).toMatchObject({
      inputType: 'number',
      min: 0,
      max: 100,
      title: { default: 'Share of purchases/sales (%)', tr: 'Alım/satışlardaki payı (%)' },
    });
  });

  it("presets each relation question's own relation type and labels every enum in both languages", () => {
    const customers = element('customers') as SurveyJsPanelDynamicQuestion;
    expect(customers.templateElements.find((e) => e.name === 'relationType')).toMatchObject({
      defaultValue: 'customer',
    });
    expect(templateElement('relationType')).toMatchObject({ defaultValue: 'supplier' });
    const location = templateElement('location') as SurveyJsChoiceQuestion;
    expect(location.choices).toContainEqual({
      value: 'same_city',
      text: { default: 'In the same city', tr: 'Aynı ilde' },
    });
    expect(location.choices).toContainEqual({
      value: 'abroad',
      text: { default: 'Abroad', tr: 'Yurt dışında' },
    });
    expect(
      (templateElement('frequency') as SurveyJsChoiceQuestion).choices.map((c) => c.value),
    ).toEqual(['occasional', 'monthly', 'weekly', 'daily']);
  });

  it('lists an organisation given twice once, and sets the locale only when asked', () => {
    const twice = toSurveyJs(exampleQuestionnaire, {
      organisations: [...exampleOrganisations, exampleOrganisations[0]!],
      locale: 'tr',
    });
    const choices = (twice.pages[1]!.elements[2] as SurveyJsPanelDynamicQuestion)
      .templateElements[0] as SurveyJsChoiceQuestion;
    expect(choices.choices).toHaveLength(exampleOrganisations.length + 1);
    expect(twice.locale).toBe('tr');
    expect(json).not.toHaveProperty('locale');
  });

  it('gives the same output for the same questionnaire, whatever order the registry comes in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(exampleOrganisations, { minLength: exampleOrganisations.length }),
        (organisations) => {
          expect(toSurveyJs(exampleQuestionnaire, { organisations })).toEqual(json);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('toSurveyJs in survey-core', () => {
  it('builds a model with every question, in Turkish when the locale is tr', () => {
    const model = new Model(
      toSurveyJs(exampleQuestionnaire, { organisations: exampleOrganisations, locale: 'tr' }),
    );
    expect(model.getAllQuestions().map((q) => [q.name, q.getType()])).toEqual(
      json.pages.flatMap((page) => page.elements.map((e) => [e.name, e.type])),
    );
    expect(model.getQuestionByName('firm_name').title).toBe('Firmanızın adı');
    model.locale = 'en';
    expect(model.getQuestionByName('firm_name').title).toBe('Name of your firm');
    expect(model.getQuestionByName('innovation').visibleRateValues).toHaveLength(5);
  });

  it('shows a conditional question only when its quoted choice is picked', () => {
    const model = new Model(json);
    const note = model.getQuestionByName('stage_note');
    expect(note.isVisible).toBe(false);
    model.setValue('stage', QUOTED_VALUE);
    expect(note.isVisible).toBe(true);
    model.setValue('stage', 'casting');
    expect(note.isVisible).toBe(false);
  });

  it('keeps a script in a choice label as text', () => {
    const model = new Model(json);
    const stage = model.getQuestionByName('stage') as unknown as { choices: { text: string }[] };
    expect(stage.choices[2]?.text).toBe(SCRIPT_TEXT);
  });

  it('asks the typed name only for "Not in the list" and stops adding panels at maxItems', () => {
    const model = new Model(json);
    const suppliers = model.getQuestionByName('suppliers') as QuestionPanelDynamicModel;
    for (let i = 0; i < 5; i++) suppliers.addPanel();
    expect(suppliers.panelCount).toBe(3);
    const first = suppliers.panels[0] as PanelModel;
    expect(first.getQuestionByName('relationType').value).toBe('supplier');
    expect(first.getQuestionByName('organisationName').isVisible).toBe(false);
    first.getQuestionByName('organisationId').value = NEW_ORGANISATION_VALUE;
    expect(first.getQuestionByName('organisationName').isVisible).toBe(true);
  });

  it('renders every shipped template', () => {
    for (const template of Object.values(QUESTIONNAIRE_TEMPLATES)) {
      const model = new Model(toSurveyJs(template, { organisations: exampleOrganisations }));
      const names = template.pages.flatMap((page) => page.questions.map((q) => q.id));
      expect(model.getAllQuestions().map((q) => q.name)).toEqual(names);
    }
  });
});
