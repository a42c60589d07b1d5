// Names of a dataset's industries for the derive page, where Kume can know them: NACE Rev.2 titles
// when the codes are NACE codes, else the names file of the IO table for codes it names. Datasets
// carry codes only.

import { normaliseIndustryCode, naceRev2Classes, type NaceLanguage } from '@kume/core';

/**
 * More codes than this at one level before they are taken for NACE: NAICS has about 20 two-digit
 * sectors, and their codes (11, 21, 31, ...) are NACE divisions too.
 */
const NACE_MIN_CODES = 25;

/** NACE titles by normalised code, of the level of `digits` (2: divisions, 3: groups, 4: classes). */
function naceTitles(digits: number, language: NaceLanguage): Map<string, string> | undefined {
  const nace = naceRev2Classes();
  const items =
    digits === 2 ? nace.divisions : digits === 3 ? nace.groups : digits === 4 ? nace.classes : [];
  if (items.length === 0) return undefined;
  return new Map(items.map((item) => [item.code, item.title[language]]));
}

/**
 * Code -> name for `codes` (normalised): NACE titles in `language` when every code is a NACE
 * code of one level and there are more than NACE_MIN_CODES; otherwise `ioNames` (an IO table's
 * code -> name) for the codes it names exactly. Codes without a name are absent.
 */
export function industryNames(
  codes: readonly string[],
  language: NaceLanguage,
  ioNames: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const names: Record<string, string> = {};
  const digits = new Set(codes.map((code) => code.length));
  const titles =
    digits.size === 1 && codes.length > NACE_MIN_CODES && codes.every((code) => /^\d+$/.test(code))
      ? naceTitles([...digits][0]!, language)
      : undefined;
  if (titles && codes.every((code) => titles.has(code))) {
    for (const code of codes) names[code] = titles.get(code)!;
    return names;
  }
  const io = new Map(
    Object.entries(ioNames).map(([code, name]) => [normaliseIndustryCode(code), name]),
  );
  for (const code of codes) {
    const name = io.get(code);
    if (name) names[code] = name;
  }
  return names;
}
