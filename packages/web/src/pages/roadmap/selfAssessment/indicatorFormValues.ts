// One self-assessment indicator as its editing form holds it (both languages side by side,
// thresholds as typed), the indicator it makes, and the id a new one is given.

import {
  foldForSearch,
  type SelfAssessmentArea,
  type SelfAssessmentIndicatorRaw,
} from '@kume/core';
import type { SelfAssessmentIndicator } from '@kume/core';
import { parseNumberInput } from '../../stakeholders/organisationFormValues';

export interface IndicatorFormValues {
  area: SelfAssessmentArea;
  nameTr: string;
  nameEn: string;
  unitTr: string;
  unitEn: string;
  direction: 'higher' | 'lower';
  bronze: string;
  silver: string;
  gold: string;
  evidenceTr: string;
  evidenceEn: string;
}

export function indicatorFormValues(
  indicator: SelfAssessmentIndicator | null,
  area: SelfAssessmentArea,
): IndicatorFormValues {
  if (!indicator)
    return {
      area,
      nameTr: '',
      nameEn: '',
      unitTr: '',
      unitEn: '',
      direction: 'higher',
      bronze: '',
      silver: '',
      gold: '',
      evidenceTr: '',
      evidenceEn: '',
    };
  return {
    area: indicator.area,
    nameTr: indicator.name.tr,
    nameEn: indicator.name.en,
    unitTr: indicator.unit.tr,
    unitEn: indicator.unit.en,
    direction: indicator.direction,
    bronze: String(indicator.thresholds.bronze),
    silver: String(indicator.thresholds.silver),
    gold: String(indicator.thresholds.gold),
    evidenceTr: indicator.evidence.tr,
    evidenceEn: indicator.evidence.en,
  };
}

/** Empty stays text, so the form calls a threshold missing rather than "not a number". */
const threshold = (text: string) => (text.trim() === '' ? '' : parseNumberInput(text));

/**
 * What selfAssessmentIndicatorSchema parses: the id and the scale of the indicator edited (a new
 * one has `id` and no scale).
 */
export function indicatorFromForm(
  values: IndicatorFormValues,
  kept: { id: string; scale: SelfAssessmentIndicator['scale'] },
): Omit<SelfAssessmentIndicatorRaw, 'thresholds'> & {
  thresholds: Record<'bronze' | 'silver' | 'gold', number | string | null>;
} {
  return {
    id: kept.id,
    area: values.area,
    name: { tr: values.nameTr, en: values.nameEn },
    unit: { tr: values.unitTr, en: values.unitEn },
    direction: values.direction,
    thresholds: {
      bronze: threshold(values.bronze),
      silver: threshold(values.silver),
      gold: threshold(values.gold),
    },
    scale: kept.scale,
    evidence: { tr: values.evidenceTr, en: values.evidenceEn },
  };
}

/**
 * An id for a new indicator from its name (English first): folded to a-z, 0-9 and _, starting
 * with a letter, at most 50 characters, with _2, _3, ... when `taken` has it already.
 */
export function newIndicatorId(name: string, taken: ReadonlySet<string>): string {
  const base =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 50)
      .replace(/_+$/, '') || 'indicator';
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}_${suffix}`)) suffix += 1;
  return `${base}_${suffix}`;
}
