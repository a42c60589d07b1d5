// The Information Day deck as laid out slides: every block has its frame (inches on a 16:9 wide
// slide) and its font size, so a writer (PPTX in @kume/io) only draws and never decides.

import type { OrganisationType } from '../organisation/organisationTypes';
import type { DeckLanguage, DeckLogo, DeckSectionId } from './deckInput';

/** Slide size in inches: PowerPoint's 16:9 "wide" layout (LAYOUT_WIDE). */
export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;

/** A rectangle on the slide, in inches from the top-left corner. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * How a writer must set text for the fitting in core to hold: inner margin of every text box
 * (inches, all sides), line height and space after a paragraph as multiples of the font size,
 * the bullet's indent in ems.
 */
export const TEXT_METRICS = {
  inset: 0.06,
  lineHeight: 1.2,
  paragraphGap: 0.45,
  bulletIndent: 1.2,
  /** Table cells: margins in inches (top/bottom, left/right). */
  cellInsetY: 0.04,
  cellInsetX: 0.08,
  /** Extra inner margin (inches) of the boxed styles: card, notice, banner. */
  boxPadding: 0.14,
} as const;

/** The boxed text styles: drawn on a filled box, with extra inner margin. */
export const BOXED_STYLES: readonly DeckTextStyle[] = ['card', 'notice', 'banner'];

/** Inner margin of a text box of `style` in inches, on every side. */
export function textInset(style: DeckTextStyle): number {
  return TEXT_METRICS.inset + (BOXED_STYLES.includes(style) ? TEXT_METRICS.boxPadding : 0);
}

export interface DeckParagraph {
  text: string;
  bold?: boolean;
  bullet?: boolean;
}

/**
 * How a text block looks: title and subtitle for the cover, body for running text, lead for an
 * introductory sentence, caption for sources and small print, label for small caps above a
 * title, quote for a cited definition, card for a shaded box, notice for what is not yet
 * available, banner for the sample-data warning.
 */
export type DeckTextStyle =
  | 'title'
  | 'subtitle'
  | 'body'
  | 'lead'
  | 'caption'
  | 'label'
  | 'quote'
  | 'card'
  | 'notice'
  | 'banner';

export interface DeckTextBlock {
  kind: 'text';
  frame: Frame;
  style: DeckTextStyle;
  /** Points; chosen so the paragraphs fit the frame. */
  fontSize: number;
  paragraphs: DeckParagraph[];
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
}

/** A key figure in a box: a large value and a short label under it. */
export interface DeckFigureBlock {
  kind: 'figure';
  frame: Frame;
  value: string;
  label: string;
  valueFontSize: number;
  labelFontSize: number;
  tone: 'primary' | 'accent' | 'neutral' | 'warning';
}

/** Progress towards a target (the field study's SME quota), drawn as a filled bar. */
export interface DeckProgressBlock {
  kind: 'progress';
  frame: Frame;
  value: number;
  target: number;
}

export interface DeckChartSeries {
  name: string;
  values: number[];
}

/** A native chart: bars (one or more series), lines over years, or a doughnut of shares. */
export interface DeckChartBlock {
  kind: 'chart';
  frame: Frame;
  chart: 'bar' | 'line' | 'doughnut';
  /** Bars only: horizontal bars list categories top to bottom in the given order. */
  direction: 'horizontal' | 'vertical';
  categories: string[];
  series: DeckChartSeries[];
  /** Bars of one series only: categories drawn in the accent colour (the focus clusters). */
  highlight: boolean[] | null;
  /** How values are written on the chart: whole numbers, two decimals, or per cent with one. */
  valueFormat: 'integer' | 'decimal' | 'percent';
  /** Points, for axis labels, data labels and the legend. */
  fontSize: number;
  legend: boolean;
  /** Describes the chart for screen readers. */
  altText: string;
}

export interface DeckTableColumn {
  header: string;
  /** Inches. */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface DeckTableBlock {
  kind: 'table';
  frame: Frame;
  columns: DeckTableColumn[];
  rows: string[][];
  /** Inches: the header row's height first, then each row's; they sum to at most frame.h. */
  rowHeights: number[];
  fontSize: number;
}

/** The cluster map drawn natively: lanes of the value chain, nodes as circles, edges as lines. */
export interface DeckMapBlock {
  kind: 'map';
  frame: Frame;
  lanes: { label: string; frame: Frame; labelFrame: Frame; labelFontSize: number }[];
  /** Centre and radius in inches; `number` is the node's rank when it is listed by name. */
  nodes: {
    id: string;
    x: number;
    y: number;
    r: number;
    type: OrganisationType;
    number: number | null;
  }[];
  /** Points of the straight line between two node centres; width in points. */
  edges: { x1: number; y1: number; x2: number; y2: number; width: number }[];
  /** Legend entries: a dot of the type's colour and its label, laid out in up to two rows. */
  legend: { type: OrganisationType; label: string; dot: Frame; labelFrame: Frame }[];
  legendFontSize: number;
}

/** Location-quotient classes of the region map: below 0.8, 0.8-1.25, 1.25-2, 2 or more, no data. */
export type LqClass = 'below' | 'about' | 'above' | 'strong' | 'none';

/**
 * The regions as a choropleth drawn natively: each region one freeform shape filled by its LQ
 * class, in the given order (large regions first, so enclaves lie on top), then the focus
 * region's outline over all of them, the numbers of the listed regions, the legend.
 */
export interface DeckRegionMapBlock {
  kind: 'region_map';
  frame: Frame;
  regions: {
    code: string;
    name: string;
    lqClass: LqClass;
    focus: boolean;
    /** The shape's box: the extent of its points. */
    box: Frame;
    /** Outer rings and holes, unclosed, in inches from the slide's top-left corner. */
    rings: [number, number][][];
  }[];
  /** A numbered disc (centre and radius in inches) on each region the slide lists by name. */
  labels: { number: number; code: string; x: number; y: number; r: number }[];
  labelFontSize: number;
  /** Legend entries: a swatch of the class's colour and its label, in one row. */
  legend: { lqClass: LqClass; label: string; swatch: Frame; labelFrame: Frame }[];
  legendFontSize: number;
  /** Describes the map for screen readers. */
  altText: string;
}

export type DeckBlock =
  | DeckTextBlock
  | DeckFigureBlock
  | DeckProgressBlock
  | DeckChartBlock
  | DeckTableBlock
  | DeckMapBlock
  | DeckRegionMapBlock;

export interface DeckSlide {
  section: DeckSectionId;
  /** The cover has no header: its title is one of its blocks. */
  kind: 'cover' | 'content';
  title: string;
  titleFontSize: number;
  blocks: DeckBlock[];
  /** What the presenter says, with the figures; paragraphs separated by a blank line. */
  notes: string;
}

export interface DeckModel {
  language: DeckLanguage;
  /** The presentation's title (file properties). */
  title: string;
  /** The slide header where content slides write their title (narrower when there is a logo). */
  titleFrame: Frame;
  /** Project name and region on every slide, fitted to one line. */
  footer: { text: string; frame: Frame; fontSize: number };
  /** Where the slide number goes on every slide. */
  slideNumberFrame: Frame;
  /** The project's logo, sized to keep its aspect ratio, at the top right of every slide. */
  logo: { image: DeckLogo; frame: Frame } | null;
  slides: DeckSlide[];
}
