// Reads the regions of a GeoJSON FeatureCollection for a choropleth map: each feature a Polygon or
// MultiPolygon in longitude/latitude with a region code of its own (and perhaps a name); every
// problem placed by the feature's index, so a file of 1,000 districts says which one is wrong.

import { featureProperty, geoJsonFeatures, geoJsonProperties } from './geoJsonProperties';
import { guessIdProperty, guessNameProperty } from './guessIdProperty';

export type RegionGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface RegionFeature {
  /** The region code, as text. */
  id: string;
  name: string | null;
  geometry: RegionGeometry;
}

export interface GeoJsonRegions {
  idProperty: string;
  nameProperty: string | null;
  features: RegionFeature[];
}

export interface GeoJsonIssue {
  /** `features.3.geometry.type`, `idProperty`, or '' for the file as a whole. */
  path: string;
  message: string;
}

export interface ReadGeoJsonOptions {
  /** The property holding the region code; guessed when absent (see guessIdProperty). */
  idProperty?: string;
  /** The property holding the region's name; guessed when absent, null for none. */
  nameProperty?: string | null;
  /** Decimals kept of each coordinate: 6 (about 0.1 m) unless told. */
  digits?: number;
  /** Issues listed before the reading stops counting them one by one (default 20). */
  maxIssues?: number;
}

export interface ReadGeoJsonResult {
  /** The regions, when there is no issue. */
  regions?: GeoJsonRegions;
  /** The first `maxIssues` issues. */
  issues: GeoJsonIssue[];
  /** All issues found, listed or not. */
  issueCount: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeOf = (value: unknown) =>
  isObject(value) && typeof value.type === 'string' ? `a ${value.type}` : 'not a GeoJSON object';

/**
 * A polygon's rings with coordinates rounded to `scale` (10^digits) and altitudes dropped, or the
 * reason it is not one: rings of at least three [longitude, latitude] positions in degrees.
 */
function readPolygon(value: unknown, scale: number): number[][][] | string {
  if (!Array.isArray(value) || value.length === 0) return 'a polygon must be a list of rings';
  const rings: number[][][] = [];
  for (const ring of value) {
    if (!Array.isArray(ring) || ring.length < 3)
      return 'a ring must be a list of at least 3 positions';
    const positions: number[][] = [];
    for (const position of ring) {
      if (
        !Array.isArray(position) ||
        position.length < 2 ||
        typeof position[0] !== 'number' ||
        typeof position[1] !== 'number' ||
        !Number.isFinite(position[0]) ||
        !Number.isFinite(position[1])
      )
        return `${JSON.stringify(position)?.slice(0, 40)} is not a position [longitude, latitude]`;
      const [x, y] = position;
      if (Math.abs(x) > 180 || Math.abs(y) > 90)
        return `the position [${x}, ${y}] is not a longitude and latitude in degrees: save the file in WGS 84 (EPSG:4326), e.g. with QGIS or mapshaper`;
      positions.push([Math.round(x * scale) / scale, Math.round(y * scale) / scale]);
    }
    rings.push(positions);
  }
  return rings;
}

/** The geometry, rounded, or the issue with it. */
function readGeometry(geometry: unknown, at: string, scale: number): RegionGeometry | GeoJsonIssue {
  if (!isObject(geometry))
    return { path: `${at}.geometry`, message: 'the feature has no geometry' };
  const where = { path: `${at}.geometry.coordinates` };
  if (geometry.type === 'Polygon') {
    const rings = readPolygon(geometry.coordinates, scale);
    return typeof rings === 'string'
      ? { ...where, message: rings }
      : { type: 'Polygon', coordinates: rings };
  }
  if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0)
      return { ...where, message: 'a MultiPolygon must be a list of polygons' };
    const polygons: number[][][][] = [];
    for (const polygon of geometry.coordinates) {
      const rings = readPolygon(polygon, scale);
      if (typeof rings === 'string') return { ...where, message: rings };
      polygons.push(rings);
    }
    return { type: 'MultiPolygon', coordinates: polygons };
  }
  return {
    path: `${at}.geometry.type`,
    message: `the geometry is ${typeOf(geometry)}: only Polygon and MultiPolygon regions can be mapped`,
  };
}

/**
 * The regions of `json` (a parsed GeoJSON file), or its issues: not a FeatureCollection, no
 * features, a feature that is not a Feature, has no or another geometry than (Multi)Polygon,
 * positions that are not degrees, no value of the id property, or an id another feature has.
 */
export function readGeoJsonRegions(
  json: unknown,
  options: ReadGeoJsonOptions = {},
): ReadGeoJsonResult {
  const maxIssues = options.maxIssues ?? 20;
  const issues: GeoJsonIssue[] = [];
  let issueCount = 0;
  const report = (issue: GeoJsonIssue) => {
    issueCount += 1;
    if (issues.length < maxIssues) issues.push(issue);
  };
  const done = () => ({ issues, issueCount });

  if (!isObject(json) || json.type !== 'FeatureCollection') {
    report({
      path: 'type',
      message: `the file is ${typeOf(json)}, not a GeoJSON FeatureCollection`,
    });
    return done();
  }
  if (!Array.isArray(json.features)) {
    report({ path: 'features', message: 'the FeatureCollection has no list of features' });
    return done();
  }
  const features = geoJsonFeatures(json);
  if (features.length === 0) {
    report({ path: 'features', message: 'the FeatureCollection has no features' });
    return done();
  }

  const properties = geoJsonProperties(json);
  const known = (name: string) => properties.some((p) => p.name === name && p.count > 0);
  const listed = properties.map((p) => p.name).join(', ') || 'none';
  const idProperty = options.idProperty ?? guessIdProperty(properties, features.length);
  if (idProperty === undefined) {
    report({
      path: 'idProperty',
      message: `no property gives every feature a code of its own: choose the id property (the features have: ${listed})`,
    });
    return done();
  }
  if (!known(idProperty)) {
    report({
      path: 'idProperty',
      message: `no feature has the property ${idProperty} (the features have: ${listed})`,
    });
    return done();
  }
  const nameProperty =
    options.nameProperty === undefined
      ? (guessNameProperty(properties) ?? null)
      : options.nameProperty;
  if (nameProperty !== null && !known(nameProperty)) {
    report({
      path: 'nameProperty',
      message: `no feature has the property ${nameProperty} (the features have: ${listed})`,
    });
    return done();
  }

  const scale = 10 ** (options.digits ?? 6);
  const firstWithId = new Map<string, number>();
  const regions: RegionFeature[] = [];
  features.forEach((feature, index) => {
    const at = `features.${index}`;
    if (!isObject(feature) || feature.type !== 'Feature') {
      report({ path: at, message: `feature ${index} is ${typeOf(feature)}, not a Feature` });
      return;
    }
    const geometry = readGeometry(feature.geometry, at, scale);
    if ('path' in geometry) report(geometry);
    const id = featureProperty(feature, idProperty);
    // GeoJSON's own feature id stands in for a missing `id` property (see featureProperty).
    const ownId =
      idProperty === 'id' &&
      !(isObject(feature.properties) && Object.hasOwn(feature.properties, 'id'));
    const idPath = ownId ? `${at}.id` : `${at}.properties.${idProperty}`;
    if (id === undefined) {
      report({ path: idPath, message: `feature ${index} has no ${idProperty}` });
      return;
    }
    const first = firstWithId.get(id);
    if (first !== undefined) {
      report({
        path: idPath,
        message: `feature ${index} has the ${idProperty} ${id} of feature ${first}`,
      });
      return;
    }
    firstWithId.set(id, index);
    if (!('path' in geometry))
      regions.push({
        id,
        name: nameProperty === null ? null : (featureProperty(feature, nameProperty) ?? null),
        geometry,
      });
  });
  if (issueCount > 0) return done();
  return { regions: { idProperty, nameProperty, features: regions }, issues, issueCount };
}
