// Numbers and dates as the report's language writes them: 2,87 and %12,5 in Turkish, 2.87 and
// 12.5% in English; 26 Kasım 2026 and 26 November 2026.

import { parseIsoDate, type ReportValueFormat } from '@kume/core';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * `value` in a chart's format: integer rounds to a whole number; decimal has `digits` decimals
 * (default 2); percent reads the value as per cent (12.5 is 12.5 %) with `digits` decimals
 * (default 1). Thousands are grouped (12.345 in Turkish). A non-finite value gives ''.
 */
export function formatChartValue(
  value: number,
  format: ReportValueFormat,
  locale: string,
  digits?: number,
): string {
  if (!Number.isFinite(value)) return '';
  if (format === 'integer') return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  if (format === 'decimal') {
    const fixed = digits ?? 2;
    return numberFormat(locale, {
      minimumFractionDigits: fixed,
      maximumFractionDigits: fixed,
    }).format(value);
  }
  const fixed = digits ?? 1;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fixed,
    maximumFractionDigits: fixed,
  }).format(value / 100);
}

/** Decimals `value` is written with (0 for 3, 2 for 2.87), counted up to `limit`. */
export function decimalsOf(value: number, limit = 3): number {
  for (let digits = 0; digits < limit; digits += 1) {
    const scaled = value * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return digits;
  }
  return limit;
}

/**
 * A table's number with exactly `digits` decimals, thousands grouped. A year belongs in a string
 * cell: as a number it is grouped (2.023 in Turkish).
 */
export function formatTableNumber(value: number, locale: string, digits: number): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** An ISO day (YYYY-MM-DD) written out in full in `locale`; the text itself when it is no real day. */
export function formatReportDate(iso: string, locale: string): string {
  const day = parseIsoDate(iso);
  if (!day) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
