// Turns a questionnaire into the JSON that SurveyJS renders: both languages in every string, the
// relation questions as repeated panels with the project's organisations to pick from.

import { compareText } from '../text/compareText';
import type { LocalText } from './localText';
import type { Question, Questionnaire } from './questionnaire';
import {
  RELATION_FREQUENCY_LABELS,
  RELATION_LOCATION_LABELS,
  RELATION_TYPE_LABELS,
} from './relationLabels';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from './relationTypes';
import { surveyJsCondition } from './surveyJsCondition';
import type {
  SurveyJsElement,
  SurveyJsItem,
  SurveyJsJson,
  SurveyJsPanelDynamicQuestion,
  SurveyJsText,
} from './surveyJsJson';

/** The organisation dropdown's value for "not in the list": the respondent types a name instead. */
export const NEW_ORGANISATION_VALUE = '__new';
/** Longest free text, in characters (validateAnswers checks the same). */
export const MAX_TEXT_LENGTH = 5_000;

export interface ToSurveyJsOptions {
  /** The project's registry, offered in every relation question. */
  organisations: readonly { id: string; name: string }[];
  /** The language the form opens in; the respondent may switch. */
  locale?: 'tr' | 'en';
}

/** A SurveyJS localisable string; each language falls back to the other when empty. */
export function surveyJsText(text: LocalText): SurveyJsText {
  return { default: text.en || text.tr, tr: text.tr || text.en };
}

const label = (en: string, tr: string): SurveyJsText => ({ default: en, tr });
const items = (
  choices: readonly { value: string; text: LocalText }[] | undefined,
): SurveyJsItem[] =>
  (choices ?? []).map((choice) => ({ value: choice.value, text: surveyJsText(choice.text) }));
const enumItems = <T extends string>(
  values: readonly T[],
  labels: Record<T, LocalText>,
): SurveyJsItem[] => values.map((value) => ({ value, text: surveyJsText(labels[value]) }));

/**
 * SurveyJS JSON for `questionnaire`. Deterministic: the same input gives a deep-equal output.
 * Each question's SurveyJS name is its id, so `survey.data` is keyed like Answers (see
 * fromSurveyJsData for the two differences: "Other" texts and relation panels).
 */
export function toSurveyJs(questionnaire: Questionnaire, options: ToSurveyJsOptions): SurveyJsJson {
  const organisationItems = organisationChoices(options.organisations);
  return {
    title: surveyJsText(questionnaire.title),
    ...(questionnaire.description && { description: surveyJsText(questionnaire.description) }),
    ...(options.locale && { locale: options.locale }),
    clearInvisibleValues: 'onHidden',
    pages: questionnaire.pages.map((page, index) => ({
      name: `page${index + 1}`,
      ...(page.title && { title: surveyJsText(page.title) }),
      elements: page.questions.map((question) => surveyJsQuestion(question, organisationItems)),
    })),
  };
}

/** The registry in Turkish alphabetical order (ids break ties), then "not in the list". */
function organisationChoices(organisations: ToSurveyJsOptions['organisations']): SurveyJsItem[] {
  const unique = [...new Map(organisations.map((o) => [o.id, o])).values()];
  unique.sort((a, b) => compareText('tr', a.name, b.name) || (a.id < b.id ? -1 : 1));
  return [
    ...unique.map((o) => ({ value: o.id, text: o.name })),
    { value: NEW_ORGANISATION_VALUE, text: label('Not in the list', 'Listede yok') },
  ];
}

function surveyJsQuestion(question: Question, organisations: SurveyJsItem[]): SurveyJsElement {
  const unit = question.type === 'number' ? question.number?.unit : undefined;
  const title = unit
    ? surveyJsText({
        tr: `${question.title.tr} (${unit.tr || unit.en})`,
        en: `${question.title.en} (${unit.en || unit.tr})`,
      })
    : surveyJsText(question.title);
  const base = {
    name: question.id,
    title,
    ...(question.description && { description: surveyJsText(question.description) }),
    ...(question.required && { isRequired: true }),
    ...(question.visibleIf && { visibleIf: surveyJsCondition(question.visibleIf) }),
  };
  switch (question.type) {
    case 'text':
      return { ...base, type: 'text', maxLength: MAX_TEXT_LENGTH };
    case 'longText':
      return { ...base, type: 'comment', maxLength: MAX_TEXT_LENGTH };
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: question.type === 'single' ? 'radiogroup' : 'checkbox',
        choices: items(question.choices),
        // SurveyJS stores the Other item as the value `other` and its text under `<id>-Comment`.
        ...(question.allowOther && {
          showOtherItem: true,
          storeOthersAsComment: true,
          otherText: label('Other (please specify)', 'Diğer (belirtiniz)'),
        }),
      };
    case 'likert': {
      const points = question.likert?.points ?? 5;
      return {
        ...base,
        type: 'rating',
        rateMin: 1,
        rateMax: points,
        rateCount: points,
        ...(question.likert && {
          minRateDescription: surveyJsText(question.likert.minLabel),
          maxRateDescription: surveyJsText(question.likert.maxLabel),
        }),
      };
    }
    case 'number':
      return {
        ...base,
        type: 'text',
        inputType: 'number',
        ...(question.number?.min !== undefined && { min: question.number.min }),
        ...(question.number?.max !== undefined && { max: question.number.max }),
      };
    case 'matrix':
      return {
        ...base,
        type: 'matrix',
        rows: items(question.matrix?.rows),
        columns: items(question.matrix?.columns),
        ...(question.required && { eachRowRequired: true }),
      };
    case 'relation':
      return relationPanels(base, question, organisations);
  }
}

/** One panel per partner: organisation (or a typed name), relation type, share, frequency, location. */
function relationPanels(
  base: Omit<
    SurveyJsPanelDynamicQuestion,
    'type' | 'templateElements' | 'panelCount' | 'minPanelCount' | 'maxPanelCount'
  >,
  question: Question,
  organisations: SurveyJsItem[],
): SurveyJsPanelDynamicQuestion {
  const relationType = question.relation?.relationType ?? 'supplier';
  return {
    ...base,
    type: 'paneldynamic',
    panelCount: 0,
    minPanelCount: 0,
    maxPanelCount: question.relation?.maxItems ?? 5,
    templateTitle: label('Organisation {panelIndex}', 'Kuruluş {panelIndex}'),
    addPanelText: label('Add an organisation', 'Kuruluş ekle'),
    removePanelText: label('Remove', 'Kaldır'),
    noEntriesText: label('No organisation added yet.', 'Henüz kuruluş eklenmedi.'),
    templateElements: [
      {
        type: 'dropdown',
        name: 'organisationId',
        title: label('Organisation', 'Kuruluş'),
        isRequired: true,
        choices: organisations,
      },
      {
        type: 'text',
        name: 'organisationName',
        title: label('Name of the organisation', 'Kuruluşun adı'),
        visibleIf: `{panel.organisationId} = '${NEW_ORGANISATION_VALUE}'`,
        isRequired: true,
        maxLength: 200,
      },
      {
        type: 'dropdown',
        name: 'relationType',
        title: label('Type of relation', 'İlişki türü'),
        defaultValue: relationType,
        choices: enumItems(RELATION_TYPES, RELATION_TYPE_LABELS),
      },
      {
        type: 'text',
        name: 'sharePercent',
        title: label('Share of purchases/sales (%)', 'Alım/satışlardaki payı (%)'),
        inputType: 'number',
        min: 0,
        max: 100,
      },
      {
        type: 'dropdown',
        name: 'frequency',
        title: label('How often do you work together?', 'Ne sıklıkla birlikte çalışıyorsunuz?'),
        choices: enumItems(RELATION_FREQUENCIES, RELATION_FREQUENCY_LABELS),
      },
      {
        type: 'dropdown',
        name: 'location',
        title: label('Where is it?', 'Nerede?'),
        choices: enumItems(RELATION_LOCATIONS, RELATION_LOCATION_LABELS),
      },
    ],
  };
}
