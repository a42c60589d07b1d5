// A report document (the roadmap, the whole project report) as plain data: a title page's facts
// and sections of blocks. No markup and no layout: a writer (DOCX in @kume/io) decides how it looks.

import type { IsoDate } from '../brand';
import type { DeckLogo } from '../deck/deckInput';

export type ReportLanguage = 'tr' | 'en';

/** How a chart writes its values: whole numbers, two decimals, or per cent (values are 0-100). */
export type ReportValueFormat = 'integer' | 'decimal' | 'percent';

export interface ReportChartSeries {
  name: string;
  /** One value per category; null where there is none (a line has a gap there, a bar is left out). */
  values: (number | null)[];
}

/**
 * A chart drawn as a picture: bars (one or more series; the writer lays them horizontally when
 * the labels are long or many) or lines over ordered categories (years, months).
 */
export interface ReportChartBlock {
  kind: 'chart';
  chart: 'bar' | 'line';
  categories: string[];
  series: ReportChartSeries[];
  valueFormat: ReportValueFormat;
  /** Written under the chart after its figure number; also its description for screen readers. */
  caption: string;
}

/**
 * What a section holds, in order. A heading is a level-2 heading under the section's title
 * (level 3 when asked). A table's number cells are written in the language's convention and
 * right-aligned; a string cell is written as it is. A note is a shaded box for what the reader
 * must not miss (what is not available yet, sample data).
 */
export type ReportBlock =
  | { kind: 'heading'; text: string; level?: 2 | 3 }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: string[]; rows: (string | number)[][] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'keyValues'; items: { key: string; value: string }[] }
  | ReportChartBlock
  | { kind: 'pageBreak' }
  | { kind: 'note'; title?: string; text: string };

export interface ReportSection {
  /** The section's level-1 heading; every section starts on a new page. */
  title: string;
  blocks: ReportBlock[];
}

/** The project's logo (PNG or JPEG, base64, with its pixel size), as the deck takes it. */
export type ReportLogo = DeckLogo;

export interface ReportDocument {
  title: string;
  subtitle: string;
  language: ReportLanguage;
  /** Written on the title page; the project's name also heads every other page. */
  meta: {
    project: string;
    region: string;
    /** The document's date, written out in the language on the title page. */
    date: IsoDate;
    /** Who prepared it (the agency), when given. */
    organisation?: string;
  };
  logo?: ReportLogo;
  sections: ReportSection[];
}
