// The roadmap's budget summed by group (term, layer, funding source) and currency, as tables and a
// chart for the summary and the budget section. Cancelled actions are left out.

import type { ReportBlock } from './reportDocument';
import { MISSING, type RoadmapContext } from './roadmapDocumentContext';
import type { RoadmapDocumentAction } from './roadmapDocumentInput';

/** The actions that count towards the budget: all but the cancelled. */
export const budgetedActions = (actions: readonly RoadmapDocumentAction[]) =>
  actions.filter((action) => action.status !== 'cancelled');

/** The currencies the costed actions use, the largest total first (ties by code). */
export function budgetCurrencies(actions: readonly RoadmapDocumentAction[]): string[] {
  const totals = new Map<string, number>();
  for (const action of actions)
    if (action.budget !== null)
      totals.set(action.currency, (totals.get(action.currency) ?? 0) + action.budget);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([currency]) => currency);
}

/** The total of each currency, in `currencies` order. */
export function budgetTotals(
  actions: readonly RoadmapDocumentAction[],
  currencies: readonly string[],
): number[] {
  return currencies.map((currency) =>
    actions.reduce(
      (sum, action) =>
        sum + (action.budget !== null && action.currency === currency ? action.budget : 0),
      0,
    ),
  );
}

export interface BudgetGroup {
  label: string;
  actions: RoadmapDocumentAction[];
}

/**
 * A table of the groups: label, number of actions, the budget in each currency, and (with one
 * currency) each group's share of the total. A total row closes it. Groups without an action are
 * kept, so a term with nothing planned shows as such.
 */
export function budgetTable(
  context: RoadmapContext,
  column: string,
  groups: readonly BudgetGroup[],
  currencies: readonly string[],
): ReportBlock {
  const { words } = context;
  const all = groups.flatMap((group) => group.actions);
  const grand = budgetTotals(all, currencies);
  const single = currencies.length === 1;
  const row = (label: string, actions: readonly RoadmapDocumentAction[]) => {
    // A group whose actions are all uncosted has no total, which is not the same as 0.
    const costed = actions.length === 0 || actions.some((action) => action.budget !== null);
    const totals = budgetTotals(actions, currencies);
    const share =
      single && (grand[0] ?? 0) > 0
        ? [Math.round(((totals[0] ?? 0) / (grand[0] ?? 1)) * 1000) / 10]
        : single
          ? [MISSING]
          : [];
    return [
      label,
      actions.length,
      ...totals.map((total) => (costed ? Math.round(total) : MISSING)),
      ...(costed ? share : single ? [MISSING] : []),
    ];
  };
  return {
    kind: 'table',
    columns: [
      column,
      words.common.actions,
      ...currencies.map((currency) => words.common.budget(context.currencyName(currency))),
      ...(single ? [words.common.share] : []),
    ],
    rows: [...groups.map((group) => row(group.label, group.actions)), row(words.common.total, all)],
  };
}

/**
 * A bar chart of the groups' budget in the first currency, in thousands or millions when the
 * amounts are large so that the axis stays readable.
 */
export function budgetChart(
  context: RoadmapContext,
  by: string,
  groups: readonly BudgetGroup[],
  currency: string,
): ReportBlock {
  const { words } = context;
  const totals = groups.map((group) => budgetTotals(group.actions, [currency])[0] ?? 0);
  const largest = Math.max(0, ...totals);
  const name = context.currencyName(currency);
  const [divisor, unit] =
    largest >= 1e6
      ? [1e6, words.budget.million(name)]
      : largest >= 1e4
        ? [1e3, words.budget.thousand(name)]
        : [1, name];
  return {
    kind: 'chart',
    chart: 'bar',
    categories: groups.map((group) => group.label),
    series: [{ name: words.plan.budget, values: totals.map((total) => total / divisor) }],
    valueFormat: divisor === 1e6 ? 'decimal' : 'integer',
    caption: words.budget.caption(by, unit),
  };
}
