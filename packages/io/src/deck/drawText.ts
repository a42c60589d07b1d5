// Draws the deck's text-like blocks on a pptxgenjs slide: text boxes in their style, key figures
// and progress bars. Sizes come from core; here only colours and fonts are chosen.

import {
  TEXT_METRICS,
  textInset,
  type DeckFigureBlock,
  type DeckProgressBlock,
  type DeckTextBlock,
} from '@kume/core';
import type PptxGenJS from 'pptxgenjs';
import { PALETTE } from './deckPalette';

export const FONT = 'Arial';

/** Inches to points, for pptxgenjs options given in points (text margins, spacing). */
export function points(inches: number): number {
  return Math.round(inches * 72 * 100) / 100;
}

interface StyleLook {
  color: string;
  italic?: boolean;
  fill?: string;
  line?: string;
}

const LOOKS: Record<DeckTextBlock['style'], StyleLook> = {
  title: { color: PALETTE.primary },
  subtitle: { color: PALETTE.text },
  body: { color: PALETTE.text },
  lead: { color: PALETTE.primaryDark },
  caption: { color: PALETTE.muted },
  label: { color: PALETTE.accent },
  quote: { color: PALETTE.primaryDark, italic: true },
  card: { color: PALETTE.text, fill: PALETTE.cardFill },
  notice: { color: PALETTE.text, fill: PALETTE.noticeFill, line: PALETTE.noticeLine },
  banner: { color: PALETTE.white, fill: PALETTE.accent },
};

export function drawText(slide: PptxGenJS.Slide, block: DeckTextBlock): void {
  const look = LOOKS[block.style];
  const { frame, fontSize } = block;
  if (block.style === 'quote') {
    // A bar at the left edge marks a cited definition.
    slide.addShape('rect', {
      x: frame.x - 0.12,
      y: frame.y + 0.1,
      w: 0.06,
      h: frame.h - 0.2,
      fill: { color: PALETTE.accent },
      line: { type: 'none' },
    });
  }
  const gap = points((fontSize * TEXT_METRICS.paragraphGap) / 72);
  const last = block.paragraphs.length - 1;
  const runs: PptxGenJS.TextProps[] = block.paragraphs.map((paragraph, index) => ({
    text: paragraph.text,
    options: {
      bold: paragraph.bold ?? false,
      bullet: paragraph.bullet
        ? { indent: points((fontSize * TEXT_METRICS.bulletIndent) / 72) }
        : false,
      breakLine: index < last,
      paraSpaceAfter: index < last ? gap : 0,
    },
  }));
  slide.addText(runs.length > 0 ? runs : [{ text: '' }], {
    x: frame.x,
    y: frame.y,
    w: frame.w,
    h: frame.h,
    fontFace: FONT,
    fontSize,
    color: look.color,
    italic: look.italic ?? false,
    align: block.align,
    valign: block.valign,
    margin: points(textInset(block.style)),
    fit: 'none',
    wrap: true,
    ...(look.fill ? { fill: { color: look.fill } } : {}),
    ...(look.line ? { line: { color: look.line, width: 1 } } : {}),
    ...(block.style === 'card' || block.style === 'notice' || block.style === 'banner'
      ? { rectRadius: 0.08, shape: 'roundRect' as const }
      : {}),
  });
}

const TONES: Record<DeckFigureBlock['tone'], string> = {
  primary: PALETTE.primary,
  accent: PALETTE.accent,
  neutral: PALETTE.muted,
  warning: PALETTE.noticeLine,
};

export function drawFigure(slide: PptxGenJS.Slide, block: DeckFigureBlock): void {
  const { frame } = block;
  const valueHeight = frame.h * 0.5;
  slide.addShape('roundRect', {
    ...frame,
    rectRadius: 0.08,
    fill: { color: PALETTE.cardFill },
    line: { type: 'none' },
  });
  const margin = points(TEXT_METRICS.inset);
  slide.addText(block.value, {
    x: frame.x + 0.1,
    y: frame.y + 0.05,
    w: frame.w - 0.2,
    h: valueHeight,
    fontFace: FONT,
    fontSize: block.valueFontSize,
    bold: true,
    color: TONES[block.tone],
    align: 'center',
    valign: 'bottom',
    margin,
  });
  slide.addText(block.label, {
    x: frame.x + 0.1,
    y: frame.y + valueHeight + 0.05,
    w: frame.w - 0.2,
    h: frame.h - valueHeight - 0.1,
    fontFace: FONT,
    fontSize: block.labelFontSize,
    color: PALETTE.muted,
    align: 'center',
    valign: 'top',
    margin,
  });
}

export function drawProgress(slide: PptxGenJS.Slide, block: DeckProgressBlock): void {
  const { frame } = block;
  const share = block.target > 0 ? Math.min(1, Math.max(0, block.value / block.target)) : 0;
  slide.addShape('roundRect', {
    ...frame,
    rectRadius: frame.h / 2,
    fill: { color: PALETTE.cardFill },
    line: { type: 'none' },
  });
  if (share > 0) {
    slide.addShape('roundRect', {
      x: frame.x,
      y: frame.y,
      w: Math.max(frame.h, frame.w * share),
      h: frame.h,
      rectRadius: frame.h / 2,
      fill: { color: share >= 1 ? PALETTE.success : PALETTE.accent },
      line: { type: 'none' },
    });
  }
}
