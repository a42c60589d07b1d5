// The report's look in DOCX: page geometry, Arial throughout (LibreOffice draws it with the
// metric-compatible Liberation Sans), heading and contents styles, the bullet list, and colours.

import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { PALETTE } from '../deck/deckPalette';

export const REPORT_FONT = 'Arial';

/** A4 portrait with 2.5 cm margins, in twips (1/20 pt). */
export const PAGE = {
  width: 11_906,
  height: 16_838,
  margin: 1_418,
  /** Header and footer distance from the page edge. */
  headerFooter: 709,
} as const;

/** The width text and tables run across, in twips (16 cm). */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Font sizes in half-points, as DOCX writes them. */
export const SIZES = {
  body: 21,
  table: 18,
  caption: 18,
  small: 17,
  title: 56,
  subtitle: 30,
} as const;

export const COLOURS = {
  ...PALETTE,
  tableStripe: 'F4F6F9',
} as const;

export const BULLETS = 'kume-report-bullets';

/** The paragraph style of the contents' heading: looks like a level-1 heading, is not listed. */
export const CONTENTS_HEADING = 'KumeContentsHeading';

export function reportStyles(locale: string): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: REPORT_FONT,
          size: SIZES.body,
          color: COLOURS.text,
          language: { value: locale },
        },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: REPORT_FONT, size: 36, bold: true, color: COLOURS.primary },
        paragraph: {
          spacing: { before: 0, after: 240 },
          keepNext: true,
          keepLines: true,
          border: { bottom: { style: 'single', size: 6, color: COLOURS.rule, space: 6 } },
        },
      },
      heading2: {
        run: { font: REPORT_FONT, size: 28, bold: true, color: COLOURS.primary },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: REPORT_FONT, size: 23, bold: true, color: COLOURS.text },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: REPORT_FONT, size: SIZES.caption, italics: true, color: COLOURS.muted },
        paragraph: { spacing: { before: 80, after: 240 } },
      },
    },
    paragraphStyles: [
      {
        id: CONTENTS_HEADING,
        name: 'Contents Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 36, bold: true, color: COLOURS.primary },
        paragraph: {
          spacing: { after: 240 },
          border: { bottom: { style: 'single', size: 6, color: COLOURS.rule, space: 6 } },
        },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: 160, after: 60 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { indent: { left: 400 }, spacing: { after: 40 } },
      },
    ],
  };
}

export const REPORT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: { indent: { left: 400, hanging: 260 }, spacing: { after: 60 } },
            run: { color: COLOURS.primary },
          },
        },
      ],
    },
  ],
};
