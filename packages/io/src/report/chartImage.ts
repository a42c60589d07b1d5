// A report chart as pictures for the DOCX: the SVG from chartSvg and a PNG of it made with resvg,
// which Word shows where it cannot draw SVG (and LibreOffice uses).

import { existsSync } from 'node:fs';
import type { ReportChartBlock } from '@kume/core';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { chartSvg, type ChartSvgOptions } from './chartSvg';

export interface ChartImage {
  svg: Buffer;
  png: Buffer;
  /** The picture's size on the page in px at 96 to the inch. */
  width: number;
  height: number;
}

/** PNG pixels per SVG px: 2.5 gives 240 dpi at the picture's size on the page, sharp in print. */
const PNG_ZOOM = 2.5;

/** Where Debian and Ubuntu put Arial's metric twin and the core fonts. */
const FONT_FILES = [
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/msttcorefonts/Arial.ttf',
  '/usr/share/fonts/truetype/msttcorefonts/Arial_Bold.ttf',
];
let fontOptions: ResvgRenderOptions['font'] | undefined;

/**
 * The fonts resvg reads: the Arial-metric files when the machine has them (reading two files costs
 * a few ms; scanning every system font took ~45 ms per chart, most of a chart's time), else the
 * system's fonts.
 */
function chartFonts(): ResvgRenderOptions['font'] {
  if (fontOptions) return fontOptions;
  const files = FONT_FILES.filter((file) => existsSync(file));
  fontOptions =
    files.length > 0
      ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Liberation Sans' }
      : { loadSystemFonts: true };
  return fontOptions;
}

/**
 * The chart drawn as SVG and rasterised to PNG. Text is set in Arial or, where it is missing,
 * Liberation Sans (same widths), from the fonts installed on the machine.
 */
export async function chartImage(
  block: ReportChartBlock,
  options: ChartSvgOptions,
): Promise<ChartImage> {
  const drawn = chartSvg(block, options);
  const rendered = await renderAsync(drawn.svg, {
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    font: chartFonts(),
    logLevel: 'off',
  });
  return {
    svg: Buffer.from(drawn.svg, 'utf8'),
    png: rendered.asPng(),
    width: drawn.width,
    height: drawn.height,
  };
}
