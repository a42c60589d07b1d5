// Tests of the timer countdown.

import { describe, expect, it } from 'vitest';
import { formatCountdown, secondsLeft } from './countdown';

describe('secondsLeft', () => {
  it('is null without a timer', () => {
    expect(secondsLeft(null, 0)).toBeNull();
  });

  it('rounds a part second up, so the last second still shows 1', () => {
    expect(secondsLeft({ endsAt: 10_000 }, 9_001)).toBe(1);
    expect(secondsLeft({ endsAt: 10_000 }, 0)).toBe(10);
  });

  it('stops at 0 once the time is up', () => {
    expect(secondsLeft({ endsAt: 10_000 }, 15_000)).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('writes minutes and two-digit seconds', () => {
    expect(formatCountdown(75)).toBe('1:15');
    expect(formatCountdown(5)).toBe('0:05');
    expect(formatCountdown(3_600)).toBe('60:00');
  });
});
