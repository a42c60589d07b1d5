import { describe, expect, it } from 'vitest';
import { readGeoJsonRegions } from './readGeoJsonRegions';
import { regionsGeoJson } from './regionsGeoJson';

/** A unit square with its lower left corner at (x, y), counter-clockwise (RFC 7946). */
const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];
const region = <G>(properties: Record<string, unknown>, geometry: G) => ({
  type: 'Feature',
  properties,
  geometry,
});
const twoSquares = () => ({
  type: 'FeatureCollection',
  features: [
    region(
      { NUTS_ID: 'TR31', NUTS_NAME: 'İzmir' },
      { type: 'Polygon', coordinates: square(27, 38) },
    ),
    region(
      { NUTS_ID: 'TR32', NUTS_NAME: 'Aydın' },
      { type: 'Polygon', coordinates: square(28, 37) },
    ),
  ],
});

describe('readGeoJsonRegions', () => {
  it('reads two squares with the guessed code and name properties', () => {
    const result = readGeoJsonRegions(twoSquares());
    expect(result.issues).toEqual([]);
    expect(result.regions).toEqual({
      idProperty: 'NUTS_ID',
      nameProperty: 'NUTS_NAME',
      features: [
        { id: 'TR31', name: 'İzmir', geometry: { type: 'Polygon', coordinates: square(27, 38) } },
        { id: 'TR32', name: 'Aydın', geometry: { type: 'Polygon', coordinates: square(28, 37) } },
      ],
    });
  });

  it('keeps six decimals of each coordinate and drops altitudes', () => {
    const json = twoSquares();
    json.features[0]!.geometry.coordinates = [
      [
        [27.123456789, 38.000000449, 120],
        [28, 38],
        [28, 39],
        [27.123456789, 38.000000449, 120],
      ],
    ];
    const ring = readGeoJsonRegions(json).regions?.features[0]?.geometry.coordinates[0];
    expect(ring?.[0]).toEqual([27.123457, 38]);
  });

  it('reads MultiPolygons, numeric codes and the chosen properties', () => {
    const json = {
      type: 'FeatureCollection',
      features: [
        region(
          { plaka: 35, il: 'İzmir' },
          { type: 'MultiPolygon', coordinates: [square(27, 38), square(26, 38)] },
        ),
      ],
    };
    const result = readGeoJsonRegions(json, { idProperty: 'plaka', nameProperty: null });
    expect(result.regions?.features[0]).toMatchObject({ id: '35', name: null });
    expect(result.regions?.features[0]?.geometry.type).toBe('MultiPolygon');
    expect(result.regions?.nameProperty).toBeNull();
  });

  it('writes the regions back with the code as feature id and the name as the only property', () => {
    const { regions } = readGeoJsonRegions(twoSquares());
    expect(regionsGeoJson(regions!).features[1]).toEqual({
      type: 'Feature',
      id: 'TR32',
      properties: { name: 'Aydın' },
      geometry: { type: 'Polygon', coordinates: square(28, 37) },
    });
  });

  it('refuses what is not a FeatureCollection, or one without features', () => {
    expect(readGeoJsonRegions({ type: 'Feature' }).issues).toEqual([
      { path: 'type', message: 'the file is a Feature, not a GeoJSON FeatureCollection' },
    ]);
    expect(readGeoJsonRegions([1, 2]).issues[0]?.path).toBe('type');
    expect(readGeoJsonRegions({ type: 'FeatureCollection', features: [] }).issues).toEqual([
      { path: 'features', message: 'the FeatureCollection has no features' },
    ]);
  });

  it('names the feature without the id property, and stores no regions', () => {
    const json = twoSquares();
    delete (json.features[1]!.properties as { NUTS_ID?: string }).NUTS_ID;
    const result = readGeoJsonRegions(json, { idProperty: 'NUTS_ID' });
    expect(result.regions).toBeUndefined();
    expect(result.issues).toEqual([
      { path: 'features.1.properties.NUTS_ID', message: 'feature 1 has no NUTS_ID' },
    ]);
  });

  it('names both features that share an id', () => {
    const json = twoSquares();
    json.features[1]!.properties.NUTS_ID = 'TR31';
    expect(readGeoJsonRegions(json, { idProperty: 'NUTS_ID' }).issues).toEqual([
      {
        path: 'features.1.properties.NUTS_ID',
        message: 'feature 1 has the NUTS_ID TR31 of feature 0',
      },
    ]);
  });

  it('refuses points, lines and features without geometry, by index', () => {
    const json = twoSquares();
    (json.features[0] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [27, 38] };
    (json.features[1] as { geometry: unknown }).geometry = null;
    expect(readGeoJsonRegions(json).issues).toEqual([
      {
        path: 'features.0.geometry.type',
        message: 'the geometry is a Point: only Polygon and MultiPolygon regions can be mapped',
      },
      { path: 'features.1.geometry', message: 'the feature has no geometry' },
    ]);
  });

  it('refuses projected coordinates, saying to save the file in WGS 84', () => {
    const json = twoSquares();
    json.features[1]!.geometry.coordinates = square(512_000, 4_250_000);
    const [issue] = readGeoJsonRegions(json).issues;
    expect(issue?.path).toBe('features.1.geometry.coordinates');
    expect(issue?.message).toMatch(
      /^the position \[512000, 4250000\] is not a longitude and latitude.*WGS 84/,
    );
  });

  it('refuses rings that are too short and positions that are not numbers', () => {
    const json = twoSquares();
    json.features[0]!.geometry.coordinates = [
      [
        [27, 38],
        [28, 38],
      ],
    ];
    json.features[1]!.geometry.coordinates = [
      [
        [27, 38],
        [28, '38'],
        [28, 39],
      ],
    ] as never;
    expect(readGeoJsonRegions(json).issues.map((i) => i.message)).toEqual([
      'a ring must be a list of at least 3 positions',
      '[28,"38"] is not a position [longitude, latitude]',
    ]);
  });

  it('asks for the id property when none can be guessed, listing those there are', () => {
    const json = twoSquares();
    for (const feature of json.features) feature.properties.NUTS_ID = 'same';
    expect(readGeoJsonRegions(json).issues).toEqual([
      {
        path: 'idProperty',
        message:
          'no property gives every feature a code of its own: choose the id property (the features have: NUTS_ID, NUTS_NAME)',
      },
    ]);
    expect(readGeoJsonRegions(twoSquares(), { idProperty: 'code' }).issues[0]).toEqual({
      path: 'idProperty',
      message: 'no feature has the property code (the features have: NUTS_ID, NUTS_NAME)',
    });
  });

  it('lists the first issues and counts them all', () => {
    const features = Array.from({ length: 30 }, (_, i) =>
      region({ name: `R${i}` }, { type: 'Polygon', coordinates: square(i, 0) }),
    );
    const result = readGeoJsonRegions(
      { type: 'FeatureCollection', features },
      { idProperty: 'code', maxIssues: 5 },
    );
    expect(result.issueCount).toBe(1);
    const missing = readGeoJsonRegions(
      { type: 'FeatureCollection', features: [region({ code: 'A' }, null), ...features] },
      { idProperty: 'code', maxIssues: 5 },
    );
    expect(missing.issues).toHaveLength(5);
    expect(missing.issueCount).toBe(31);
  });
});
