// Dates and numbers in the UI language's conventions (Intl), and Turkish-aware casing.

import { useTranslation } from 'react-i18next';

const localeTag = (language: string) => (language === 'tr' ? 'tr-TR' : 'en-GB');

/** `2026-11-26` as "26 Kasım 2026" or "26 Nov 2026"; empty for null. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTag(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: iso.length === 10 ? 'UTC' : undefined,
  }).format(date);
}

export function formatNumber(
  value: number | null | undefined,
  language: string,
  options?: Intl.NumberFormatOptions,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(localeTag(language), options).format(value);
}

export function formatPercent(value: number | null | undefined, language: string): string {
  return formatNumber(value, language, { style: 'percent', maximumFractionDigits: 0 });
}

export function upperCase(text: string, language: string): string {
  return text.toLocaleUpperCase(localeTag(language));
}

/** Formatting functions bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    date: (iso: string | null | undefined) => formatDate(iso, language),
    number: (value: number | null | undefined, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, options),
    percent: (value: number | null | undefined) => formatPercent(value, language),
  };
}

/** Today in the browser's time zone, as YYYY-MM-DD (for date inputs' defaults). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
