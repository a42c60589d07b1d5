// Finds the map shape of a region code among a map's shape ids, by regionCodeKey.

import { regionCodeKey } from './regionCodeKey';

export interface RegionIdIndex {
  /** The shape id a region code matches, or undefined. */
  idOf: (code: string) => string | undefined;
  /** Share (0-1) of the codes that match a shape; 0 for no codes. */
  coverage: (codes: readonly string[]) => number;
}

/**
 * An index of shape ids. An exact id wins over one that only shares its key; of two ids with the
 * same key ("6" and "06"), the first listed is matched.
 */
export function regionIdIndex(ids: readonly string[]): RegionIdIndex {
  const exact = new Set(ids);
  const byKey = new Map<string, string>();
  for (const id of ids) {
    const key = regionCodeKey(id);
    if (key !== '' && !byKey.has(key)) byKey.set(key, id);
  }
  const idOf = (code: string) => (exact.has(code) ? code : byKey.get(regionCodeKey(code)));
  return {
    idOf,
    coverage: (codes) =>
      codes.length === 0
        ? 0
        : codes.filter((code) => idOf(code) !== undefined).length / codes.length,
  };
}
