// Draws a deck chart as a native, editable chart (bar, line, doughnut): the data sheet travels
// with the file, so PowerPoint and LibreOffice can edit it. Never a picture of a chart.

import type { DeckChartBlock } from '@kume/core';
import type PptxGenJS from 'pptxgenjs';
import { FONT } from './drawText';
import { PALETTE, SERIES_COLOURS } from './deckPalette';

const FORMATS: Record<DeckChartBlock['valueFormat'], string> = {
  integer: '#,##0',
  decimal: '0.00',
  percent: '0.0"%"',
};

/** The block's data in the order pptxgenjs draws it. */
function chartData(block: DeckChartBlock) {
  // Horizontal bars are drawn from the bottom up: reverse so the first category is on top.
  const reverse = block.chart === 'bar' && block.direction === 'horizontal';
  const order = <T>(values: T[]) => (reverse ? [...values].reverse() : values);
  return {
    data: block.series.map((series) => ({
      name: series.name,
      labels: order(block.categories),
      values: order(series.values),
    })),
    highlight: block.highlight ? order(block.highlight) : null,
  };
}

export function drawChart(slide: PptxGenJS.Slide, block: DeckChartBlock): void {
  const { frame, fontSize } = block;
  const format = FORMATS[block.valueFormat];
  const { data, highlight } = chartData(block);
  const common: PptxGenJS.IChartOpts = {
    x: frame.x,
    y: frame.y,
    w: frame.w,
    h: frame.h,
    altText: block.altText,
    showLegend: block.legend,
    legendFontFace: FONT,
    legendFontSize: fontSize,
    legendColor: PALETTE.text,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: fontSize,
    catAxisLabelColor: PALETTE.text,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: Math.max(9, fontSize - 1),
    valAxisLabelColor: PALETTE.muted,
    valAxisLabelFormatCode: format,
    dataLabelFontFace: FONT,
    dataLabelFontSize: Math.max(9, fontSize - 1),
    dataLabelFormatCode: format,
    valGridLine: { color: 'E3E8EE', size: 0.5 },
    catGridLine: { style: 'none' },
  };
  if (block.chart === 'bar') {
    const single = data.length === 1;
    slide.addChart('bar', data, {
      ...common,
      barDir: block.direction === 'horizontal' ? 'bar' : 'col',
      // Few bars are drawn slimmer, many bars closer together.
      barGapWidthPct: block.categories.length <= 4 ? 120 : block.categories.length <= 7 ? 80 : 45,
      // One series: a colour per bar (focus clusters in the accent colour); several: one per series.
      chartColors:
        single && highlight
          ? highlight.map((on) => (on ? PALETTE.accent : PALETTE.primary))
          : single
            ? [PALETTE.primary]
            : SERIES_COLOURS,
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelColor: PALETTE.text,
      legendPos: 'b',
      valAxisHidden: block.direction === 'horizontal',
      valGridLine:
        block.direction === 'horizontal' ? { style: 'none' } : { color: 'E3E8EE', size: 0.5 },
      catAxisLineShow: true,
      catAxisLineColor: PALETTE.rule,
    });
    return;
  }
  if (block.chart === 'line') {
    slide.addChart('line', data, {
      ...common,
      chartColors: SERIES_COLOURS,
      lineSize: 2.5,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 8,
      legendPos: 'b',
      showValue: false,
      catAxisLineColor: PALETTE.rule,
    });
    return;
  }
  slide.addChart('doughnut', data, {
    ...common,
    chartColors: SERIES_COLOURS,
    holeSize: 55,
    showPercent: true,
    showValue: false,
    dataLabelColor: PALETTE.white,
    dataLabelFormatCode: '0%',
    legendPos: 'r',
  });
}
