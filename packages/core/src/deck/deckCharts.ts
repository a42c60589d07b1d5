// Chart blocks with labels short enough and fonts large enough to read from the back of a room:
// category labels are cut by length, the font follows the room each category has.

import type { DeckChartBlock, DeckChartSeries, Frame } from './deckModel';
import { truncateChars } from './textMetrics';

interface ChartOptions {
  valueFormat: DeckChartBlock['valueFormat'];
  altText: string;
  highlight?: boolean[] | null;
  /** Longest category label in characters before it is cut with "…". */
  maxLabel?: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds for the chart's data sheet: LQ to 2 decimals, per cents to 1, counts whole. */
export function chartValue(value: number, format: DeckChartBlock['valueFormat']): number {
  if (!Number.isFinite(value)) return 0;
  const digits = format === 'decimal' ? 2 : format === 'percent' ? 1 : 0;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Bars: horizontal ones for long names (listed top to bottom), vertical ones for short labels. */
export function barChart(
  frame: Frame,
  direction: DeckChartBlock['direction'],
  categories: string[],
  series: DeckChartSeries[],
  options: ChartOptions,
): DeckChartBlock {
  const count = Math.max(1, categories.length);
  const room = direction === 'horizontal' ? frame.h / count : frame.w / count;
  const fontSize = clamp(Math.floor(room * 72 * (direction === 'horizontal' ? 0.5 : 0.16)), 10, 14);
  const maxLabel = options.maxLabel ?? (direction === 'horizontal' ? Math.round(frame.w * 5) : 18);
  return {
    kind: 'chart',
    frame,
    chart: 'bar',
    direction,
    categories: categories.map((label) => truncateChars(label, maxLabel)),
    series: series.map((one) => ({
      name: one.name,
      values: one.values.map((value) => chartValue(value, options.valueFormat)),
    })),
    highlight: series.length === 1 ? (options.highlight ?? null) : null,
    valueFormat: options.valueFormat,
    fontSize,
    legend: series.length > 1,
    altText: options.altText,
  };
}

/** Lines over ordered categories (years), one per series, with a legend below. */
export function lineChart(
  frame: Frame,
  categories: string[],
  series: DeckChartSeries[],
  options: ChartOptions,
): DeckChartBlock {
  return {
    kind: 'chart',
    frame,
    chart: 'line',
    direction: 'vertical',
    categories,
    series: series.map((one) => ({
      name: truncateChars(one.name, options.maxLabel ?? 50),
      values: one.values.map((value) => chartValue(value, options.valueFormat)),
    })),
    highlight: null,
    valueFormat: options.valueFormat,
    fontSize: categories.length > 12 ? 11 : 12,
    legend: true,
    altText: options.altText,
  };
}

/** A doughnut of shares with a legend beside it. */
export function doughnutChart(
  frame: Frame,
  categories: string[],
  values: number[],
  name: string,
  options: ChartOptions,
): DeckChartBlock {
  return {
    kind: 'chart',
    frame,
    chart: 'doughnut',
    direction: 'vertical',
    categories: categories.map((label) => truncateChars(label, options.maxLabel ?? 28)),
    series: [{ name, values: values.map((value) => chartValue(value, options.valueFormat)) }],
    highlight: null,
    valueFormat: options.valueFormat,
    fontSize: categories.length > 6 ? 12 : 14,
    legend: true,
    altText: options.altText,
  };
}
