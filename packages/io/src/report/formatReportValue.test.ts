// Tests of the report's number and date formats in Turkish and English.

import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatChartValue,
  formatReportDate,
  formatTableNumber,
} from './formatReportValue';

describe('formatChartValue', () => {
  it('writes decimals with a comma and thousands with a dot in Turkish', () => {
    expect(formatChartValue(2.407, 'decimal', 'tr-TR')).toBe('2,41');
    expect(formatChartValue(18_420, 'integer', 'tr-TR')).toBe('18.420');
    expect(formatChartValue(18_420, 'integer', 'en-GB')).toBe('18,420');
  });

  it('reads a percent value as per cent and puts the sign where the language does', () => {
    expect(formatChartValue(12.5, 'percent', 'tr-TR')).toBe('%12,5');
    expect(formatChartValue(12.5, 'percent', 'en-GB')).toBe('12.5%');
    expect(formatChartValue(20, 'percent', 'en-GB', 0)).toBe('20%');
  });

  it('gives nothing for a value that is not finite', () => {
    expect(formatChartValue(Number.NaN, 'decimal', 'en-GB')).toBe('');
  });
});

describe('formatTableNumber and decimalsOf', () => {
  it('counts the decimals a number is written with, up to a limit', () => {
    expect([3, 2.5, 2.87, 1 / 3, 0.1 + 0.2].map((value) => decimalsOf(value))).toEqual([
      0, 1, 2, 3, 1,
    ]);
  });

  it('writes the given decimals and the missing mark for a value that is not finite', () => {
    expect(formatTableNumber(2.5, 'tr-TR', 2)).toBe('2,50');
    expect(formatTableNumber(-0.6, 'en-GB', 1)).toBe('-0.6');
    expect(formatTableNumber(Number.POSITIVE_INFINITY, 'en-GB', 0)).toBe('–');
  });
});

describe('formatReportDate', () => {
  it('writes a day in full in the language, and anything that is no real day as given', () => {
    expect(formatReportDate('2026-11-27', 'tr-TR')).toBe('27 Kasım 2026');
    expect(formatReportDate('2026-11-27', 'en-GB')).toBe('27 November 2026');
    expect(formatReportDate('2026-02-30', 'en-GB')).toBe('2026-02-30');
    expect(formatReportDate('soon', 'en-GB')).toBe('soon');
  });
});
