// An action's input: every field's limits, the checks across fields, and the defaults.

import { describe, expect, it } from 'vitest';
import { actionInputSchema, indicatorInputSchema } from './actionInput';

const owner = '6f1f6a4e-3c1b-4c55-9f57-6c3c4f0e2a11';
const partner = '0d7b8d4e-7a61-4b2b-8f2e-1d6a1c9c0b22';
const action = {
  title: 'Ortak test laboratuvarı',
  layer: 'resources',
  itemKeys: ['factor:w2:f1', 'gap:empty_stage:testing'],
  ownerOrganisationId: owner,
  partnerOrganisationIds: [partner],
  startOn: '2027-01-01',
  endOn: '2028-06-30',
  budget: 2_500_000,
};
const indicator = {
  name: 'Laboratuvarı kullanan firma',
  unit: 'adet',
  baseline: 0,
  baselineOn: '2027-01-01',
  target: 25,
  dueOn: '2028-06-30',
};
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('actionInputSchema', () => {
  it('fills the defaults: planned, TRY, no horizon (derived later), no indicators', () => {
    expect(actionInputSchema.parse(action)).toMatchObject({
      objective: '',
      horizon: null,
      currency: 'TRY',
      fundingSource: '',
      status: 'planned',
      indicators: [],
    });
  });

  it('refuses an end before the start, naming endOn, and accepts a one-day action', () => {
    expect(issuesOf(actionInputSchema.safeParse({ ...action, endOn: '2026-12-31' }))).toEqual([
      'endOn: the end date 2026-12-31 is before the start date 2027-01-01',
    ]);
    expect(actionInputSchema.safeParse({ ...action, endOn: '2027-01-01' }).success).toBe(true);
  });

  it('refuses a negative budget, naming budget, and accepts none or zero', () => {
    expect(issuesOf(actionInputSchema.safeParse({ ...action, budget: -1 }))).toEqual([
      'budget: the budget cannot be negative',
    ]);
    expect(actionInputSchema.parse({ ...action, budget: null }).budget).toBeNull();
    expect(actionInputSchema.parse({ ...action, budget: 0 }).budget).toBe(0);
  });

  it('upper-cases the currency and refuses one that is not three letters', () => {
    expect(actionInputSchema.parse({ ...action, currency: ' eur ' }).currency).toBe('EUR');
    expect(issuesOf(actionInputSchema.safeParse({ ...action, currency: 'TL' }))).toEqual([
      'currency: a three-letter currency code (TRY, EUR, USD)',
    ]);
  });

  it('refuses bad field values one by one, naming the field', () => {
    const bad: [string, unknown][] = [
      ['title', '   '],
      ['layer', 'technology'],
      ['horizon', 'eventually'],
      ['status', 'stalled'],
      ['startOn', '2027-02-30'],
      ['ownerOrganisationId', 'firm 7'],
      ['partnerOrganisationIds', ['nope']],
      ['budget', Number.NaN],
      ['title', 'A\u0000B'],
    ];
    for (const [field, value] of bad) {
      const issues = issuesOf(actionInputSchema.safeParse({ ...action, [field]: value }));
      expect(issues.length, `${field}: ${String(value)}`).toBeGreaterThan(0);
      expect(issues[0]!.split(/[.:]/)[0]).toBe(field);
    }
  });

  it('refuses item keys that are no roadmap key or are listed twice', () => {
    expect(
      issuesOf(
        actionInputSchema.safeParse({
          ...action,
          itemKeys: ['factor:w2:f1', 'vision', 'factor:w2:f1'],
        }),
      ),
    ).toEqual([
      'itemKeys.1: not a roadmap item key',
      'itemKeys.2: the item factor:w2:f1 is listed twice',
    ]);
  });

  it('refuses the owner as a partner and a partner listed twice', () => {
    expect(
      issuesOf(
        actionInputSchema.safeParse({
          ...action,
          partnerOrganisationIds: [owner, partner, partner],
        }),
      ),
    ).toEqual([
      'partnerOrganisationIds.0: the owner is not also a partner',
      'partnerOrganisationIds.2: the partner is listed twice',
    ]);
  });

  it('checks each indicator and refuses one id used twice', () => {
    const id = '3a0f9a59-5d0e-4d0c-9a53-2b7e8d1f4c33';
    expect(
      issuesOf(
        actionInputSchema.safeParse({
          ...action,
          indicators: [
            { ...indicator, id },
            { ...indicator, id },
            { ...indicator, unit: '' },
          ],
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^indicators\.2\.unit: /),
      'indicators.1.id: the indicator id is used twice',
    ]);
  });
});

describe('indicatorInputSchema', () => {
  it('accepts a falling target and keeps no preset by default', () => {
    expect(indicatorInputSchema.parse({ ...indicator, baseline: 40, target: 10 })).toMatchObject({
      baseline: 40,
      target: 10,
      presetCode: null,
    });
  });

  it('refuses a due date on or before the baseline date, naming dueOn', () => {
    expect(issuesOf(indicatorInputSchema.safeParse({ ...indicator, dueOn: '2027-01-01' }))).toEqual(
      ['dueOn: the due date must be after the baseline date'],
    );
  });

  it('refuses a baseline or target that is not a finite number', () => {
    expect(indicatorInputSchema.safeParse({ ...indicator, baseline: Infinity }).success).toBe(
      false,
    );
    expect(indicatorInputSchema.safeParse({ ...indicator, target: '25' }).success).toBe(false);
  });
});
