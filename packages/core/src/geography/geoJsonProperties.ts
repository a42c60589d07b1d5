// The properties the features of a GeoJSON FeatureCollection carry, so that the analyst (or a
// guess) can say which one holds the region code and which the region's name.

export interface GeoJsonProperty {
  name: string;
  /** How many features give it a value (a non-empty string or a finite number). */
  count: number;
  /** Whether no two features give it the same value. */
  unique: boolean;
  /** Up to three of its values, in feature order. */
  examples: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A property's value as text: a string (trimmed) or a finite number; undefined for anything else
 * or an empty string. `id` falls back to the feature's own `id` member (GeoJSON's feature id)
 * when the properties have none.
 */
export function featureProperty(feature: unknown, name: string): string | undefined {
  if (!isObject(feature)) return undefined;
  const properties = isObject(feature.properties) ? feature.properties : {};
  const value = Object.hasOwn(properties, name)
    ? properties[name]
    : name === 'id'
      ? feature.id
      : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return undefined;
}

/** The features of a FeatureCollection, or [] for anything else. */
export function geoJsonFeatures(json: unknown): unknown[] {
  return isObject(json) && Array.isArray(json.features) ? json.features : [];
}

/**
 * The properties of the collection's features in order of first appearance, with the feature's
 * own `id` member listed as `id` when some feature has one and the properties do not use that name.
 */
export function geoJsonProperties(json: unknown): GeoJsonProperty[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  const features = geoJsonFeatures(json);
  for (const feature of features) {
    if (!isObject(feature)) continue;
    if (feature.id !== undefined && feature.id !== null) add('id');
    if (isObject(feature.properties)) for (const name of Object.keys(feature.properties)) add(name);
  }
  return names.map((name) => {
    const values = new Set<string>();
    const examples: string[] = [];
    let count = 0;
    let unique = true;
    for (const feature of features) {
      const value = featureProperty(feature, name);
      if (value === undefined) continue;
      count += 1;
      if (values.has(value)) unique = false;
      values.add(value);
      if (examples.length < 3) examples.push(value);
    }
    return { name, count, unique, examples };
  });
}
