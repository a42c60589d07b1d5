// The programme indicators form sends only what is chosen, with numbers, and names each problem.

import { describe, expect, it } from 'vitest';
import { presetIndicatorsInput, type PresetFormValues } from './presetIndicatorsInput';

const values = (rows: PresetFormValues['rows'], days: Partial<PresetFormValues> = {}) => ({
  rows,
  baselineOn: '2025-01-01',
  dueOn: '2027-12-31',
  ...days,
});

describe('presetIndicatorsInput', () => {
  it('sends the chosen presets only, with their figures read as numbers (decimal comma too)', () => {
    const { input, problems } = presetIndicatorsInput(
      values({
        kdp_active_firms: { chosen: true, baseline: '12', target: '40,5' },
        kdp_new_products: { chosen: false, baseline: 'x', target: '' },
      }),
      'tr',
    );
    expect(problems).toEqual({});
    expect(input).toEqual({
      codes: ['kdp_active_firms'],
      lang: 'tr',
      baselineOn: '2025-01-01',
      dueOn: '2027-12-31',
      figures: { kdp_active_firms: { baseline: 12, target: 40.5 } },
    });
  });

  it('names a missing or wrong figure of a chosen preset by its code', () => {
    const { input, problems } = presetIndicatorsInput(
      values({ kdp_active_firms: { chosen: true, baseline: '', target: 'ten' } }),
      'en',
    );
    expect(input).toBeNull();
    expect(problems).toEqual({
      'kdp_active_firms.baseline': 'required',
      'kdp_active_firms.target': 'number',
    });
  });

  it('refuses nothing chosen and a due day not after the baseline day', () => {
    const { input, problems } = presetIndicatorsInput(values({}, { dueOn: '2025-01-01' }), 'en');
    expect(input).toBeNull();
    expect(problems).toEqual({ codes: 'none', dueOn: 'dueAfter' });
  });
});
