// An amount of money in the UI language's conventions: "₺1.500.000" in Turkish, "TRY 1,500,000"
// in English, whole units (budgets are planned, not accounted to the kuruş).

import { formatNumber } from '../../../i18n/format';

export function budgetText(amount: number, currency: string, language: string): string {
  return formatNumber(amount, language, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
}
