// Draws the cluster map as shapes: value-chain lanes with their names on top, relations as lines,
// organisations as circles coloured by type (the numbered ones carry their number), a legend.

import { TEXT_METRICS, type DeckMapBlock } from '@kume/core';
import type PptxGenJS from 'pptxgenjs';
import { FONT, points } from './drawText';
import { PALETTE, TYPE_COLOURS } from './deckPalette';

export function drawMap(slide: PptxGenJS.Slide, block: DeckMapBlock): void {
  block.lanes.forEach((lane, index) => {
    slide.addShape('rect', {
      ...lane.frame,
      fill: { color: index % 2 === 0 ? PALETTE.laneFill : PALETTE.white },
      line: { type: 'none' },
    });
    slide.addText(lane.label, {
      ...lane.labelFrame,
      fontFace: FONT,
      fontSize: lane.labelFontSize,
      color: PALETTE.primaryDark,
      align: 'center',
      valign: 'middle',
      margin: points(TEXT_METRICS.inset),
    });
  });
  for (const edge of block.edges) {
    // A line shape runs from its box's top-left to bottom-right; flipV makes it rise instead.
    slide.addShape('line', {
      x: Math.min(edge.x1, edge.x2),
      y: Math.min(edge.y1, edge.y2),
      w: Math.abs(edge.x2 - edge.x1),
      h: Math.abs(edge.y2 - edge.y1),
      flipV: (edge.x2 - edge.x1) * (edge.y2 - edge.y1) < 0,
      line: { color: PALETTE.edge, width: edge.width, transparency: 45 },
    });
  }
  for (const node of block.nodes) {
    slide.addShape('ellipse', {
      x: node.x - node.r,
      y: node.y - node.r,
      w: 2 * node.r,
      h: 2 * node.r,
      fill: { color: TYPE_COLOURS[node.type] },
      line: { color: PALETTE.white, width: 0.75 },
    });
    if (node.number !== null) {
      slide.addText(String(node.number), {
        x: node.x - node.r,
        y: node.y - node.r,
        w: 2 * node.r,
        h: 2 * node.r,
        fontFace: FONT,
        fontSize: Math.max(7, Math.min(11, Math.round(node.r * 72 * 0.9))),
        bold: true,
        color: PALETTE.white,
        align: 'center',
        valign: 'middle',
        margin: 0,
      });
    }
  }
  for (const entry of block.legend) {
    slide.addShape('ellipse', {
      ...entry.dot,
      fill: { color: TYPE_COLOURS[entry.type] },
      line: { type: 'none' },
    });
    slide.addText(entry.label, {
      ...entry.labelFrame,
      fontFace: FONT,
      fontSize: block.legendFontSize,
      color: PALETTE.text,
      valign: 'middle',
      margin: 0,
    });
  }
}
