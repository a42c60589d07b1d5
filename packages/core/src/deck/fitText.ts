// Chooses the largest font size at which paragraphs fit a box, and cuts the text (with "…") when
// even the smallest allowed size would overflow, so no text box of the deck ever overflows.

import { TEXT_METRICS, type DeckParagraph, type Frame } from './deckModel';
import { textWidth, truncateToWidth, wrapText } from './textMetrics';

export interface FitOptions {
  /** Largest and smallest font size allowed, points. */
  max: number;
  min: number;
}

/** Height in inches the paragraphs take in a box `width` inches wide (inner width). */
export function paragraphsHeight(
  paragraphs: DeckParagraph[],
  width: number,
  fontSize: number,
): number {
  const lineHeight = (fontSize * TEXT_METRICS.lineHeight) / 72;
  const gap = (fontSize * TEXT_METRICS.paragraphGap) / 72;
  let height = 0;
  paragraphs.forEach((paragraph, index) => {
    const indent = paragraph.bullet ? (fontSize * TEXT_METRICS.bulletIndent) / 72 : 0;
    const lines = wrapText(paragraph.text, width - indent, fontSize, paragraph.bold).length;
    height += lines * lineHeight + (index > 0 ? gap : 0);
  });
  return height;
}

/** Whether the paragraphs fit the frame at `fontSize`, with the text box's inner margins. */
export function paragraphsFit(
  paragraphs: DeckParagraph[],
  frame: Frame,
  fontSize: number,
): boolean {
  const inset = TEXT_METRICS.inset * 2;
  return paragraphsHeight(paragraphs, frame.w - inset, fontSize) <= frame.h - inset + 1e-9;
}

/** Whether every word fits on a line by itself, so wrapping never has to break one. */
export function wordsFit(paragraphs: DeckParagraph[], frame: Frame, fontSize: number): boolean {
  const width = frame.w - TEXT_METRICS.inset * 2;
  return paragraphs.every((paragraph) => {
    const indent = paragraph.bullet ? (fontSize * TEXT_METRICS.bulletIndent) / 72 : 0;
    return paragraph.text
      .split(/\s+/)
      .every((word) => textWidth(word, fontSize, paragraph.bold) <= width - indent);
  });
}

/** Shortens the paragraphs by one step: the longest loses a tenth, or the last one goes. */
function shorten(paragraphs: DeckParagraph[], frame: Frame, fontSize: number): DeckParagraph[] {
  let longest = 0;
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.text.length > (paragraphs[longest]?.text.length ?? 0)) longest = index;
  });
  const target = paragraphs[longest];
  if (!target) return paragraphs;
  const width = frame.w - TEXT_METRICS.inset * 2;
  const lines = wrapText(target.text, width, fontSize, target.bold).length;
  if (lines <= 1 && paragraphs.length > 1) return paragraphs.slice(0, -1);
  if (lines <= 1) {
    const text = truncateToWidth(target.text, width, fontSize, target.bold);
    return text === target.text ? paragraphs : [{ ...target, text }];
  }
  const chars = [...target.text.replace(/…$/, '')];
  const keep = Math.max(1, Math.floor(chars.length * 0.9));
  const text = `${chars.slice(0, keep).join('').trimEnd()}…`;
  return paragraphs.map((paragraph, index) =>
    index === longest ? { ...paragraph, text } : paragraph,
  );
}

/**
 * The largest size (in half points) from `max` down to `min` at which the paragraphs fit the
 * frame without breaking a word; at `min`, words may break and the text is cut until it fits.
 * Empty paragraphs are dropped.
 */
export function fitText(
  paragraphs: DeckParagraph[],
  frame: Frame,
  options: FitOptions,
): { fontSize: number; paragraphs: DeckParagraph[] } {
  const kept = paragraphs.filter((paragraph) => paragraph.text.trim() !== '');
  for (let size = options.max; size >= options.min; size -= 0.5) {
    const last = size - 0.5 < options.min;
    if (paragraphsFit(kept, frame, size) && (last || wordsFit(kept, frame, size))) {
      return { fontSize: size, paragraphs: kept };
    }
  }
  let cut = kept;
  // Each step removes text, so this ends; the bound guards against a frame too small for "…".
  for (let step = 0; step < 2_000 && !paragraphsFit(cut, frame, options.min); step += 1) {
    const next = shorten(cut, frame, options.min);
    if (next === cut) break;
    cut = next;
  }
  return { fontSize: options.min, paragraphs: cut };
}
