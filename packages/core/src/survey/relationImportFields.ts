// The columns of a relation file (source, target, type and the optional details), the headings
// in English or Turkish that suggest each, and the readers of their cells.

import { foldForSearch } from '../text/foldForSearch';
import {
  RELATION_FREQUENCY_LABELS,
  RELATION_LOCATION_LABELS,
  RELATION_TYPE_LABELS,
} from './relationLabels';
import {
  RELATION_FREQUENCIES,
  RELATION_LOCATIONS,
  RELATION_TYPES,
  type RelationFrequency,
  type RelationLocation,
  type RelationType,
} from './relationTypes';

export const RELATION_IMPORT_FIELDS = [
  'source',
  'target',
  'type',
  'share',
  'frequency',
  'location',
  'confirmed',
] as const;
export type RelationImportField = (typeof RELATION_IMPORT_FIELDS)[number];

/** The fields a relation file cannot do without. */
export const REQUIRED_RELATION_IMPORT_FIELDS: readonly RelationImportField[] = [
  'source',
  'target',
  'type',
];

/** Which column (0-based) feeds each field; a field left out is not imported. */
export type RelationImportMapping = Partial<Record<RelationImportField, number>>;

const headingAliases: Record<RelationImportField, readonly string[]> = {
  source: [
    'source',
    'from',
    'source organisation',
    'source organization',
    'reporter',
    'kaynak',
    'kaynak kurum',
    'kaynak firma',
    'kimden',
    'bildiren',
  ],
  target: [
    'target',
    'to',
    'partner',
    'target organisation',
    'target organization',
    'hedef',
    'hedef kurum',
    'hedef firma',
    'kime',
    'ortak',
  ],
  type: [
    'type',
    'relation',
    'relation type',
    'relationship',
    'relationship type',
    'tur',
    'tip',
    'iliski',
    'iliski turu',
    'iliski tipi',
  ],
  share: ['share', 'share percent', 'percent', 'pay', 'oran', 'yuzde', 'pay yuzdesi'],
  frequency: ['frequency', 'how often', 'siklik', 'calisma sikligi'],
  location: ['location', 'where', 'partner location', 'konum', 'yer', 'nerede'],
  confirmed: [
    'confirmed',
    'verified',
    'teyit',
    'teyitli',
    'teyit edildi',
    'dogrulandi',
    'dogrulanmis',
    'onayli',
  ],
};

/** A heading or a cell as it is compared: folded, with _ - * : % ( ) read as spaces. */
export function foldCell(text: string): string {
  return foldForSearch(text.replace(/[_\-*:%()]+/g, ' '));
}

const fieldByHeading = new Map<string, RelationImportField>();
for (const field of RELATION_IMPORT_FIELDS)
  for (const alias of headingAliases[field]) fieldByHeading.set(foldCell(alias), field);

/** Guesses the mapping from headings in English or Turkish; each field takes its first matching column. */
export function suggestRelationImportMapping(headings: readonly string[]): RelationImportMapping {
  const mapping: RelationImportMapping = {};
  headings.forEach((heading, index) => {
    const field = fieldByHeading.get(foldCell(heading));
    if (field && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

/** A lookup from every folded spelling (code, Turkish and English label, extra words) to the code. */
function lookup<T extends string>(
  codes: readonly T[],
  labels: Record<T, { tr: string; en: string }>,
  extra: Record<string, T>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(foldCell(code), code);
    map.set(foldCell(labels[code].tr), code);
    map.set(foldCell(labels[code].en), code);
  }
  for (const [word, code] of Object.entries(extra)) map.set(foldCell(word), code);
  return map;
}

const relationTypes = lookup(RELATION_TYPES, RELATION_TYPE_LABELS, {
  'fason üretici': 'subcontractor',
  fason: 'subcontractor',
  taşeron: 'subcontractor',
  'ar-ge': 'rd_partner',
  arge: 'rd_partner',
  'r&d': 'rd_partner',
});
const frequencies = lookup(RELATION_FREQUENCIES, RELATION_FREQUENCY_LABELS, {
  'ara sıra': 'occasional',
  aylık: 'monthly',
  haftalık: 'weekly',
  günlük: 'daily',
});
const locations = lookup(RELATION_LOCATIONS, RELATION_LOCATION_LABELS, {
  'aynı il': 'same_city',
  'aynı bölge': 'same_region',
  'yurt içi': 'same_country',
  'yurt dışı': 'abroad',
  'same city': 'same_city',
  'same region': 'same_region',
  'same country': 'same_country',
});

/** A relation type from its code or its Turkish or English label ("Tedarikçi", "supplier"). */
export function parseRelationType(text: string): RelationType | undefined {
  return relationTypes.get(foldCell(text));
}

/** A frequency from its code or label ("Her hafta", "weekly", "haftalık"). */
export function parseRelationFrequency(text: string): RelationFrequency | undefined {
  return frequencies.get(foldCell(text));
}

/** A location from its code or label ("Yurt dışında", "abroad", "yurt dışı"). */
export function parseRelationLocation(text: string): RelationLocation | undefined {
  return locations.get(foldCell(text));
}

/** Yes or no in English or Turkish; an empty cell is no. Undefined for anything else. */
export function parseConfirmed(text: string): boolean | undefined {
  const folded = foldForSearch(text);
  if (['yes', 'y', 'true', '1', 'evet', 'e', 'x'].includes(folded)) return true;
  if (['no', 'n', 'false', '0', 'hayir', 'h', ''].includes(folded)) return false;
  return undefined;
}

/**
 * A share in percent as agencies type it: 35, 35%, %35, 35.5 or 35,5 (rounded to a whole
 * percent, as the relations table stores it). Undefined when not a number; range is the caller's.
 */
export function parseSharePercent(text: string): number | undefined {
  const compact = text.replace(/[\s%]/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(compact)) return undefined;
  return Number(compact);
}
