// Numbers and dates as the deck's language writes them (tr-TR: 1.234,5; en-GB: 1,234.5).

import type { IsoDate } from '../brand';
import type { DeckLanguage } from './deckInput';

export interface DeckFormat {
  locale: string;
  /** 12.345 / 12,345 */
  integer(value: number): string;
  /** Fixed decimals (LQ: 2). */
  decimal(value: number, digits?: number): string;
  /** A per-cent figure, signed when asked: "+%3,4" / "+3.4%". */
  percent(value: number, digits?: number, signed?: boolean): string;
  /** 14 Mayıs 2025 / 14 May 2025; the text itself when it is not a date. */
  date(iso: IsoDate | string): string;
  /** With the weekday: 14 Mayıs 2025 Çarşamba / Wednesday 14 May 2025. */
  dateWithWeekday(iso: IsoDate | string): string;
}

function parseDay(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function deckFormat(language: DeckLanguage): DeckFormat {
  const locale = language === 'tr' ? 'tr-TR' : 'en-GB';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  return {
    locale,
    integer: (value) => integer.format(Math.round(value)),
    decimal: (value, digits = 2) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value),
    percent: (value, digits = 1, signed = false) => {
      const text = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      }).format(value);
      // Turkish puts the per-cent sign before the number, after a plus or minus: %3,4, +%3,4.
      return language === 'tr' ? `%${text}`.replace(/^%([+\-−])/, '$1%') : `${text}%`;
    },
    date: (iso) => {
      const day = parseDay(iso);
      return day ? long.format(day) : iso;
    },
    dateWithWeekday: (iso) => {
      const day = parseDay(iso);
      return day ? full.format(day) : iso;
    },
  };
}
