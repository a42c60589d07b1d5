// Draws a report chart (bars or lines) as an SVG picture for the DOCX: its own small renderer, so
// the picture looks the same in Word and LibreOffice. Sizes are px at 96 to the inch.

import type { ReportChartBlock } from '@kume/core';
import { PALETTE, SERIES_COLOURS } from '../deck/deckPalette';
import { chartScale, type ChartScale } from './chartScale';
import { escapeSvg, textWidth, truncateText, wrapText } from './chartText';
import { decimalsOf, formatChartValue } from './formatReportValue';

export interface ChartSvg {
  svg: string;
  /** px */
  width: number;
  height: number;
}

export interface ChartSvgOptions {
  locale: string;
  /** Written in the frame when the chart has no value at all. */
  noData: string;
  /** px; 600 fits a portrait A4 page's text width. */
  width?: number;
}

// Unquoted: resvg skips a quoted family name in a list and falls back to any font.
const FONT_FAMILY = 'Arial, Liberation Sans, sans-serif';
const LABEL_SIZE = 11;
const VALUE_SIZE = 10;
const LINE_HEIGHT = 13;
const LEGEND_HEIGHT = 26;
const GRID = 'E3E8EE';

/** One drawn element, already escaped. */
type Shape = string;

function colour(index: number): string {
  return `#${SERIES_COLOURS[index % SERIES_COLOURS.length] ?? PALETTE.primary}`;
}

function text(
  x: number,
  y: number,
  content: string,
  options: { size?: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; halo?: boolean },
): Shape {
  const size = options.size ?? LABEL_SIZE;
  const paint = options.halo
    ? 'fill="#FFFFFF" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round"'
    : `fill="#${options.fill ?? PALETTE.text}"`;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" text-anchor="${options.anchor ?? 'start'}" ${paint}>${escapeSvg(content)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string): Shape {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="${fill}"/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): Shape {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#${stroke}" stroke-width="${width}"/>`;
}

/** The finite values of the chart, all series together. */
function values(block: ReportChartBlock): number[] {
  return block.series.flatMap((series) =>
    series.values.filter((value): value is number => value !== null && Number.isFinite(value)),
  );
}

/** Tick labels: as many decimals as the step needs (0, 0.5, 1.0 ...), per cent without any. */
function tickLabel(value: number, block: ReportChartBlock, scale: ChartScale, locale: string) {
  const digits = Math.min(2, decimalsOf(scale.step));
  return formatChartValue(value, block.valueFormat, locale, digits);
}

/** Legend entries in a row (wrapping to a second one when needed), centred under the plot. */
function legend(block: ReportChartBlock, width: number, top: number): Shape[] {
  const entries = block.series.map((series, index) => ({
    name: truncateText(series.name, width / 2, LABEL_SIZE),
    index,
  }));
  const widths = entries.map((entry) => 14 + textWidth(entry.name, LABEL_SIZE) + 16);
  const total = widths.reduce((sum, entry) => sum + entry, 0);
  let x = Math.max(8, (width - total) / 2);
  const shapes: Shape[] = [];
  entries.forEach((entry, position) => {
    shapes.push(rect(x, top + 6, 10, 10, colour(entry.index)));
    shapes.push(text(x + 14, top + 15, entry.name, {}));
    x += widths[position] ?? 0;
  });
  return shapes;
}

/** Horizontal lines at the ticks with their labels left of the plot. */
function valueGrid(
  scale: ChartScale,
  y: (value: number) => number,
  left: number,
  right: number,
  block: ReportChartBlock,
  locale: string,
): Shape[] {
  return scale.ticks.flatMap((tick) => [
    line(left, y(tick), right, y(tick), tick === 0 ? PALETTE.muted : GRID, tick === 0 ? 1 : 0.8),
    text(left - 6, y(tick) + 4, tickLabel(tick, block, scale, locale), {
      anchor: 'end',
      fill: PALETTE.muted,
      size: VALUE_SIZE,
    }),
  ]);
}

/** Bars laid horizontally: one row per category, labels left, values at the bar ends. */
function horizontalBars(block: ReportChartBlock, options: Required<ChartSvgOptions>): ChartSvg {
  const { width, locale } = options;
  const labelWidth = Math.min(
    width * 0.38,
    // A little more than the estimate, so a label never runs off the picture's left edge.
    20 + 1.04 * Math.max(...block.categories.map((c) => textWidth(c, LABEL_SIZE))),
  );
  const labels = block.categories.map((category) =>
    wrapText(category, labelWidth - 20, LABEL_SIZE, 2),
  );
  const seriesCount = Math.max(1, block.series.length);
  const rowHeight = Math.max(
    seriesCount * 12 + 10,
    ...labels.map((lines) => lines.length * LINE_HEIGHT + 8),
    24,
  );
  const all = values(block);
  const low = Math.min(0, ...all);
  const high = Math.max(0, ...all);
  const formatted = all.map((value) => formatChartValue(value, block.valueFormat, locale));
  const valueRoom = 8 + Math.max(0, ...formatted.map((label) => textWidth(label, VALUE_SIZE)));
  const top = 8;
  const plotLeft = labelWidth + (low < 0 ? valueRoom : 0);
  const plotRight = width - valueRoom;
  const span = high - low || 1;
  const x = (value: number) => plotLeft + ((value - low) / span) * (plotRight - plotLeft);
  const legendTop = top + rowHeight * block.categories.length + 6;
  const height = legendTop + (block.series.length > 1 ? LEGEND_HEIGHT : 0) + 4;
  const shapes: Shape[] = [];
  const barHeight = Math.min(18, (rowHeight - 8) / seriesCount);
  block.categories.forEach((_, row) => {
    const rowTop = top + row * rowHeight;
    const lines = labels[row] ?? [];
    const labelTop = rowTop + rowHeight / 2 - (lines.length * LINE_HEIGHT) / 2 + 10;
    lines.forEach((entry, index) => {
      shapes.push(text(labelWidth - 8, labelTop + index * LINE_HEIGHT, entry, { anchor: 'end' }));
    });
    const groupTop = rowTop + (rowHeight - barHeight * seriesCount) / 2;
    block.series.forEach((series, index) => {
      const value = series.values[row];
      if (value === null || value === undefined || !Number.isFinite(value)) return;
      const barTop = groupTop + index * barHeight;
      const start = Math.min(x(0), x(value));
      shapes.push(rect(start, barTop + 1, Math.abs(x(value) - x(0)), barHeight - 2, colour(index)));
      const label = formatChartValue(value, block.valueFormat, locale);
      const end = x(value) + (value < 0 ? -4 : 4);
      shapes.push(
        text(end, barTop + barHeight / 2 + 3.5, label, {
          size: VALUE_SIZE,
          anchor: value < 0 ? 'end' : 'start',
        }),
      );
    });
  });
  shapes.push(line(x(0), top, x(0), legendTop - 6, PALETTE.muted));
  if (block.series.length > 1) shapes.push(...legend(block, width, legendTop));
  return { svg: svgDocument(width, height, shapes), width, height };
}

/** Where the categories sit on the x axis (slot centres) and their labels under it. */
function categoryAxis(block: ReportChartBlock, left: number, right: number, bottom: number) {
  const count = Math.max(1, block.categories.length);
  const slot = (right - left) / count;
  const centre = (index: number) => left + slot * (index + 0.5);
  const widest = Math.max(0, ...block.categories.map((c) => textWidth(c, LABEL_SIZE)));
  // Too many labels for their slots: write every k-th, wrapped to two lines.
  const every = Math.max(1, Math.ceil((Math.min(widest, slot * 2) + 6) / (slot * 2)));
  const shapes: Shape[] = [];
  block.categories.forEach((category, index) => {
    if (index % every !== 0) return;
    wrapText(category, slot * every - 4, LABEL_SIZE, 2).forEach((entry, lineIndex) => {
      shapes.push(
        text(centre(index), bottom + 16 + lineIndex * LINE_HEIGHT, entry, { anchor: 'middle' }),
      );
    });
  });
  return { slot, centre, shapes };
}

/** Vertical bars or lines over categories, with a value axis on the left. */
function verticalChart(block: ReportChartBlock, options: Required<ChartSvgOptions>): ChartSvg {
  const { width, locale } = options;
  const height = 320;
  const all = values(block);
  let low = Math.min(...all);
  let high = Math.max(...all);
  // Bars start at zero; lines too unless the values sit far from it.
  if (block.chart === 'bar' || (low >= 0 && low < high * 0.5)) low = Math.min(0, low);
  if (block.chart === 'bar') high = Math.max(0, high);
  const scale = chartScale(low, high, 5, block.valueFormat === 'integer');
  const axisWidth = Math.max(
    ...scale.ticks.map((tick) => textWidth(tickLabel(tick, block, scale, locale), VALUE_SIZE)),
  );
  const left = axisWidth + 14;
  const right = width - 10;
  const top = 18;
  const bottom = height - 40 - (block.series.length > 1 ? LEGEND_HEIGHT : 0);
  const y = (value: number) =>
    bottom - ((value - scale.min) / (scale.max - scale.min)) * (bottom - top);
  const shapes = valueGrid(scale, y, left, right, block, locale);
  const axis = categoryAxis(block, left, right, bottom);
  shapes.push(...axis.shapes);
  if (scale.min !== 0) shapes.push(line(left, bottom, right, bottom, PALETTE.muted));
  const pointCount = block.categories.length * block.series.length;
  if (block.chart === 'bar') {
    const groupWidth = axis.slot * (block.categories.length <= 4 ? 0.5 : 0.72);
    const barWidth = groupWidth / Math.max(1, block.series.length);
    block.series.forEach((series, index) => {
      series.values.forEach((value, position) => {
        if (value === null || !Number.isFinite(value)) return;
        const x = axis.centre(position) - groupWidth / 2 + index * barWidth;
        const from = y(Math.max(scale.min, Math.min(0, scale.max)));
        shapes.push(
          rect(
            x + 0.5,
            Math.min(from, y(value)),
            barWidth - 1,
            Math.abs(y(value) - from),
            colour(index),
          ),
        );
        const label = formatChartValue(value, block.valueFormat, locale);
        if (pointCount <= 30 && textWidth(label, VALUE_SIZE) <= barWidth + 10)
          shapes.push(
            text(x + barWidth / 2, value < 0 ? y(value) + 12 : y(value) - 4, label, {
              size: VALUE_SIZE,
              anchor: 'middle',
            }),
          );
      });
    });
  } else {
    block.series.forEach((series, index) => {
      const stroke = colour(index);
      // A null value breaks the line: each run of values is drawn on its own.
      let run: string[] = [];
      const flush = () => {
        if (run.length > 1)
          shapes.push(
            `<polyline points="${run.join(' ')}" fill="none" stroke="${stroke}" stroke-width="2.5" stroke-linejoin="round"/>`,
          );
        run = [];
      };
      series.values.forEach((value, position) => {
        if (value === null || !Number.isFinite(value)) return flush();
        run.push(`${axis.centre(position).toFixed(1)},${y(value).toFixed(1)}`);
      });
      flush();
      series.values.forEach((value, position) => {
        if (value === null || !Number.isFinite(value)) return;
        shapes.push(
          `<circle cx="${axis.centre(position).toFixed(1)}" cy="${y(value).toFixed(1)}" r="3.5" fill="${stroke}"/>`,
        );
        if (block.series.length === 1 && block.categories.length <= 12) {
          const label = formatChartValue(value, block.valueFormat, locale);
          // A white outline drawn first keeps the label readable where the line crosses it.
          shapes.push(
            text(axis.centre(position), y(value) - 9, label, {
              size: VALUE_SIZE,
              anchor: 'middle',
              halo: true,
            }),
            text(axis.centre(position), y(value) - 9, label, {
              size: VALUE_SIZE,
              anchor: 'middle',
            }),
          );
        }
      });
    });
  }
  if (block.series.length > 1) shapes.push(...legend(block, width, height - LEGEND_HEIGHT - 2));
  return { svg: svgDocument(width, height, shapes), width, height };
}

function svgDocument(width: number, height: number, shapes: Shape[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    rect(0, 0, width, height, '#FFFFFF'),
    ...shapes,
    '</svg>',
  ].join('\n');
}

/** Bars go horizontal when their labels would not fit under them, or when there are many. */
function horizontal(block: ReportChartBlock, width: number): boolean {
  if (block.chart !== 'bar') return false;
  const slot = (width - 60) / Math.max(1, block.categories.length);
  const longest = Math.max(0, ...block.categories.map((c) => textWidth(c, LABEL_SIZE)));
  return block.categories.length > 10 || longest > slot * 1.8;
}

/**
 * The chart as an SVG document: bars (vertical, or horizontal when labels are long or more than
 * ten) or lines with round axis ticks, values written in `locale`, a legend when there are several
 * series. A chart without a single finite value is drawn as a frame saying `noData`. A series
 * shorter than the categories has gaps at the end; a longer one is cut.
 */
export function chartSvg(given: ReportChartBlock, options: ChartSvgOptions): ChartSvg {
  const settings: Required<ChartSvgOptions> = { width: 600, ...options };
  // One value or null per category: values past the last category are left out, missing and
  // non-finite ones are gaps.
  const block: ReportChartBlock = {
    ...given,
    series: given.series.map((series) => ({
      name: series.name,
      values: given.categories.map((_, index) => {
        const value = series.values[index];
        return typeof value === 'number' && Number.isFinite(value) ? value : null;
      }),
    })),
  };
  if (values(block).length === 0 || block.categories.length === 0) {
    const height = 120;
    const shapes = [
      `<rect x="1" y="1" width="${settings.width - 2}" height="${height - 2}" fill="#${PALETTE.laneFill}" stroke="#${PALETTE.rule}"/>`,
      text(settings.width / 2, height / 2 + 4, settings.noData, {
        anchor: 'middle',
        fill: PALETTE.muted,
      }),
    ];
    return { svg: svgDocument(settings.width, height, shapes), width: settings.width, height };
  }
  return horizontal(block, settings.width)
    ? horizontalBars(block, settings)
    : verticalChart(block, settings);
}
