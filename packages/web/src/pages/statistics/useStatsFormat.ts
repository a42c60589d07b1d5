// Numbers of the secondary research in the UI language: location quotients, growth rates,
// employment and shares, each with the precision it deserves. The object is the same from one
// render to the next while the language stays, so charts that depend on it do not redraw.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';

function statsFormat(language: string) {
  const number = (value: number | null | undefined, options?: Intl.NumberFormatOptions) =>
    formatNumber(value, language, options);
  return {
    language,
    number,
    date: (iso: string | null | undefined) => formatDate(iso, language),
    /** A location quotient with two decimals: 1.25. */
    lq: (value: number | null | undefined) =>
      number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    /** A yearly growth rate (fraction) as a signed percentage with one decimal: +2.3%. */
    growth: (value: number | null | undefined) =>
      number(value, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }),
    /** A count in few characters for chart axes: 120K, 1.2M (120 B, 1,2 Mn in Turkish). */
    compact: (value: number | null | undefined) =>
      number(value, { notation: 'compact', maximumFractionDigits: 1 }),
    /** A whole count: 12,345. */
    count: (value: number | null | undefined) => number(value, { maximumFractionDigits: 0 }),
    /** A signed whole count for changes: +1,204. */
    change: (value: number | null | undefined) =>
      number(value, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
    /** A share (0-1) as a percentage with one decimal. */
    share: (value: number | null | undefined) =>
      number(value, { style: 'percent', maximumFractionDigits: 1 }),
    /** A score such as relatedness density, with two significant digits. */
    score: (value: number | null | undefined) => number(value, { maximumSignificantDigits: 2 }),
  };
}

export type StatsFormat = ReturnType<typeof statsFormat>;

export function useStatsFormat(): StatsFormat {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => statsFormat(language), [language]);
}
