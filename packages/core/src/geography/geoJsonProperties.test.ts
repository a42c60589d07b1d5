import { describe, expect, it } from 'vitest';
import { featureProperty, geoJsonProperties } from './geoJsonProperties';

const feature = (properties: Record<string, unknown> | null, id?: unknown) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry: null,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('geoJsonProperties', () => {
  it('lists each property once, in order, with its count, uniqueness and examples', () => {
    const json = collection(
      feature({ NUTS_ID: 'TR31', NAME_LATN: 'İzmir', LEVL_CODE: 2 }),
      feature({ NUTS_ID: 'TR32', NAME_LATN: 'Aydın', LEVL_CODE: 2 }),
      feature({ NUTS_ID: 'TR33', LEVL_CODE: 2, extra: '' }),
    );
    expect(geoJsonProperties(json)).toEqual([
      { name: 'NUTS_ID', count: 3, unique: true, examples: ['TR31', 'TR32', 'TR33'] },
      { name: 'NAME_LATN', count: 2, unique: true, examples: ['İzmir', 'Aydın'] },
      { name: 'LEVL_CODE', count: 3, unique: false, examples: ['2', '2', '2'] },
      { name: 'extra', count: 0, unique: true, examples: [] },
    ]);
  });

  it("lists the feature's own id as `id` when the properties have none", () => {
    const json = collection(feature({ name: 'A' }, 1), feature(null, 2));
    expect(geoJsonProperties(json).map((p) => [p.name, p.count])).toEqual([
      ['id', 2],
      ['name', 1],
    ]);
    expect(featureProperty(json.features[1], 'id')).toBe('2');
  });

  it('reads nothing from what is not a FeatureCollection', () => {
    expect(geoJsonProperties({ type: 'Feature' })).toEqual([]);
    expect(geoJsonProperties(null)).toEqual([]);
  });

  it('takes strings and finite numbers as values, nothing else', () => {
    const f = feature({ a: ' x ', b: 3, c: true, d: null, e: { f: 1 }, g: Number.NaN });
    expect(['a', 'b', 'c', 'd', 'e', 'g'].map((name) => featureProperty(f, name))).toEqual([
      'x',
      '3',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
