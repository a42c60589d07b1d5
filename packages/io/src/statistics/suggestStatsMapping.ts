// Suggests a column mapping for a generic statistics file from its headings (and, for the year,
// its first values), so TÜİK and SGK headings such as "NACE Rev.2 Sınıf" or "Sigortalı Sayısı"
// arrive preselected and the analyst only corrects what is wrong.

import { headingKey, headingWords, STATS_HEADING_ALIASES, type StatsField } from './statsColumns';
import { STATS_MAPPING_FIELDS, type StatsMapping, type StatsMappingField } from './statsMapping';

const ALIAS_FIELD: Record<StatsMappingField, StatsField> = {
  region: 'region',
  industry: 'industry',
  year: 'year',
  employment: 'employment',
  establishments: 'establishments',
  payroll: 'payroll',
  employmentFlag: 'flag',
};

/** Words that point to a field when they stand in a heading, in English and Turkish. */
const KEYWORDS: Record<StatsMappingField, readonly string[]> = {
  region: ['region', 'bolge', 'il', 'ilce', 'province', 'nuts', 'geo', 'state', 'fipstate'],
  industry: ['industry', 'sector', 'sektor', 'nace', 'naics', 'isic', 'faaliyet', 'activity'],
  year: ['year', 'yil', 'yili', 'donem', 'period'],
  employment: [
    'employment',
    'employees',
    'emp',
    'jobs',
    'istihdam',
    'sigortali',
    'calisan',
    'isci',
  ],
  establishments: [
    'establishments',
    'est',
    'firms',
    'enterprises',
    'isyeri',
    'firma',
    'isletme',
    'girisim',
  ],
  payroll: ['payroll', 'wages', 'ap', 'ucret', 'bordro', 'maas'],
  employmentFlag: ['flag', 'empflag', 'bayrak'],
};

/** Region and industry want codes: "İl Kodu" before "İl Adı", "NACE Code" before its name. */
const CODE_WORDS = ['kod', 'kodu', 'code'];
const NAME_WORDS = ['ad', 'adi', 'name', 'tanim', 'aciklama', 'description', 'label'];

/** Words shorter than this must match a keyword whole; longer keywords also match as a prefix. */
const MIN_PREFIX = 4;

/**
 * How well a heading names a field: 3 for an accepted heading (the reader would match it by
 * itself), 2 for a word equal to a keyword, 1 for a word starting with one ("istihdamı"), else 0;
 * for region and industry a quarter more for a code, a quarter less for a name.
 */
function headingScore(heading: string, field: StatsMappingField): number {
  if (STATS_HEADING_ALIASES[ALIAS_FIELD[field]].includes(headingKey(heading))) return 3;
  const words = headingWords(heading);
  const keywords = KEYWORDS[field];
  const prefix = (word: string) =>
    keywords.some((keyword) => keyword.length >= MIN_PREFIX && word.startsWith(keyword));
  const score = words.some((word) => keywords.includes(word)) ? 2 : words.some(prefix) ? 1 : 0;
  if (score === 0 || (field !== 'region' && field !== 'industry')) return score;
  if (words.some((word) => CODE_WORDS.includes(word))) return score + 0.25;
  if (words.some((word) => NAME_WORDS.includes(word))) return score - 0.25;
  return score;
}

/** True when a column's first values are all whole years (1900 to 2100), and there is one. */
function looksLikeYears(rows: readonly (readonly string[])[], column: number): boolean {
  const values = rows.map((row) => (row[column] ?? '').trim()).filter((cell) => cell !== '');
  return (
    values.length > 0 &&
    values.every((cell) => /^\d{4}$/.test(cell) && Number(cell) >= 1900 && Number(cell) <= 2100)
  );
}

/**
 * The likeliest column for each field: the best-scoring heading first, each column used once;
 * a year column is also recognised by its values alone. Fields without a likely column are left
 * out, so the form shows them as not chosen.
 */
export function suggestStatsMapping(
  headings: readonly string[],
  sampleRows: readonly (readonly string[])[] = [],
): StatsMapping {
  const candidates: { field: StatsMappingField; column: number; score: number }[] = [];
  headings.forEach((heading, column) => {
    for (const field of STATS_MAPPING_FIELDS) {
      const score = headingScore(heading, field);
      if (score > 0) candidates.push({ field, column, score });
      else if (field === 'year' && looksLikeYears(sampleRows, column))
        candidates.push({ field, column, score: 0.5 });
    }
  });
  // Stable sort: among equal scores the leftmost column wins.
  candidates.sort((a, b) => b.score - a.score);
  const mapping: StatsMapping = {};
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}
