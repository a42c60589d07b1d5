// budgetTotals adds the plan's budgets by term and funding source, never across currencies.

import { describe, expect, it } from 'vitest';
import { budgetTotals, type BudgetedAction } from './budgetTotals';

const action = (patch: Partial<BudgetedAction>): BudgetedAction => ({
  budget: 100,
  currency: 'TRY',
  fundingSource: 'KOSGEB',
  effectiveHorizon: 'short',
  status: 'planned',
  ...patch,
});

describe('budgetTotals', () => {
  it('adds budgets by term, one sum per currency, and lists every term', () => {
    const totals = budgetTotals([
      action({ budget: 100 }),
      action({ budget: 250 }),
      action({ budget: 40, currency: 'EUR' }),
      action({ budget: 1_000, effectiveHorizon: 'long' }),
    ]);
    expect(totals.byHorizon).toEqual([
      {
        key: 'short',
        sums: [
          { currency: 'TRY', amount: 350 },
          { currency: 'EUR', amount: 40 },
        ],
        actions: 3,
        uncosted: 0,
      },
      { key: 'medium', sums: [], actions: 0, uncosted: 0 },
      { key: 'long', sums: [{ currency: 'TRY', amount: 1_000 }], actions: 1, uncosted: 0 },
    ]);
  });

  it('leaves cancelled actions out and counts the ones not costed yet', () => {
    const totals = budgetTotals([
      action({ budget: 100 }),
      action({ budget: 900, status: 'cancelled' }),
      action({ budget: null }),
    ]);
    expect(totals.total).toEqual({
      key: 'all',
      sums: [{ currency: 'TRY', amount: 100 }],
      actions: 2,
      uncosted: 1,
    });
  });

  it('groups by funding source as typed, in Turkish order, with no source last', () => {
    const totals = budgetTotals([
      action({ fundingSource: '' }),
      action({ fundingSource: 'Özel sektör' }),
      action({ fundingSource: 'Ajans ' }),
      action({ fundingSource: 'Ajans' }),
      action({ fundingSource: 'Ticaret odası' }),
    ]);
    expect(totals.byFundingSource.map((group) => [group.key, group.sums[0]?.amount])).toEqual([
      ['Ajans', 200],
      ['Özel sektör', 100],
      ['Ticaret odası', 100],
      ['', 100],
    ]);
  });
});
