// Small GeoJSON files for the map shape (geography) tests, written here rather than read from
// disk, and a helper that imports one through the API.

import { expectStatus, upload } from './projectFixtures';
import type { Agent } from './testApp';

/** A unit square at (x, y), counter-clockwise as RFC 7946 asks. */
export const unitSquare = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];

/** Two square regions side by side near İzmir, with NUTS-style properties. */
export function twoSquares(ids: [string, string] = ['TR31', 'TR32']) {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { NUTS_ID: ids[0], NUTS_NAME: 'İzmir', LEVL_CODE: 2 },
        geometry: { type: 'Polygon', coordinates: unitSquare(27, 38) },
      },
      {
        type: 'Feature',
        properties: { NUTS_ID: ids[1], NUTS_NAME: 'Aydın', LEVL_CODE: 2 },
        geometry: { type: 'Polygon', coordinates: unitSquare(28, 38) },
      },
    ],
  };
}

export const geographiesUrl = (slug: string) => `/api/projects/${slug}/statistics/geographies`;

/** Imports map shapes (two squares unless told) and answers the geography's id. */
export async function addGeography(
  agent: Agent,
  slug: string,
  content: string = JSON.stringify(twoSquares()),
  options?: Record<string, unknown>,
  fileName = 'regions.geojson',
): Promise<string> {
  const response = expectStatus(
    await upload(agent, geographiesUrl(slug), fileName, content, options),
    201,
  );
  return (response.json() as { id: string }).id;
}
