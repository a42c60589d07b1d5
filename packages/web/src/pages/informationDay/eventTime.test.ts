// The event's day and hours in the UI language.

import { describe, expect, it } from 'vitest';
import { clockText, eventDateText, timeRangeText } from './eventTime';

describe('eventDateText', () => {
  // The punctuation between the parts depends on the ICU data of the browser; the parts do not.
  it('writes the day with its weekday in Turkish and in English', () => {
    expect(eventDateText('2026-11-26', 'tr')).toMatch(
      /26 Kasım 2026.*Perşembe|Perşembe.*26 Kasım 2026/,
    );
    expect(eventDateText('2026-11-26', 'en')).toMatch(/^Thursday,? 26 November 2026$/);
  });

  it('keeps the day of the venue: the first and last of the year stay in their year', () => {
    expect(eventDateText('2027-01-01', 'en')).toMatch(/Friday,? 1 January 2027/);
    expect(eventDateText('2026-12-31', 'en')).toMatch(/Thursday,? 31 December 2026/);
  });

  it('keeps a text that is no date as it is', () => {
    expect(eventDateText('soon', 'en')).toBe('soon');
  });
});

describe('timeRangeText and clockText', () => {
  it('joins the hours with an en dash', () => {
    expect(timeRangeText('09:30', '12:30')).toBe('09:30–12:30');
  });

  it('shows an instant as a 24-hour clock time and nothing for none', () => {
    expect(clockText('2026-11-26T10:05:00Z', 'tr')).toMatch(/^\d{2}:05$/);
    expect(clockText(null, 'en')).toBe('');
  });
});
