// isQuestionVisible: conditions decided on the answers, in agreement with survey-core's own
// decision in the browser.

import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from './answers';
import { toSurveyJsData } from './fromSurveyJsData';
import { isAnswerEmpty, isQuestionVisible } from './isQuestionVisible';
import { type Condition, questionnaireSchema, type Questionnaire } from './questionnaire';
import { toSurveyJs } from './toSurveyJs';

const t = (en: string) => ({ en, tr: en });
const choices = ['yes', 'no', 'eu', 'eu_east', `it's "odd"`, 'a=<b', 'equals', 'other_place'];

/** A questionnaire whose second question shows under `condition` on the first (of `type`). */
function conditional(
  type: 'single' | 'multiple' | 'text' | 'number',
  condition: Omit<Condition, 'questionId'>,
): Questionnaire {
  return questionnaireSchema.parse({
    title: t('Q'),
    pages: [
      {
        questions: [
          {
            id: 'source',
            type,
            title: t('Source'),
            ...(type === 'single' || type === 'multiple'
              ? { choices: choices.map((value) => ({ value, text: t(value) })), allowOther: true }
              : {}),
          },
          {
            id: 'target',
            type: 'text',
            title: t('Target'),
            visibleIf: { questionId: 'source', ...condition },
          },
        ],
      },
    ],
  });
}

/** survey-core's decision for each of `answers`, on one model (building models is slow). */
function surveyJsShows(questionnaire: Questionnaire, answers: Answers[]): boolean[] {
  const model = new Model(toSurveyJs(questionnaire, { organisations: [] }));
  return answers.map((given) => {
    model.data = toSurveyJsData(questionnaire, given);
    return model.getQuestionByName('target').isVisible;
  });
}

const target = (questionnaire: Questionnaire) => questionnaire.pages[0]!.questions[1]!;

describe('isQuestionVisible', () => {
  it('shows a question without a condition', () => {
    const questionnaire = conditional('text', { operator: 'answered' });
    expect(isQuestionVisible(questionnaire.pages[0]!.questions[0]!, {})).toBe(true);
  });

  it('compares trimmed and case-insensitively, numbers by value, as SurveyJS does', () => {
    const equalsYes = target(conditional('text', { operator: 'equals', value: 'yes' }));
    expect(isQuestionVisible(equalsYes, { source: ' YES ' })).toBe(true);
    const equalsFive = target(conditional('number', { operator: 'equals', value: '5.0' }));
    expect(isQuestionVisible(equalsFive, { source: 5 })).toBe(true);
    expect(isQuestionVisible(equalsFive, { source: 15 })).toBe(false);
  });

  it('reads "contains" as "this choice is ticked" for lists, not as a part of another choice', () => {
    const containsEu = target(conditional('multiple', { operator: 'contains', value: 'eu' }));
    expect(isQuestionVisible(containsEu, { source: ['eu_east'] })).toBe(false);
    expect(isQuestionVisible(containsEu, { source: ['no', 'eu'] })).toBe(true);
  });

  it('treats an "Other" answer as the choice "other"', () => {
    const equalsOther = target(conditional('single', { operator: 'equals', value: 'other' }));
    expect(isQuestionVisible(equalsOther, { source: 'other:Kalıp' })).toBe(true);
  });

  it('holds notEquals for no answer, and answered for anything but blanks', () => {
    const notYes = target(conditional('single', { operator: 'notEquals', value: 'yes' }));
    expect(isQuestionVisible(notYes, {})).toBe(true);
    const answered = target(conditional('text', { operator: 'answered' }));
    expect(isQuestionVisible(answered, { source: '   ' })).toBe(false);
    expect(isQuestionVisible(answered, { source: 'x' })).toBe(true);
    expect(isAnswerEmpty(0)).toBe(false);
    expect(isAnswerEmpty({})).toBe(true);
  });

  it('does not read a question called "constructor" from Object.prototype', () => {
    const condition = target(conditional('text', { operator: 'answered' }));
    const onConstructor = {
      ...condition,
      visibleIf: { questionId: 'constructor', operator: 'answered' as const },
    };
    expect(isQuestionVisible(onConstructor, {})).toBe(false);
  });

  const cases: [type: 'single' | 'multiple' | 'text' | 'number', answers: AnswerValue[]][] = [
    ['single', ['yes', 'no', `it's "odd"`, 'a=<b', 'equals', 'other:x']],
    [
      'multiple',
      [['yes'], ['eu_east'], ['eu', 'no'], [`it's "odd"`], ['a=<b', 'equals'], ['other:x'], []],
    ],
    ['text', ['yes', ' Yes ', 'eu_east', `it's "odd"`, 'a=<b!', 'xequalsx', '']],
    ['number', [5, 15, 0, -5]],
  ];
  const values = ['yes', 'eu', `it's "odd"`, 'a=<b', 'equals', 'other', '5', 'q'];
  const operators = ['equals', 'notEquals', 'contains', 'answered'] as const;

  it.each(cases)('agrees with survey-core on every operator for %s answers', (type, answers) => {
    const given: Answers[] = [...answers.map((answer) => ({ source: answer })), {}];
    for (const operator of operators)
      for (const value of operator === 'answered' ? [undefined] : values) {
        const questionnaire = conditional(type, {
          operator,
          ...(value !== undefined && { value }),
        });
        const ours = given.map((answers) => isQuestionVisible(target(questionnaire), answers));
        expect(ours, `${operator} ${String(value)}`).toEqual(surveyJsShows(questionnaire, given));
      }
  });
});
