// The action editor's values as the inputs hold them (numbers as typed, indicator rows with a key
// and a "removed" mark until saved), made from an action or a new one, and turned into what
// core's actionInputSchema parses; with the checks whose words core lacks in Turkish.

import {
  addYears,
  indicatorFromPreset,
  type ActionLayer,
  type ActionStatus,
  type Horizon,
  type IsoDate,
} from '@kume/core';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../forms/validateForm';
import type { RoadmapActionView } from '../roadmapQueries';
import { numberOf, type NumberFieldValue } from './numberField';

export interface IndicatorRow {
  /** Stable across edits, for React; never sent. */
  key: string;
  /** The stored indicator's id; absent on a new row. */
  id?: string;
  name: string;
  unit: string;
  baseline: NumberFieldValue;
  baselineOn: string;
  target: NumberFieldValue;
  dueOn: string;
  presetCode: string | null;
  /** Values recorded for it (a stored indicator): removing it is refused while there are any. */
  valueCount: number;
  /** Marked to go on saving; kept on screen so it can be taken back or the refusal shown. */
  removed: boolean;
}

export interface ActionFormValues {
  title: string;
  objective: string;
  layer: ActionLayer | null;
  horizon: Horizon | null;
  itemKeys: string[];
  ownerOrganisationId: string | null;
  partnerOrganisationIds: string[];
  startOn: string;
  endOn: string;
  budget: NumberFieldValue;
  currency: string;
  fundingSource: string;
  status: ActionStatus;
  indicators: IndicatorRow[];
}

let nextKey = 0;
/** A key unique in this page's life (crypto.randomUUID needs a secure origin, a LAN address is not). */
const rowKey = () => `indicator-${++nextKey}`;

/** A new indicator row from the action's dates; from a programme preset when `presetCode` names one. */
export function indicatorRow(
  startOn: string,
  endOn: string,
  preset?: { code: string; language: 'tr' | 'en' },
): IndicatorRow {
  const row: IndicatorRow = {
    key: rowKey(),
    name: '',
    unit: '',
    baseline: '',
    baselineOn: startOn,
    target: '',
    dueOn: endOn,
    presetCode: null,
    valueCount: 0,
    removed: false,
  };
  if (!preset) return row;
  const input = indicatorFromPreset(preset.code, preset.language, {
    baseline: 0,
    baselineOn: startOn as IsoDate,
    target: 0,
    dueOn: endOn as IsoDate,
  });
  return input ? { ...row, name: input.name, unit: input.unit, presetCode: preset.code } : row;
}

/**
 * A new action starting on the roadmap's first day and ending a year later (the short term), with
 * `itemKey` linked when given.
 */
export function emptyAction(startsOn: IsoDate, itemKey: string | null): ActionFormValues {
  return {
    title: '',
    objective: '',
    layer: null,
    horizon: null,
    itemKeys: itemKey ? [itemKey] : [],
    ownerOrganisationId: null,
    partnerOrganisationIds: [],
    startOn: startsOn,
    endOn: addYears(startsOn, 1),
    budget: '',
    currency: 'TRY',
    fundingSource: '',
    status: 'planned',
    indicators: [],
  };
}

export function actionValues(action: RoadmapActionView): ActionFormValues {
  return {
    title: action.title,
    objective: action.objective,
    layer: action.layer,
    horizon: action.horizon,
    itemKeys: [...action.itemKeys],
    ownerOrganisationId: action.ownerOrganisationId,
    partnerOrganisationIds: [...action.partnerOrganisationIds],
    startOn: action.startOn,
    endOn: action.endOn,
    budget: action.budget ?? '',
    currency: action.currency,
    fundingSource: action.fundingSource,
    status: action.status,
    indicators: action.indicators.map((indicator) => ({
      key: rowKey(),
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline,
      baselineOn: indicator.baselineOn,
      target: indicator.target,
      dueOn: indicator.dueOn,
      presetCode: indicator.presetCode,
      valueCount: indicator.values.length,
      removed: false,
    })),
  };
}

/** The rows that are sent (not marked removed), in order: their index is the API's. */
export const keptRows = (values: Pick<ActionFormValues, 'indicators'>) =>
  values.indicators.filter((row) => !row.removed);

/**
 * What the schema parses: an empty budget is null (not costed yet), an empty indicator figure ''
 * (missing), unreadable numbers NaN; removed rows are left out and row keys are never sent.
 */
export function actionInput(values: ActionFormValues) {
  return {
    ...values,
    layer: values.layer ?? '',
    budget: numberOf(values.budget, null),
    indicators: keptRows(values).map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      name: row.name,
      unit: row.unit,
      baseline: numberOf(row.baseline, ''),
      baselineOn: row.baselineOn,
      target: numberOf(row.target, ''),
      dueOn: row.dueOn,
      presetCode: row.presetCode,
    })),
  };
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/**
 * The checks core makes with English words, in the UI language, on the fields they concern: an
 * end before the start (shown on the end date as it is typed), a negative budget, a currency that
 * is no three-letter code, an indicator due no later than its baseline day.
 */
export function actionFormErrors(values: ActionFormValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (isDay(values.startOn) && isDay(values.endOn) && values.endOn < values.startOn)
    errors.endOn = t('roadmap:editor.endBeforeStart');
  const budget = numberOf(values.budget, null);
  if (typeof budget === 'number' && budget < 0) errors.budget = t('roadmap:editor.budgetNegative');
  if (!/^[A-Za-z]{3}$/.test(values.currency.trim()))
    errors.currency = t('common:validation.currency');
  keptRows(values).forEach((row, index) => {
    if (isDay(row.baselineOn) && isDay(row.dueOn) && row.dueOn <= row.baselineOn)
      errors[`indicators.${index}.dueOn`] = t('roadmap:editor.dueBeforeBaseline');
  });
  return errors;
}

/** Whether the values differ from those the editor opened with. */
export const changed = (values: ActionFormValues, initial: ActionFormValues) =>
  JSON.stringify(values) !== JSON.stringify(initial);
