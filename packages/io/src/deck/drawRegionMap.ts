// Draws the region map as shapes: each region a freeform (custom geometry) filled by its LQ
// class with a thin white border, the focus region's outline in the accent colour over them,
// numbered discs on the listed regions, and the legend.

import { TEXT_METRICS, type DeckRegionMapBlock } from '@kume/core';
import type PptxGenJS from 'pptxgenjs';
import { FONT, points } from './drawText';
import { LQ_CLASS_COLOURS, PALETTE } from './deckPalette';

type Region = DeckRegionMapBlock['regions'][number];

/**
 * pptxgenjs 4 writes a custom geometry (a:custGeom) for this name and reads `points`, but its
 * type definitions leave the name out of SHAPE_NAME (4.0.1): the cast says what it draws.
 */
const FREEFORM = 'custGeom' as unknown as PptxGenJS.SHAPE_NAME;

/** The region's rings as one path relative to its box: a move to each ring's start, closed. */
function path(region: Region): NonNullable<PptxGenJS.ShapeProps['points']> {
  const { x, y } = region.box;
  return region.rings.flatMap((ring) => [
    ...ring.map(([px, py], index) => ({ x: px - x, y: py - y, moveTo: index === 0 })),
    { close: true as const },
  ]);
}

export function drawRegionMap(slide: PptxGenJS.Slide, block: DeckRegionMapBlock): void {
  for (const region of block.regions) {
    slide.addShape(FREEFORM, {
      ...region.box,
      points: path(region),
      fill: { color: LQ_CLASS_COLOURS[region.lqClass] },
      line: { color: PALETTE.white, width: 0.5 },
      // The region's name in the selection pane, so it can be found and recoloured by hand.
      objectName: region.name,
    });
  }
  for (const region of block.regions.filter((one) => one.focus)) {
    slide.addShape(FREEFORM, {
      ...region.box,
      points: path(region),
      fill: { type: 'none' },
      line: { color: PALETTE.accent, width: 2.5 },
      objectName: region.name,
    });
  }
  for (const label of block.labels) {
    const disc = { x: label.x - label.r, y: label.y - label.r, w: 2 * label.r, h: 2 * label.r };
    slide.addShape('ellipse', {
      ...disc,
      fill: { color: PALETTE.white },
      line: { color: PALETTE.primaryDark, width: 0.75 },
    });
    slide.addText(String(label.number), {
      ...disc,
      fontFace: FONT,
      fontSize: block.labelFontSize,
      bold: true,
      color: PALETTE.primaryDark,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  }
  for (const entry of block.legend) {
    slide.addShape('rect', {
      ...entry.swatch,
      fill: { color: LQ_CLASS_COLOURS[entry.lqClass] },
      line: { color: PALETTE.rule, width: 0.5 },
    });
    slide.addText(entry.label, {
      ...entry.labelFrame,
      fontFace: FONT,
      fontSize: block.legendFontSize,
      color: PALETTE.text,
      valign: 'middle',
      margin: points(TEXT_METRICS.inset / 2),
    });
  }
}
