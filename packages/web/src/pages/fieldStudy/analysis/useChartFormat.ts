// Number formatting for chart options: the same object while the language stays, so memoised
// chart options are not rebuilt (and the charts not redrawn) on every render.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../i18n/format';

export function useChartFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      number: (value: number | null | undefined, options?: Intl.NumberFormatOptions) =>
        formatNumber(value, language, options),
      percent: (value: number | null | undefined) => formatPercent(value, language),
    }),
    [language],
  );
}
