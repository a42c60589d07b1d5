// Units of indicators compared as people type them: "%", "Percent" and "yüzde" are one unit.

import { foldForSearch } from '../text/foldForSearch';

/**
 * Spellings that mean the same unit, folded and without spaces. Kept short on purpose: two units
 * are the same only when nobody could read them differently.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['%', 'percent', 'percentage', 'pct', 'yuzde'],
  ['count', 'number', 'adet', 'sayi'],
  ['try', 'tl', '₺', 'turkishlira', 'turklirasi'],
];

const canonical = new Map(SYNONYMS.flatMap((group) => group.map((name) => [name, group[0]!])));

/**
 * The unit's comparison key: Turkish-aware lower case with ı/i and diacritics folded
 * (foldForSearch), every space removed, then the first spelling of its synonym group ("Yüzde",
 * "per cent" and "%" all give "%"; "Adet" and "number" give "count").
 */
export function normaliseUnit(unit: string): string {
  const folded = foldForSearch(unit).replace(/\s+/g, '');
  return canonical.get(folded) ?? folded;
}

/** Whether two typed units are the same unit. */
export const sameUnit = (a: string, b: string) => normaliseUnit(a) === normaliseUnit(b);
