// The maps a ranking can be drawn on: Kume's own (US states and counties, countries, Turkish
// provinces) and those the project imported, which region codes each matches, and the map picked
// when the analyst picks none.

import { regionIdIndex, type RegionIdIndex } from '@kume/core';
import type { GeographyView } from '@kume/server';
import {
  detectGeography,
  GEOGRAPHIES,
  geographyCoverage,
  shapeIdOf,
  type Geography,
} from './regionGeography';

export type MapChoice =
  { kind: 'builtin'; geography: Geography } | { kind: 'imported'; geography: GeographyView };

/** An index per imported map, made once (the list's objects live until it is fetched again). */
const indexes = new WeakMap<GeographyView, RegionIdIndex>();

function indexOf(geography: GeographyView): RegionIdIndex {
  let index = indexes.get(geography);
  if (!index) {
    index = regionIdIndex(geography.regions.map((region) => region.id));
    indexes.set(geography, index);
  }
  return index;
}

const names = new WeakMap<GeographyView, Map<string, string>>();

/** The name an imported map gives the region of a code, or undefined. */
export function importedRegionName(geography: GeographyView, code: string): string | undefined {
  let byId = names.get(geography);
  if (!byId) {
    byId = new Map(
      geography.regions.flatMap((r) => (r.name ? [[r.id, r.name] as [string, string]] : [])),
    );
    names.set(geography, byId);
  }
  const id = indexOf(geography).idOf(code);
  return id === undefined ? undefined : byId.get(id);
}

/** The choice's key in the address (?map=): the built-in map's name or the imported map's id. */
export function mapChoiceKey(choice: MapChoice): string {
  return choice.kind === 'builtin' ? choice.geography : choice.geography.id;
}

/** The choice a key names, among the built-in maps and `imported`; undefined for none. */
export function mapChoiceOf(
  key: string | null,
  imported: readonly GeographyView[],
): MapChoice | undefined {
  const builtin = GEOGRAPHIES.find((g) => g === key);
  if (builtin) return { kind: 'builtin', geography: builtin };
  const geography = imported.find((g) => g.id === key);
  return geography ? { kind: 'imported', geography } : undefined;
}

/** The id of the shape a region code matches on the map, or undefined. */
export function mapShapeIdOf(choice: MapChoice, code: string): string | undefined {
  return choice.kind === 'builtin'
    ? shapeIdOf(choice.geography, code)
    : indexOf(choice.geography).idOf(code);
}

/** Share (0-1) of the codes with a shape on the map. */
export function mapCoverage(choice: MapChoice, codes: readonly string[]): number {
  return choice.kind === 'builtin'
    ? geographyCoverage(choice.geography, codes)
    : indexOf(choice.geography).coverage(codes);
}

/**
 * The map most of the codes match (at least half): an imported one when it matches as many as
 * Kume's own map would (the analyst brought it for these regions), the newest first listed of
 * equals; null when no map matches half the codes.
 */
export function autoMapChoice(
  codes: readonly string[],
  imported: readonly GeographyView[],
): MapChoice | null {
  const detected = detectGeography(codes);
  const builtin: MapChoice | null = detected ? { kind: 'builtin', geography: detected } : null;
  let best: MapChoice | null = null;
  let bestCoverage = 0.5;
  for (const geography of imported) {
    const choice: MapChoice = { kind: 'imported', geography };
    const coverage = mapCoverage(choice, codes);
    if (coverage > bestCoverage || (best === null && coverage === bestCoverage)) {
      best = choice;
      bestCoverage = coverage;
    }
  }
  if (best && (!builtin || bestCoverage >= mapCoverage(builtin, codes))) return best;
  return builtin;
}
