import { describe, expect, it } from 'vitest';
import { geoJsonProperties } from './geoJsonProperties';
import { guessIdProperty, guessNameProperty } from './guessIdProperty';

const feature = (properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: null,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('guessIdProperty and guessNameProperty', () => {
  const guess = (...features: unknown[]) => {
    const properties = geoJsonProperties(collection(...features));
    return [guessIdProperty(properties, features.length), guessNameProperty(properties)];
  };

  it('finds the NUTS code and name of a Eurostat file', () => {
    expect(
      guess(
        feature({ LEVL_CODE: 3, NUTS_ID: 'TR310', NUTS_NAME: 'İzmir' }),
        feature({ LEVL_CODE: 3, NUTS_ID: 'TR321', NUTS_NAME: 'Aydın' }),
      ),
    ).toEqual(['NUTS_ID', 'NUTS_NAME']);
  });

  it('finds a Turkish province file by il_kodu or plaka, case aside', () => {
    expect(
      guess(feature({ IL_ADI: 'Adana', PLAKA: 1 }), feature({ IL_ADI: 'Adıyaman', PLAKA: 2 })),
    ).toEqual(['PLAKA', 'IL_ADI']);
    expect(
      guess(feature({ il_kodu: '35', ad: 'İzmir' }), feature({ il_kodu: '06', ad: 'Ankara' })),
    ).toEqual(['il_kodu', 'ad']);
  });

  it('passes over a code name that repeats or misses a feature', () => {
    expect(
      guess(
        feature({ code: 'X', region: 'R1', name: 'One' }),
        feature({ code: 'X', region: 'R2', name: 'Two' }),
      ),
    ).toEqual(['region', 'name']);
  });

  it('guesses no id when no property names every feature once', () => {
    expect(guess(feature({ name: 'A', kind: 1 }), feature({ name: 'A', kind: 1 }))).toEqual([
      undefined,
      'name',
    ]);
  });
});
