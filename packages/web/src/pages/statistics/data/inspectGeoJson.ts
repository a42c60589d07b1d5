// Reads a GeoJSON file's text in the browser before it is sent: its features' properties, and
// which of them probably hold the region code and name, so the analyst chooses from a list.

import {
  geoJsonFeatures,
  geoJsonProperties,
  guessIdProperty,
  guessNameProperty,
  type GeoJsonProperty,
} from '@kume/core';

export type GeoJsonInspection =
  | { ok: false; reason: string }
  | {
      ok: true;
      json: unknown;
      featureCount: number;
      properties: GeoJsonProperty[];
      /** The guessed code property, undefined when no property names each feature once. */
      idProperty: string | undefined;
      nameProperty: string | undefined;
    };

/** The text as GeoJSON, or why it is not JSON (the parser's message, a byte order mark allowed). */
export function inspectGeoJson(text: string): GeoJsonInspection {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: (error as Error).message.replace(/, (\.\.\.)?".*" is not valid JSON$/s, '') };
  }
  const featureCount = geoJsonFeatures(json).length;
  const properties = geoJsonProperties(json);
  return {
    ok: true,
    json,
    featureCount,
    properties,
    idProperty: guessIdProperty(properties, featureCount),
    nameProperty: guessNameProperty(properties),
  };
}
