// Guesses which property of a GeoJSON file's features holds the region code (NUTS_ID, il_kodu,
// plaka, GEOID, ...) and which the region's name, from the names such files commonly use.

import type { GeoJsonProperty } from './geoJsonProperties';

/** Names of code properties, most telling first (compared without case). */
const ID_NAMES = [
  'id',
  'nuts_id',
  'code',
  'il_kodu',
  'ilkodu',
  'plaka',
  'plaka_kodu',
  'ilce_kodu',
  'geoid',
  'fips',
  'iso_a3',
  'iso_a2',
  'iso3',
  'adm1_pcode',
  'adm2_pcode',
  'shapeiso',
  'kod',
  'region_code',
  'lau_id',
];

/** Names of name properties, most telling first (compared without case). */
const NAME_NAMES = [
  'name',
  'name_tr',
  'name_en',
  'nuts_name',
  'name_latn',
  'il_adi',
  'iladi',
  'ilce_adi',
  'ad',
  'adi',
  'il',
  'namelsad',
  'name_1',
  'name_2',
  'admin',
  'shapename',
  'lau_name',
  'label',
];

const byNames = (properties: readonly GeoJsonProperty[], names: readonly string[]) =>
  names
    .map((wanted) => properties.find((p) => p.name.toLowerCase() === wanted))
    .filter((p): p is GeoJsonProperty => p !== undefined);

/**
 * The property that names every one of `featureCount` features with a value of its own: the
 * first of the usual code names (id, NUTS_ID, code, il_kodu, plaka, GEOID, ...) that does, else
 * the first such property that is not a usual name property; undefined when none does.
 */
export function guessIdProperty(
  properties: readonly GeoJsonProperty[],
  featureCount: number,
): string | undefined {
  const fits = (p: GeoJsonProperty) => p.count === featureCount && p.unique && featureCount > 0;
  const named = byNames(properties, ID_NAMES).find(fits);
  if (named) return named.name;
  const nameLike = new Set(NAME_NAMES);
  return properties.find((p) => fits(p) && !nameLike.has(p.name.toLowerCase()))?.name;
}

/** The first usual name property (name, NUTS_NAME, il_adi, ...) that some feature has. */
export function guessNameProperty(properties: readonly GeoJsonProperty[]): string | undefined {
  return byNames(properties, NAME_NAMES).find((p) => p.count > 0)?.name;
}
