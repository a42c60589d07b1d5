// The sample roadmap's dates and value histories: month arithmetic, quarter ends, and values that
// stand as planned.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { indicatorHealth } from '../roadmap/indicatorHealth';
import { addMonths, indicatorHistory, quarterEndsBetween } from './sampleIndicatorHistory';

const day = (text: string) => text as IsoDate;

describe('addMonths', () => {
  it('keeps the day of the month, or the month’s last day when it has fewer', () => {
    expect(addMonths(day('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(day('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonths(day('2026-03-15'), -15)).toBe('2024-12-15');
    expect(addMonths(day('2026-01-01'), 36)).toBe('2029-01-01');
  });
});

describe('quarterEndsBetween', () => {
  it('lists the quarters’ last days strictly between the two days, oldest first', () => {
    expect(quarterEndsBetween(day('2025-09-30'), day('2026-06-30'))).toEqual([
      '2025-12-31',
      '2026-03-31',
    ]);
    expect(quarterEndsBetween(day('2026-04-01'), day('2026-06-29'))).toEqual([]);
  });
});

describe('indicatorHistory', () => {
  const today = day('2026-11-26');
  const plan = { baseline: 0, target: 40, values: 3 } as const;
  const healthOf = (health: 'achieved' | 'on_track' | 'at_risk' | 'late', due = '2027-12-31') => {
    const indicator = {
      unit: 'firma',
      baseline: 0,
      baselineOn: day('2025-12-01'),
      target: 40,
      dueOn: day(due),
    };
    const values = indicatorHistory(
      { ...plan, health },
      indicator.baselineOn,
      indicator.dueOn,
      today,
    );
    return {
      values,
      health: indicatorHealth(
        indicator,
        values.map((v) => ({ ...v, unit: 'firma' })),
        today,
      ).health,
    };
  };

  it('gives rising values at the last quarter ends before today, standing as planned', () => {
    const onTrack = healthOf('on_track');
    expect(onTrack.values.map((v) => v.on)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30']);
    expect(onTrack.values.map((v) => v.value)).toEqual(
      [...onTrack.values.map((v) => v.value)].sort((a, b) => a - b),
    );
    expect(onTrack.health).toBe('on_track');
    expect(healthOf('at_risk').health).toBe('at_risk');
    expect(healthOf('achieved').values.at(-1)?.value).toBe(40);
    expect(healthOf('achieved').health).toBe('achieved');
    expect(healthOf('late', '2026-10-31').health).toBe('late');
  });

  it('records nothing for an indicator planned without values', () => {
    expect(
      indicatorHistory({ ...plan, health: 'none' }, day('2025-01-01'), day('2027-01-01'), today),
    ).toEqual([]);
  });
});
