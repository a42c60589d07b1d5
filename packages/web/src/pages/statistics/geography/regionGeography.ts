// Which map a dataset's region codes belong to (US states or counties, countries, Turkish
// provinces), the shape each code matches on it, and the region's name where Kume knows it.

import { countryOf } from './countryCodes';
import { turkeyProvince } from './turkeyProvinces';
import { US_STATES, usStateName } from './usStates';

export const GEOGRAPHIES = ['us-states', 'us-counties', 'world', 'tr-provinces'] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

/**
 * The id of the shape a region code matches: a 2-digit FIPS code for states, 5 digits for
 * counties (us-atlas ids), the ISO numeric code for countries (world-atlas ids), the 2-digit plate
 * number for Turkish provinces (plate or NUTS-3 codes). undefined when the code has no shape.
 */
export function shapeIdOf(geography: Geography, code: string): string | undefined {
  const text = code.trim();
  switch (geography) {
    case 'us-states': {
      const fips = /^\d{1,2}$/.test(text) ? text.padStart(2, '0') : '';
      return US_STATES.has(fips) ? fips : undefined;
    }
    case 'us-counties':
      return /^\d{4,5}$/.test(text) ? text.padStart(5, '0') : undefined;
    case 'world':
      return countryOf(text)?.numeric;
    case 'tr-provinces':
      return turkeyProvince(text)?.plate;
  }
}

/** Share of the codes (0-1) that match a shape of the geography; 0 for no codes. */
export function geographyCoverage(geography: Geography, codes: readonly string[]): number {
  if (codes.length === 0) return 0;
  return codes.filter((code) => shapeIdOf(geography, code) !== undefined).length / codes.length;
}

/**
 * The geography that most of the codes match, or null when none matches at least half of them
 * (a benchmark code such as "00" or "US" among them is no obstacle). Two-digit codes fit both US
 * states and Turkish plates: the one that covers more wins, US states on a tie, since a code
 * outside the FIPS list (03, 07, 14, 43, 52, above 56) shows a Turkish table.
 */
export function detectGeography(codes: readonly string[]): Geography | null {
  let best: Geography | null = null;
  let bestCoverage = 0;
  // In GEOGRAPHIES order, so US states come before Turkish plates on a tie.
  for (const geography of GEOGRAPHIES) {
    const coverage = geographyCoverage(geography, codes);
    if (coverage >= 0.5 && coverage > bestCoverage) {
      best = geography;
      bestCoverage = coverage;
    }
  }
  return best;
}

const displayNames = new Map<string, Intl.DisplayNames>();

function countryName(alpha2: string, language: string): string | undefined {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language === 'tr' ? 'tr-TR' : 'en-GB'], { type: 'region' });
    displayNames.set(language, names);
  }
  try {
    const name = names.of(alpha2);
    return name && name !== alpha2 ? name : undefined;
  } catch {
    return undefined; // a code Intl does not know
  }
}

/**
 * The region's name in the UI language when the code alone tells it (states, provinces,
 * countries); undefined otherwise (counties are named by the map's shapes).
 */
export function regionName(
  geography: Geography | null,
  code: string,
  language: string,
): string | undefined {
  switch (geography) {
    case 'us-states':
      return usStateName(code);
    case 'tr-provinces':
      return turkeyProvince(code)?.name;
    case 'world': {
      const country = countryOf(code);
      return country ? countryName(country.alpha2, language) : undefined;
    }
    default:
      return undefined;
  }
}
