// A self-assessment indicator survives its editing form, and a new one gets a valid, unused id.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SELF_ASSESSMENT_INDICATORS, selfAssessmentIndicatorSchema } from '@kume/core';
import { indicatorFormValues, indicatorFromForm, newIndicatorId } from './indicatorFormValues';

describe('indicatorFormValues and indicatorFromForm', () => {
  it('give back every default indicator unchanged', () => {
    for (const indicator of DEFAULT_SELF_ASSESSMENT_INDICATORS) {
      const values = indicatorFormValues(indicator, 'structure');
      const parsed = selfAssessmentIndicatorSchema.parse(indicatorFromForm(values, indicator));
      expect(parsed).toEqual(indicator);
    }
  });

  it('leaves an empty threshold as text, so the schema refuses it', () => {
    const values = { ...indicatorFormValues(null, 'services'), nameEn: 'Events', unitEn: 'n' };
    const result = selfAssessmentIndicatorSchema.safeParse(
      indicatorFromForm({ ...values, bronze: '1', silver: '', gold: '3' }, { id: 'x', scale: [] }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['thresholds.silver']);
  });
});

describe('newIndicatorId', () => {
  it('folds a Turkish or English name to the id pattern the schema asks for', () => {
    expect(newIndicatorId('Ortak Ar-Ge projeleri (sayı)', new Set())).toBe(
      'ortak_ar_ge_projeleri_sayi',
    );
    expect(newIndicatorId('2024 members', new Set())).toBe('members');
    expect(newIndicatorId('%%', new Set())).toBe('indicator');
  });

  it('adds a number when the id is taken', () => {
    expect(newIndicatorId('Members', new Set(['members', 'members_2']))).toBe('members_3');
  });

  it('always gives an id the schema accepts', () => {
    for (const name of ['İşbirliği', 'a'.repeat(90), '__x__', 'Çğöşü 9']) {
      const id = newIndicatorId(name, new Set());
      expect(id).toMatch(/^[a-z][a-z0-9_]{0,59}$/);
    }
  });
});
