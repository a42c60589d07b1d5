// Writes the deck model as an editable PPTX with pptxgenjs: 16:9 wide slides on a master that
// carries the project's name and region, the logo and the slide number; native charts, tables,
// the cluster map and the region map as shapes, and speaker notes on every slide.

import {
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  TEXT_METRICS,
  type DeckBlock,
  type DeckModel,
  type DeckSlide,
} from '@kume/core';
import type PptxGenJS from 'pptxgenjs';
import { drawChart } from './drawChart';
import { drawMap } from './drawMap';
import { drawRegionMap } from './drawRegionMap';
import { drawTable } from './drawTable';
import { FONT, drawFigure, drawProgress, drawText, points } from './drawText';
import { PALETTE } from './deckPalette';
import { xmlSafeDeck } from './xmlSafeText';

const CONTENT_MASTER = 'KUME_CONTENT';
const COVER_MASTER = 'KUME_COVER';

function defineMasters(pptx: PptxGenJS, model: DeckModel): void {
  const objects: NonNullable<PptxGenJS.SlideMasterProps['objects']> = [
    {
      rect: {
        x: 0,
        y: model.footer.frame.y - 0.1,
        w: SLIDE_WIDTH,
        h: 0.01,
        fill: { color: PALETTE.rule },
      },
    },
    {
      text: {
        text: model.footer.text,
        options: {
          ...model.footer.frame,
          fontFace: FONT,
          fontSize: model.footer.fontSize,
          color: PALETTE.muted,
          valign: 'middle',
          margin: points(TEXT_METRICS.inset),
        },
      },
    },
  ];
  if (model.logo) {
    const { image, frame } = model.logo;
    objects.push({
      image: { ...frame, data: `${image.mediaType};base64,${image.base64}`, altText: 'Logo' },
    });
  }
  const slideNumber: PptxGenJS.SlideNumberProps = {
    ...model.slideNumberFrame,
    fontFace: FONT,
    fontSize: model.footer.fontSize,
    color: PALETTE.muted,
    align: 'right',
  };
  pptx.defineSlideMaster({
    title: CONTENT_MASTER,
    background: { color: PALETTE.white },
    objects,
    slideNumber,
  });
  pptx.defineSlideMaster({
    title: COVER_MASTER,
    background: { color: PALETTE.white },
    objects: [
      { rect: { x: 0, y: 0, w: 0.28, h: SLIDE_HEIGHT, fill: { color: PALETTE.primary } } },
      ...objects,
    ],
    slideNumber,
  });
}

function drawBlock(slide: PptxGenJS.Slide, block: DeckBlock): void {
  switch (block.kind) {
    case 'text':
      return drawText(slide, block);
    case 'figure':
      return drawFigure(slide, block);
    case 'progress':
      return drawProgress(slide, block);
    case 'chart':
      return drawChart(slide, block);
    case 'table':
      return drawTable(slide, block);
    case 'map':
      return drawMap(slide, block);
    case 'region_map':
      return drawRegionMap(slide, block);
  }
}

function drawSlide(pptx: PptxGenJS, model: DeckModel, deckSlide: DeckSlide): void {
  const slide = pptx.addSlide({
    masterName: deckSlide.kind === 'cover' ? COVER_MASTER : CONTENT_MASTER,
  });
  if (deckSlide.kind === 'content') {
    const frame = model.titleFrame;
    slide.addText(deckSlide.title, {
      ...frame,
      fontFace: FONT,
      fontSize: deckSlide.titleFontSize,
      bold: true,
      color: PALETTE.primary,
      valign: 'middle',
      margin: points(TEXT_METRICS.inset),
      fit: 'none',
    });
    slide.addShape('rect', {
      x: frame.x + TEXT_METRICS.inset,
      y: frame.y + frame.h + 0.02,
      w: 0.9,
      h: 0.05,
      fill: { color: PALETTE.accent },
      line: { type: 'none' },
    });
  }
  for (const block of deckSlide.blocks) drawBlock(slide, block);
  slide.addNotes(deckSlide.notes);
}

/**
 * The deck as a PPTX file. Every text is made XML-safe first (control characters removed);
 * markup and formulas in names stay plain text.
 */
export async function writeDeckPptx(model: DeckModel): Promise<Buffer> {
  const safe = xmlSafeDeck(model);
  // Loaded here, not at the top: pptxgenjs takes about a second to load, and every command that
  // imports @kume/io would pay for it.
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.title = safe.title;
  pptx.subject = safe.title;
  pptx.company = 'Kume';
  pptx.author = 'Kume';
  defineMasters(pptx, safe);
  for (const slide of safe.slides) drawSlide(pptx, safe, slide);
  // stream() is write() as a Node buffer that honours `compression` (pptxgenjs 4's write() drops
  // it when an outputType is given): DEFLATE makes the file about five times smaller.
  const output = await pptx.stream({ compression: true });
  if (Buffer.isBuffer(output)) return output;
  if (output instanceof Uint8Array) return Buffer.from(output);
  if (output instanceof ArrayBuffer) return Buffer.from(output);
  throw new Error('pptxgenjs did not return the file as bytes');
}
