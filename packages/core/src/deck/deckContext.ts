// What every section builder receives (the input, the language's words and formats, the header
// frame) and the two slide shapes they share: a content slide and a "not yet available" notice.

import type { DeckInput, DeckLanguage, DeckSectionId } from './deckInput';
import { CONTENT, columns, rows, textBlock } from './deckLayout';
import type { DeckBlock, DeckSlide, Frame } from './deckModel';
import { deckFormat, type DeckFormat } from './deckFormat';
import { DECK_TEXTS, type DeckTexts, type KumePlace } from './deckTexts';
import { fitText } from './fitText';

export interface DeckContext {
  input: DeckInput;
  language: DeckLanguage;
  format: DeckFormat;
  texts: DeckTexts;
  /** The header's frame: narrower when a logo takes its right end. */
  titleFrame: Frame;
}

export function deckContext(
  input: DeckInput,
  language: DeckLanguage,
  titleFrame: Frame,
): DeckContext {
  return { input, language, format: deckFormat(language), texts: DECK_TEXTS[language], titleFrame };
}

/** Speaker notes from paragraphs (empty ones dropped), separated by blank lines. */
export function notes(...paragraphs: (string | null | undefined | false)[]): string {
  return paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)).join('\n\n');
}

/** A content slide whose title is fitted to the header (two lines at most, cut with "…"). */
export function contentSlide(
  context: DeckContext,
  section: DeckSectionId,
  title: string,
  blocks: DeckBlock[],
  speakerNotes: string,
): DeckSlide {
  const fitted = fitText([{ text: title, bold: true }], context.titleFrame, { max: 28, min: 18 });
  return {
    section,
    kind: 'content',
    title: fitted.paragraphs[0]?.text ?? title,
    titleFontSize: fitted.fontSize,
    blocks,
    notes: speakerNotes,
  };
}

/**
 * A slide saying plainly what is not yet available and where in Kume to make it, with a short
 * explanation of what the part will show once it exists.
 */
export function noticeSlide(
  context: DeckContext,
  section: DeckSectionId,
  title: string,
  message: string,
  place: KumePlace,
  explanation: string,
): DeckSlide {
  const [left, right] = columns(CONTENT, [3, 2]) as [Frame, Frame];
  const [noticeFrame, whereFrame] = rows({ ...left, h: 4 }, [2.5, null]) as [Frame, Frame];
  const where = context.texts.places[place];
  return contentSlide(
    context,
    section,
    title,
    [
      textBlock(
        'notice',
        [{ text: context.texts.notAvailable, bold: true }, message],
        noticeFrame,
        {
          valign: 'middle',
          max: 24,
        },
      ),
      textBlock('body', [{ text: context.texts.whereInKume, bold: true }, where], whereFrame, {
        max: 20,
      }),
      textBlock('card', [explanation], right, { max: 20, fitHeight: true }),
    ],
    notes(
      message,
      explanation,
      context.texts.noticeNotes,
      `${context.texts.whereInKume}: ${where}.`,
    ),
  );
}
