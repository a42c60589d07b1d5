// A map's regions made ready for a slide: projected flat into a unit box, specks of land dropped
// and borders simplified to a point budget, so a choropleth of hundreds of regions stays small.

import { dropSmallPolygons } from './dropSmallPolygons';
import { projectEquirectangular, type MapPoint, type MapRing } from './projectEquirectangular';
import type { RegionGeometry } from './readGeoJsonRegions';
import { simplifyRegions } from './simplifyRegions';

export interface RegionMapShapesOptions {
  /** Most points of all the rings together (default 3,000). */
  maxPoints?: number;
  /** Polygons and holes smaller than this share of the map's area go (default 0.0001). */
  minAreaShare?: number;
  /** Detail finer than this (unit-box lengths) goes even within the budget (default 0.0005). */
  minTolerance?: number;
  /** Decimals kept of each coordinate (default 4: a ten-thousandth of the map's longer side). */
  digits?: number;
}

export interface RegionMapShape {
  id: string;
  /** Outer rings and holes alike, unclosed, in the unit box (longer side 1, y down). */
  rings: MapRing[];
}

/**
 * The regions' shapes for a slide, in the order given, by projectEquirectangular,
 * dropSmallPolygons and simplifyRegions; a region whose rings all vanish has none.
 */
export function regionMapShapes(
  regions: readonly { id: string; geometry: RegionGeometry }[],
  options: RegionMapShapesOptions = {},
): RegionMapShape[] {
  const projected = dropSmallPolygons(
    projectEquirectangular(regions),
    options.minAreaShare ?? 0.0001,
  );
  const simplified = simplifyRegions(projected, {
    maxPoints: options.maxPoints ?? 3000,
    minTolerance: options.minTolerance ?? 0.0005,
  });
  // Fitted to the unit box again: the specks dropped may have stretched the extent.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const region of simplified)
    for (const [x, y] of region.polygons.flat(2)) {
      [minX, minY] = [Math.min(minX, x), Math.min(minY, y)];
      [maxX, maxY] = [Math.max(maxX, x), Math.max(maxY, y)];
    }
  const side = Math.max(maxX - minX, maxY - minY);
  const fit = Number.isFinite(side) && side > 0 ? 1 / side : 0;
  const digits = 10 ** (options.digits ?? 4);
  const round = (value: number) => Math.round(value * digits) / digits;
  return simplified.map((region) => ({
    id: region.id,
    rings: region.polygons
      .flat()
      .map((ring) =>
        roundRing(
          ring.map(([x, y]) => [(x - minX) * fit, (y - minY) * fit]),
          round,
        ),
      )
      .filter((ring) => ring.length >= 3),
  }));
}

/** The ring rounded, without the repeats rounding makes. */
function roundRing(ring: MapRing, round: (value: number) => number): MapRing {
  const rounded: MapRing = [];
  for (const [x, y] of ring) {
    const point: MapPoint = [round(x), round(y)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (rounded.length > 1 && first && last && first[0] === last[0] && first[1] === last[1])
    rounded.pop();
  return rounded;
}
