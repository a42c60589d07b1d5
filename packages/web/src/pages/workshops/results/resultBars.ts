// The bars of a round's results, top to bottom: dot and point totals, Borda scores, pairwise
// weights. Pure, so the chart's content is unit-tested apart from ECharts.

import type { PairwiseResult, RankingResult, TallyResult } from '@kume/core';
import type { Bar } from '../../fieldStudy/analysis/barsOption';

export interface BarFormat {
  number: (value: number | null | undefined, options?: Intl.NumberFormatOptions) => string;
  percent: (value: number | null | undefined) => string;
}

/**
 * One bar per item, highest first (the order core gives). Totals are labelled with the count and
 * its share of all given ("12 (40%)"), Borda scores with the score, weights as percentages; an
 * item without a weight yet (no ballot) gets an empty bar.
 */
export function resultBars(
  result: TallyResult | RankingResult | PairwiseResult,
  format: BarFormat,
): Bar[] {
  switch (result.method) {
    case 'dots':
    case 'points': {
      const sum = result.items.reduce((total, item) => total + item.total, 0);
      return result.items.map((item) => ({
        name: item.text,
        value: item.total,
        label: `${format.number(item.total)} (${format.percent(sum > 0 ? item.total / sum : 0)})`,
      }));
    }
    case 'ranking':
      return result.items.map((item) => ({
        name: item.text,
        value: item.score,
        label: format.number(item.score),
      }));
    case 'pairwise':
      return result.items.map((item) => ({
        name: item.text,
        value: item.weight ?? 0,
        label:
          item.weight === null
            ? '–'
            : format.number(item.weight, { style: 'percent', maximumFractionDigits: 1 }),
      }));
  }
}
