// The action plan's budget added up by term and by funding source, one sum per currency (budgets
// in different currencies are never added together).

import { HORIZONS, type Horizon } from '@kume/core';

/** What the totals read of an action. */
export interface BudgetedAction {
  budget: number | null;
  currency: string;
  fundingSource: string;
  effectiveHorizon: Horizon;
  status: string;
}

/** An amount in one currency. */
export interface CurrencySum {
  currency: string;
  amount: number;
}

export interface BudgetGroup<K> {
  key: K;
  /** One sum per currency, the largest first. */
  sums: CurrencySum[];
  /** Actions in the group counted (cancelled ones are not). */
  actions: number;
  /** Of those, actions without a budget yet. */
  uncosted: number;
}

export interface BudgetTotals {
  byHorizon: BudgetGroup<Horizon>[];
  /** By funding source as typed (trimmed; '' when not given, listed last), A to Z in Turkish. */
  byFundingSource: BudgetGroup<string>[];
  total: BudgetGroup<'all'>;
}

function group<K>(key: K, actions: readonly BudgetedAction[]): BudgetGroup<K> {
  const sums = new Map<string, number>();
  let uncosted = 0;
  for (const action of actions)
    if (action.budget === null) uncosted += 1;
    else sums.set(action.currency, (sums.get(action.currency) ?? 0) + action.budget);
  return {
    key,
    sums: [...sums]
      .map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
    actions: actions.length,
    uncosted,
  };
}

/**
 * The totals of `actions`, leaving out cancelled ones (their money is not spent). Every term is
 * listed, empty ones too; funding sources only as they occur.
 */
export function budgetTotals(actions: readonly BudgetedAction[]): BudgetTotals {
  const counted = actions.filter((action) => action.status !== 'cancelled');
  const collator = new Intl.Collator('tr');
  const sources = [...new Set(counted.map((action) => action.fundingSource.trim()))].sort(
    (a, b) => Number(a === '') - Number(b === '') || collator.compare(a, b),
  );
  return {
    byHorizon: HORIZONS.map((horizon) =>
      group(
        horizon,
        counted.filter((action) => action.effectiveHorizon === horizon),
      ),
    ),
    byFundingSource: sources.map((source) =>
      group(
        source,
        counted.filter((action) => action.fundingSource.trim() === source),
      ),
    ),
    total: group('all', counted),
  };
}
