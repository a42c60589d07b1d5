// Indicator health against the straight line from baseline to target.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../brand';
import { indicatorHealth } from './indicatorHealth';

const day = (text: string) => text as IsoDate;
// 0 -> 100 firms over 2025 and 2026 (730 days): the line is at 50 on 2026-01-01.
const rising = {
  unit: 'adet',
  baseline: 0,
  baselineOn: day('2025-01-01'),
  target: 100,
  dueOn: day('2027-01-01'),
};
const measured = (on: string, value: number, unit = 'adet') => ({ on: day(on), value, unit });
const midway = day('2026-01-01');

describe('indicatorHealth', () => {
  it('has no data without a value in the unit measured by today', () => {
    const report = indicatorHealth(
      rising,
      [measured('2025-06-01', 10, '%'), measured('2026-06-01', 90)],
      midway,
    );
    expect(report).toMatchObject({ health: 'no_data', latest: null, progress: null });
    expect(report.expected).toBeCloseTo(50, 6);
  });

  it('is on track at or above 90% of the expected progress and at risk below it', () => {
    expect(indicatorHealth(rising, [measured('2025-12-01', 45)], midway).health).toBe('on_track');
    const risk = indicatorHealth(rising, [measured('2025-12-01', 44)], midway);
    expect(risk.health).toBe('at_risk');
    expect(risk.progress).toBeCloseTo(0.44, 9);
    expect(risk.expectedProgress).toBeCloseTo(365 / 730, 9);
  });

  it('judges the latest value, the later one in the list on the same day', () => {
    const values = [
      measured('2025-12-01', 60),
      measured('2025-09-01', 10),
      measured('2025-12-01', 20),
    ];
    expect(indicatorHealth(rising, values, midway)).toMatchObject({
      health: 'at_risk',
      latest: { value: 20 },
    });
  });

  it('is achieved once the target is reached, even after the due date', () => {
    expect(indicatorHealth(rising, [measured('2026-10-01', 100)], day('2028-01-01')).health).toBe(
      'achieved',
    );
  });

  it('is late after the due date when the target is not reached, but not on the due date', () => {
    const values = [measured('2026-12-31', 95)];
    expect(indicatorHealth(rising, values, day('2027-01-01')).health).toBe('on_track');
    expect(indicatorHealth(rising, values, day('2027-01-02')).health).toBe('late');
  });

  it('works for a falling target: reached at or below it, progress measured downwards', () => {
    const falling = { ...rising, unit: '%', baseline: 40, target: 10 };
    expect(indicatorHealth(falling, [measured('2025-12-01', 26, 'percent')], midway)).toMatchObject(
      {
        health: 'on_track',
        expected: expect.closeTo(25, 6),
      },
    );
    expect(indicatorHealth(falling, [measured('2025-12-01', 27, '%')], midway).health).toBe(
      'at_risk',
    );
    expect(indicatorHealth(falling, [measured('2025-12-01', 9, '%')], midway).health).toBe(
      'achieved',
    );
  });

  it('expects nothing before the baseline day and the target from the due date', () => {
    const early = indicatorHealth(rising, [measured('2024-12-01', 0)], day('2024-12-15'));
    expect(early).toMatchObject({ health: 'on_track', expectedProgress: 0, expected: 0 });
    expect(indicatorHealth(rising, [], day('2027-05-01'))).toMatchObject({
      expectedProgress: 1,
      expected: 100,
    });
  });

  it('treats a target equal to the baseline as holding the level', () => {
    const hold = { ...rising, baseline: 20, target: 20 };
    expect(indicatorHealth(hold, [measured('2025-06-01', 20)], midway).health).toBe('achieved');
    expect(indicatorHealth(hold, [measured('2025-06-01', 19)], midway).health).toBe('at_risk');
  });

  it('judges a falling indicator as the mirror of the rising one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 150, noNaN: true }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 900 }),
        (value, measuredAfter, todayAfter) => {
          const on = addDays(rising.baselineOn, Math.min(measuredAfter, todayAfter));
          const today = addDays(rising.baselineOn, todayAfter);
          const up = indicatorHealth(rising, [{ on, value, unit: 'adet' }], today);
          const mirror = { ...rising, baseline: 0, target: -100 };
          const down = indicatorHealth(mirror, [{ on, value: -value, unit: 'adet' }], today);
          expect(down.health).toBe(up.health);
        },
      ),
    );
  });
});
