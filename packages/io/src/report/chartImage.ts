// A report chart as pictures for the DOCX: the SVG from chartSvg and a PNG of it made with resvg,
// which Word shows where it cannot draw SVG (and LibreOffice uses).

import type { ReportChartBlock } from '@kume/core';
import { renderAsync } from '@resvg/resvg-js';
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
    font: { loadSystemFonts: true },
    logLevel: 'off',
  });
  return {
    svg: Buffer.from(drawn.svg, 'utf8'),
    png: rendered.asPng(),
    width: drawn.width,
    height: drawn.height,
  };
}
