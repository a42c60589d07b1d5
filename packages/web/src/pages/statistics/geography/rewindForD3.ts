// Turns polygons to the winding order d3-geo expects. GeoJSON files (RFC 7946) draw outer rings
// counter-clockwise; d3-geo reads a ring as enclosing what lies on its right, so such a region
// would cover the whole globe but itself, and fitSize would frame the world.

import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A hemisphere in steradians: no region of a regional map is larger. */
const HEMISPHERE = 2 * Math.PI;

const reversed = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());

/** The polygon as is when d3 sees it as small, else with each ring reversed. */
function rewindPolygon(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > HEMISPHERE ? reversed(rings) : rings;
}

/** The geometry with every polygon wound so that d3-geo encloses the region itself. */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  return {
    ...geometry,
    coordinates: (geometry as MultiPolygon).coordinates.map(rewindPolygon),
  };
}
