// A recorded value: its schema and its unit against the indicator's.

import { describe, expect, it } from 'vitest';
import { checkIndicatorValue, indicatorValueInputSchema } from './checkIndicatorValue';

const value = {
  indicatorId: '3a0f9a59-5d0e-4d0c-9a53-2b7e8d1f4c33',
  on: '2027-06-30',
  value: 12,
  unit: '%',
};

describe('checkIndicatorValue', () => {
  it('refuses a value in another unit, naming both units', () => {
    expect(checkIndicatorValue({ unit: '%' }, { unit: 'firms' })).toEqual([
      { path: ['unit'], message: 'this indicator is measured in %, not firms' },
    ]);
  });

  it('accepts the same unit however it is written', () => {
    expect(checkIndicatorValue({ unit: 'yüzde' }, { unit: 'Percent' })).toEqual([]);
    expect(checkIndicatorValue({ unit: 'Adet' }, { unit: 'number' })).toEqual([]);
  });
});

describe('indicatorValueInputSchema', () => {
  it('accepts a value and defaults the note', () => {
    expect(indicatorValueInputSchema.parse(value)).toEqual({ ...value, note: '' });
  });

  it('refuses a bad day, a non-number, an empty unit and an indicator that is not an id, naming each', () => {
    const result = indicatorValueInputSchema.safeParse({
      indicatorId: 'x',
      on: '2027-13-01',
      value: '12',
      unit: ' ',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'indicatorId',
      'on',
      'value',
      'unit',
    ]);
  });
});
