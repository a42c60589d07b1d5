// The indicator chart draws the values, the plan from baseline to target, the target level, and
// today only when it falls within the days shown.

import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from 'echarts/charts';
import { indicatorChartOption } from './indicatorChartOption';

const indicator = {
  baseline: 10,
  baselineOn: '2024-01-01',
  target: 40,
  dueOn: '2026-12-31',
  values: [
    { on: '2024-06-30', value: 14, note: '' },
    { on: '2025-06-30', value: 22, note: 'survey' },
  ],
};
const settings = (today: string) => ({
  names: { values: 'Values', plan: 'Plan', target: 'Target', today: 'Today' },
  today,
  unit: 'firms',
  formatDate: (day: string) => day,
  formatMonth: String,
  formatNumber: String,
});

describe('indicatorChartOption', () => {
  it('draws the plan from (baselineOn, baseline) to (dueOn, target) and the values as points', () => {
    const [plan, values] = indicatorChartOption(indicator, settings('2025-07-01'))
      .series as LineSeriesOption[];
    expect(plan!.data).toEqual([
      ['2024-01-01', 10],
      ['2026-12-31', 40],
    ]);
    expect(values!.data).toEqual([
      ['2024-06-30', 14],
      ['2025-06-30', 22],
    ]);
    expect(plan!.markLine?.data).toEqual([{ yAxis: 40 }]);
  });

  it('marks today within the span, and not when it lies outside', () => {
    const within = indicatorChartOption(indicator, settings('2025-07-01'))
      .series as LineSeriesOption[];
    expect(within[1]!.markLine?.data).toEqual([{ xAxis: '2025-07-01' }]);
    const after = indicatorChartOption(indicator, settings('2027-03-01'))
      .series as LineSeriesOption[];
    expect(after[1]!.markLine).toBeUndefined();
  });

  it('widens the time axis to a value measured before the baseline day', () => {
    const early = {
      ...indicator,
      values: [{ on: '2023-11-30', value: 9, note: '' }, ...indicator.values],
    };
    const option = indicatorChartOption(early, settings('2025-07-01'));
    expect(option.xAxis).toMatchObject({ min: '2023-11-30', max: '2026-12-31' });
  });
});
