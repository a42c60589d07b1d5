// The action editor's values: a new action's defaults, what is sent (removed rows left out, empty
// numbers told apart from wrong ones), and the checks shown in the UI language.

import type { TFunction } from 'i18next';
import { actionInputSchema, type IsoDate } from '@kume/core';
import { describe, expect, it } from 'vitest';
import {
  actionFormErrors,
  actionInput,
  emptyAction,
  indicatorRow,
  type ActionFormValues,
} from './actionFormValues';
import { numberOf } from './numberField';

/** A stand-in for i18next that shows the key it was asked for. */
const t = ((key: string) => key) as unknown as TFunction;

const valid = (patch: Partial<ActionFormValues> = {}): ActionFormValues => ({
  ...emptyAction('2027-01-01' as IsoDate, 'factor:w1:f1'),
  title: 'Ortak test laboratuvarı',
  layer: 'resources',
  ...patch,
});

describe('emptyAction', () => {
  it('starts on the roadmap’s first day, ends a year later and links the item asked for', () => {
    const values = emptyAction('2027-01-01' as IsoDate, 'gap:empty_stage:s3');
    expect([values.startOn, values.endOn, values.itemKeys]).toEqual([
      '2027-01-01',
      '2028-01-01',
      ['gap:empty_stage:s3'],
    ]);
  });
});

describe('actionInput', () => {
  it('sends an empty budget as not costed and leaves out removed indicator rows', () => {
    const kept = { ...indicatorRow('2027-01-01', '2028-01-01'), name: 'Firms', unit: 'firms' };
    const removed = {
      ...kept,
      key: 'gone',
      id: 'a6b8c1de-0000-4000-8000-000000000001',
      removed: true,
    };
    const input = actionInput(
      valid({ indicators: [removed, { ...kept, baseline: 3, target: 12 }] }),
    );
    expect(input.budget).toBeNull();
    expect(input.indicators).toEqual([
      {
        name: 'Firms',
        unit: 'firms',
        baseline: 3,
        baselineOn: '2027-01-01',
        target: 12,
        dueOn: '2028-01-01',
        presetCode: null,
      },
    ]);
    expect(actionInputSchema.safeParse(input).success).toBe(true);
  });

  it('is refused by the schema without a layer, with an unreadable budget, or an empty target', () => {
    const paths = (values: ActionFormValues) =>
      actionInputSchema
        .safeParse(actionInput(values))
        .error?.issues.map((issue) => issue.path.join('.'));
    expect(paths(valid({ layer: null }))).toEqual(['layer']);
    expect(paths(valid({ budget: '12a' }))).toEqual(['budget']);
    const row = { ...indicatorRow('2027-01-01', '2028-01-01'), name: 'x', unit: 'y', baseline: 0 };
    expect(paths(valid({ indicators: [row] }))).toEqual(['indicators.0.target']);
  });

  it('fills a programme preset’s name and unit in the language asked for', () => {
    const row = indicatorRow('2027-01-01', '2028-06-30', {
      code: 'kdp_active_firms',
      language: 'en',
    });
    expect([row.name, row.unit, row.presetCode, row.dueOn]).toEqual([
      'Active firms in the cluster',
      'number',
      'kdp_active_firms',
      '2028-06-30',
    ]);
  });
});

describe('actionFormErrors', () => {
  it('says an end before the start on the end date, and a negative budget on the budget', () => {
    expect(actionFormErrors(valid({ endOn: '2026-12-31', budget: -5 }), t)).toEqual({
      endOn: 'roadmap:editor.endBeforeStart',
      budget: 'roadmap:editor.budgetNegative',
    });
  });

  it('numbers an indicator’s due-day message by the rows sent, removed rows skipped', () => {
    const row = indicatorRow('2027-01-01', '2028-01-01');
    const errors = actionFormErrors(
      valid({
        indicators: [
          { ...row, key: 'a', removed: true, dueOn: '2026-01-01' },
          { ...row, key: 'b', dueOn: '2027-01-01' },
        ],
      }),
      t,
    );
    expect(errors).toEqual({ 'indicators.0.dueOn': 'roadmap:editor.dueBeforeBaseline' });
  });

  it('finds nothing wrong with a valid action, nor with dates still being typed', () => {
    expect(actionFormErrors(valid(), t)).toEqual({});
    expect(actionFormErrors(valid({ endOn: '' }), t)).toEqual({});
  });
});

describe('numberOf', () => {
  it('keeps numbers, calls empty input empty and anything unreadable not a number', () => {
    expect(numberOf(12.5, null)).toBe(12.5);
    expect(numberOf('  ', null)).toBeNull();
    expect(numberOf('', '')).toBe('');
    expect(numberOf('-', null)).toBeNaN();
    expect(numberOf('-3', null)).toBe(-3);
  });
});
