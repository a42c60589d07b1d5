// The colour classes of the choropleth map: fixed, meaningful breaks for location quotients
// (around 1) and growth (around 0), quantile breaks for employment.

export const MAP_MEASURES = ['lq', 'employment', 'growth'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** Regions without a value. */
export const NO_DATA_COLOUR = '#dee2e6';

/** Blue below the middle class, grey-beige in it, orange to red above (ColorBrewer RdYlBu, reversed). */
const DIVERGING = ['#4575b4', '#91bfdb', '#f1eee6', '#fc8d59', '#d73027'];
/** Light to dark teal (ColorBrewer BuGn). */
const SEQUENTIAL = ['#edf8fb', '#b2e2e2', '#66c2a4', '#2ca25f', '#006d2c'];

/** LQ classes: well below, below, about the nation (0.8-1.25), above, at least twice (strong). */
const LQ_BREAKS = [0.5, 0.8, 1.25, 2];
/** Employment growth per year, a fraction: shrinking, slipping, flat (±0.5%), growing, fast. */
const GROWTH_BREAKS = [-0.02, -0.005, 0.005, 0.02];

export interface ColourScale {
  /** Ascending; class i holds values in [breaks[i-1], breaks[i]). */
  breaks: number[];
  colours: string[];
  /** The class colour of a value; NO_DATA_COLOUR for null, undefined or NaN. */
  colourOf: (value: number | null | undefined) => string;
}

/** Rounds to two significant digits, so legend labels read 12,000 rather than 12,347. */
function roundNicely(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Up to four breaks at the quintiles of the values, rounded and without repeats (many equal
 * values give fewer classes, but at least two); none for fewer than two distinct values.
 */
export function quantileBreaks(values: readonly number[]): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (new Set(sorted).size < 2) return [];
  const breaks: number[] = [];
  for (const q of [0.2, 0.4, 0.6, 0.8]) {
    const at = roundNicely(sorted[Math.floor(q * (sorted.length - 1))] as number);
    if (at > (sorted[0] as number) && !breaks.includes(at)) breaks.push(at);
  }
  // Most values equal to the least: the rest still stand apart in a class of their own.
  if (breaks.length === 0) breaks.push(sorted.find((v) => v > (sorted[0] as number)) as number);
  return breaks;
}

export function choroplethScale(measure: MapMeasure, values: readonly number[]): ColourScale {
  const breaks =
    measure === 'lq' ? LQ_BREAKS : measure === 'growth' ? GROWTH_BREAKS : quantileBreaks(values);
  const palette = measure === 'employment' ? SEQUENTIAL : DIVERGING;
  // With fewer breaks (employment), take evenly spread colours of the palette.
  const colours = Array.from(
    { length: breaks.length + 1 },
    (_, i) =>
      palette[breaks.length === 0 ? 2 : Math.round((i * (palette.length - 1)) / breaks.length)] ??
      NO_DATA_COLOUR,
  );
  return {
    breaks,
    colours,
    colourOf: (value) => {
      if (value === null || value === undefined || Number.isNaN(value)) return NO_DATA_COLOUR;
      const index = breaks.findIndex((b) => value < b);
      return colours[index < 0 ? breaks.length : index] ?? NO_DATA_COLOUR;
    },
  };
}
