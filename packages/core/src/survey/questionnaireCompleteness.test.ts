// missingTranslations: what keeps a questionnaire from opening, at the exact path of the text.

import { describe, expect, it } from 'vitest';
import { questionnaireSchema, type Questionnaire } from './questionnaire';
import { missingTranslations } from './questionnaireCompleteness';
import { QUESTIONNAIRE_TEMPLATES, questionnaireTemplate } from './templates/questionnaireTemplates';

const both = (text: string) => ({ tr: `${text} (tr)`, en: `${text} (en)` });

const small = (): Questionnaire =>
  questionnaireSchema.parse({
    title: both('Anket'),
    pages: [
      {
        questions: [
          { id: 'name', type: 'text', title: both('Ad') },
          {
            id: 'stage',
            type: 'single',
            title: both('Aşama'),
            choices: [
              { value: 'casting', text: both('Döküm') },
              { value: 'machining', text: both('İşleme') },
            ],
          },
          {
            id: 'barriers',
            type: 'matrix',
            title: both('Engeller'),
            matrix: {
              rows: [{ value: 'finance', text: both('Finansman') }],
              columns: [
                { value: '1', text: both('Az') },
                { value: '2', text: both('Çok') },
              ],
            },
          },
          {
            id: 'trust',
            type: 'likert',
            title: both('Güven'),
            likert: { points: 5, minLabel: both('Hiç'), maxLabel: both('Tam') },
          },
        ],
      },
    ],
  });

describe('missingTranslations', () => {
  it.each(Object.keys(QUESTIONNAIRE_TEMPLATES) as (keyof typeof QUESTIONNAIRE_TEMPLATES)[])(
    'finds nothing missing in the %s template',
    (kind) => {
      expect(missingTranslations(questionnaireTemplate(kind))).toEqual([]);
    },
  );

  it('finds nothing missing when every text has both languages', () => {
    expect(missingTranslations(small())).toEqual([]);
  });

  it('reports a choice without its Turkish text at the exact path', () => {
    const questionnaire = small();
    questionnaire.pages[0]!.questions[1]!.choices![1]!.text.tr = '  ';
    expect(missingTranslations(questionnaire)).toEqual([
      { path: 'definition.pages.0.questions.1.choices.1.text.tr', language: 'tr' },
    ]);
  });

  it('reports question titles, matrix rows and columns and Likert labels in either language', () => {
    const questionnaire = small();
    const [, , matrix, likert] = questionnaire.pages[0]!.questions;
    questionnaire.pages[0]!.questions[0]!.title.en = '';
    matrix!.matrix!.rows[0]!.text.tr = '';
    matrix!.matrix!.columns[1]!.text.en = '';
    likert!.likert!.maxLabel.tr = '';
    expect(missingTranslations(questionnaire).map((m) => m.path)).toEqual([
      'definition.pages.0.questions.0.title.en',
      'definition.pages.0.questions.2.matrix.rows.0.text.tr',
      'definition.pages.0.questions.2.matrix.columns.1.text.en',
      'definition.pages.0.questions.3.likert.maxLabel.tr',
    ]);
  });

  it('accepts an optional text left out in both languages but reports a half-filled one', () => {
    const questionnaire = small();
    questionnaire.pages[0]!.title = { tr: 'Giriş', en: '' };
    questionnaire.pages[0]!.questions[0]!.description = { tr: '', en: '' };
    questionnaire.pages[0]!.questions[1]!.description = { tr: '', en: 'Pick one' };
    questionnaire.description = { tr: '', en: '' };
    expect(missingTranslations(questionnaire)).toEqual([
      { path: 'definition.pages.0.title.en', language: 'en' },
      { path: 'definition.pages.0.questions.1.description.tr', language: 'tr' },
    ]);
  });

  it('reports both languages of an empty title, under the prefix given', () => {
    const questionnaire = small();
    questionnaire.title = { tr: '', en: '' };
    expect(missingTranslations(questionnaire, 'questionnaire')).toEqual([
      { path: 'questionnaire.title.tr', language: 'tr' },
      { path: 'questionnaire.title.en', language: 'en' },
    ]);
  });
});
