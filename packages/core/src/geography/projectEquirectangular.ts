// Projects a country's map shapes flat for a slide: equirectangular, longitudes shortened by the
// cosine of the map's middle latitude, fitted into a unit box with y pointing down.

import type { RegionGeometry } from './readGeoJsonRegions';

/** A projected point [x, y]: x to the east, y to the south. */
export type MapPoint = [number, number];
/** A closed ring, without the repeat of its first point at the end. */
export type MapRing = MapPoint[];
/** A polygon: its outer ring, then its holes. */
export type MapPolygon = MapRing[];

export interface ProjectedRegion {
  id: string;
  polygons: MapPolygon[];
}

/** The geometry's polygons as lists of rings of [longitude, latitude]. */
export function geometryPolygons(geometry: RegionGeometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The regions projected with x = longitude × cos(φ0) and y = −latitude, φ0 the middle latitude
 * of all the regions' extent, then moved and scaled so that the map's extent starts at (0, 0)
 * and its longer side measures 1 (the shorter one keeps the map's proportions). The distortion
 * is small for a country or a region; a map across the antimeridian (Fiji, Russia's far east)
 * is not joined. Consecutive repeated points and a ring's closing point are dropped, and so are
 * rings left with fewer than three points (a polygon with its outer ring). No regions, or no extent, gives every point at 0.
 */
export function projectEquirectangular(
  regions: readonly { id: string; geometry: RegionGeometry }[],
): ProjectedRegion[] {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const region of regions)
    for (const polygon of geometryPolygons(region.geometry))
      for (const ring of polygon)
        for (const [lon = 0, lat = 0] of ring) {
          west = Math.min(west, lon);
          east = Math.max(east, lon);
          south = Math.min(south, lat);
          north = Math.max(north, lat);
        }
  const cos = Number.isFinite(south) ? Math.cos((((south + north) / 2) * Math.PI) / 180) : 1;
  const side = Math.max((east - west) * cos, north - south);
  const scale = Number.isFinite(side) && side > 0 ? 1 / side : 0;
  const project = ([lon = 0, lat = 0]: number[]): MapPoint => [
    (lon - west) * cos * scale,
    (north - lat) * scale,
  ];
  return regions.map((region) => ({
    id: region.id,
    polygons: geometryPolygons(region.geometry)
      .map((polygon) => polygon.map((ring) => openRing(ring.map(project))))
      // A polygon goes with its outer ring; a hole alone goes when it has no area.
      .filter((rings) => (rings[0]?.length ?? 0) >= 3)
      .map((rings) => rings.filter((ring) => ring.length >= 3)),
  }));
}

/** The ring without consecutive repeats and without its closing point. */
function openRing(ring: MapRing): MapRing {
  const open: MapRing = [];
  for (const point of ring) {
    const last = open[open.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) open.push(point);
  }
  const first = open[0];
  const last = open[open.length - 1];
  if (open.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) open.pop();
  return open;
}
