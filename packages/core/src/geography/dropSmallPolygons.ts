// Drops the specks of a projected map (small islands, tiny lakes) that a slide cannot show but
// that would cost points and file size.

import type { ProjectedRegion } from './projectEquirectangular';
import { ringArea } from './ringArea';

/**
 * The regions without polygons whose outer ring encloses less than `minShare` (0-1) of the area
 * of all the regions' outer rings together, and without holes below that size. A region keeps
 * its largest polygon however small it is: every region stays on the map.
 */
export function dropSmallPolygons(
  regions: readonly ProjectedRegion[],
  minShare: number,
): ProjectedRegion[] {
  const areas = regions.map((region) =>
    region.polygons.map((polygon) => ringArea(polygon[0] ?? [])),
  );
  const total = areas.flat().reduce((sum, area) => sum + area, 0);
  const least = total * minShare;
  return regions.map((region, r) => {
    const own = areas[r] ?? [];
    const largest = own.indexOf(Math.max(...own));
    return {
      id: region.id,
      polygons: region.polygons
        .filter((_, p) => p === largest || (own[p] ?? 0) >= least)
        .map(([outer = [], ...holes]) => [
          outer,
          ...holes.filter((hole) => ringArea(hole) >= least),
        ]),
    };
  });
}
