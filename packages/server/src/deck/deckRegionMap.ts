// The deck's region map: the project's imported map that matches the dataset's regions best, its
// shapes projected and simplified for a slide (kept per map: a map's shapes never change), each
// region with the focus cluster's location quotient.

import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import {
  readGeoJsonRegions,
  regionIdIndex,
  regionMapShapes,
  type DeckRegionMap,
  type RegionMapShape,
} from '@kume/core';
import { listGeographies, loadGeographyShapes, type Db, type GeographyMeta } from '@kume/db';

/** The least share of the dataset's region codes a map must match (as the web app's own choice). */
const MIN_COVERAGE = 0.5;
/** Maps whose simplified shapes are kept in memory, the most recently used. */
const KEPT_MAPS = 8;

/** Simplified shapes by project and geography id: a map's shapes never change (a new file is a new id). */
const kept = new Map<string, RegionMapShape[]>();

/**
 * The map that matches the most of `codes`, at least half of them; the newest of maps that match
 * as many. Undefined when none does.
 */
export function bestGeography(
  geographies: readonly GeographyMeta[],
  codes: readonly string[],
): GeographyMeta | undefined {
  let best: GeographyMeta | undefined;
  let bestCoverage = MIN_COVERAGE;
  // Listed newest first: an older map wins only when it matches strictly more.
  for (const geography of geographies) {
    const coverage = regionIdIndex(geography.regions.map((region) => region.id)).coverage(codes);
    if (coverage > bestCoverage || (best === undefined && coverage === bestCoverage)) {
      best = geography;
      bestCoverage = coverage;
    }
  }
  return best;
}

async function mapShapes(
  db: Db,
  projectId: string,
  geographyId: string,
): Promise<RegionMapShape[] | null> {
  const key = `${projectId}/${geographyId}`;
  const known = kept.get(key);
  if (known) {
    // Most recently used last: the first is the one to let go.
    kept.delete(key);
    kept.set(key, known);
    return known;
  }
  const stored = await loadGeographyShapes(db, projectId, geographyId);
  if (!stored) return null;
  const json: unknown = JSON.parse((await promisify(gunzip)(stored.shapes)).toString('utf8'));
  // Stored as core's regionsGeoJson writes it: the code as the feature's id (names come from the
  // geography's list of regions, which has them too).
  const { regions } = readGeoJsonRegions(json, { idProperty: 'id', nameProperty: null });
  if (!regions) return null;
  const shapes = regionMapShapes(regions.features);
  kept.set(key, shapes);
  if (kept.size > KEPT_MAPS) kept.delete(kept.keys().next().value as string);
  return shapes;
}

export interface RegionMapInput {
  /** The dataset's region codes. */
  codes: readonly string[];
  /** The focus cluster's LQ by region code, in the deck's year (regions without one: no data). */
  lqByCode: ReadonlyMap<string, number>;
  focusRegion: string;
  clusterName: string;
  /** Region names by code where the dataset's regions have them, for shapes the map leaves unnamed. */
  names: ReadonlyMap<string, string>;
}

/**
 * Every region of the best-matching imported map with the focus cluster's LQ, or null when the
 * project has no map that matches at least half of the dataset's regions (or its shapes cannot
 * be read). A shape no dataset region matches is drawn without data under its own id.
 */
export async function deckRegionMap(
  db: Db,
  projectId: string,
  input: RegionMapInput,
): Promise<DeckRegionMap | null> {
  const geography = bestGeography(await listGeographies(db, projectId), input.codes);
  if (!geography) return null;
  const shapes = await mapShapes(db, projectId, geography.id);
  if (!shapes) return null;
  const names = new Map(geography.regions.map((region) => [region.id, region.name]));
  const index = regionIdIndex(shapes.map((shape) => shape.id));
  const codeOf = new Map<string, string>();
  for (const code of input.codes) {
    const id = index.idOf(code);
    if (id !== undefined && !codeOf.has(id)) codeOf.set(id, code);
  }
  return {
    clusterName: input.clusterName,
    mapName: geography.name,
    regions: shapes.map((shape) => {
      const code = codeOf.get(shape.id) ?? shape.id;
      return {
        code,
        name: names.get(shape.id) || input.names.get(code) || code,
        lq: codeOf.has(shape.id) ? (input.lqByCode.get(code) ?? null) : null,
        focus: codeOf.has(shape.id) && code === input.focusRegion,
        rings: shape.rings,
      };
    }),
  };
}
