// Draws a deck table with pptxgenjs: the header row in the primary colour, light bands, the
// column widths and row heights that core computed so nothing grows past the slide.

import { TEXT_METRICS, type DeckTableBlock } from '@kume/core';
import type PptxGenJS from 'pptxgenjs';
import { FONT } from './drawText';
import { PALETTE } from './deckPalette';

export function drawTable(slide: PptxGenJS.Slide, block: DeckTableBlock): void {
  const margin: [number, number, number, number] = [
    TEXT_METRICS.cellInsetY,
    TEXT_METRICS.cellInsetX,
    TEXT_METRICS.cellInsetY,
    TEXT_METRICS.cellInsetX,
  ];
  const header: PptxGenJS.TableRow = block.columns.map((column) => ({
    text: column.header,
    options: {
      bold: true,
      color: PALETTE.white,
      fill: { color: PALETTE.primary },
      align: column.align,
    },
  }));
  const body: PptxGenJS.TableRow[] = block.rows.map((row, rowIndex) =>
    block.columns.map((column, index) => ({
      text: row[index] ?? '',
      options: {
        align: column.align,
        fill: { color: rowIndex % 2 === 1 ? PALETTE.cardFill : PALETTE.white },
      },
    })),
  );
  slide.addTable([header, ...body], {
    x: block.frame.x,
    y: block.frame.y,
    w: block.frame.w,
    colW: block.columns.map((column) => column.width),
    rowH: block.rowHeights,
    fontFace: FONT,
    fontSize: block.fontSize,
    color: PALETTE.text,
    valign: 'middle',
    margin,
    border: { type: 'solid', pt: 0.5, color: PALETTE.rule },
    autoPage: false,
  });
}
