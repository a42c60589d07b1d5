// Finds the columns of a statistics table by their headings: the generic layout (region,
// industry, year, employment, establishments[, payroll, employment_flag], Turkish or English)
// and the Census CBP layouts (naics, fipstate[, fipscty], year, emp, empflag, est, ap[, lfo]).

import type { StatsRowError } from './statsRowError';

export type StatsField =
  | 'region'
  | 'county'
  | 'industry'
  | 'year'
  | 'employment'
  | 'establishments'
  | 'payroll'
  | 'flag'
  | 'legalForm';

/** Column index (0-based) of each field; -1 when the file has no such column. */
export type StatsColumns = Record<StatsField, number> & { layout: 'cbp' | 'generic' };

/**
 * The words of a heading, reduced for matching: Turkish-aware lower case, ı -> i, no diacritics,
 * split at anything but letters and digits ("NACE Rev.2 Sınıf" -> nace, rev, 2, sinif).
 */
export function headingWords(heading: string): string[] {
  return heading
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * A heading reduced for matching: its words run together ("İşyeri Sayısı" -> "isyerisayisi",
 * "employment_flag" -> "employmentflag").
 */
export function headingKey(heading: string): string {
  return headingWords(heading).join('');
}

/** Accepted headings per field, as heading keys. `fipstate` and `fipscty` make the CBP region. */
export const STATS_HEADING_ALIASES: Readonly<Record<StatsField, readonly string[]>> = {
  region: ['region', 'regioncode', 'bolge', 'bolgekodu', 'il', 'ilkodu', 'province', 'nuts', 'geo'],
  // Only CBP county files split the region in two: state and county FIPS codes.
  county: ['fipscty'],
  industry: [
    'industry',
    'industrycode',
    'naics',
    'nace',
    'sektor',
    'sektorkodu',
    'faaliyet',
    'faaliyetkodu',
  ],
  year: ['year', 'yil'],
  employment: ['employment', 'emp', 'employees', 'istihdam', 'calisan', 'calisansayisi'],
  establishments: [
    'establishments',
    'est',
    'isyeri',
    'isyerisayisi',
    'firms',
    'firma',
    'firmasayisi',
    'isletme',
    'isletmesayisi',
  ],
  payroll: ['payroll', 'ap', 'wages', 'ucret', 'bordro', 'odenenucret'],
  flag: ['employmentflag', 'empflag', 'flag', 'bayrak', 'istihdambayragi'],
  // CBP state files split each industry by legal form of organisation; "-" is all forms.
  legalForm: ['lfo'],
};

const required: readonly StatsField[] = [
  'region',
  'industry',
  'year',
  'employment',
  'establishments',
];

const describe: Record<StatsField, string> = {
  region: 'region (or fipstate)',
  county: 'fipscty',
  industry: 'industry (or naics)',
  year: 'year',
  employment: 'employment (or emp)',
  establishments: 'establishments (or est)',
  payroll: 'payroll',
  flag: 'employment_flag',
  legalForm: 'lfo',
};

/** Maps headings to fields; errors name missing and doubly matched columns (line 1). */
export function matchStatsColumns(
  headings: readonly string[],
  /** The year is known without a column (a Census CBP file of one year). */
  yearKnown = false,
): { columns: StatsColumns; errors: [] } | { columns: null; errors: StatsRowError[] } {
  const keys = headings.map(headingKey);
  const found: Partial<Record<StatsField, number>> = {};
  const errors: StatsRowError[] = [];
  let layout: StatsColumns['layout'] = 'generic';
  for (const [field, names] of Object.entries(STATS_HEADING_ALIASES) as [
    StatsField,
    readonly string[],
  ][]) {
    const matches = keys.flatMap((key, i) => (names.includes(key) ? [i] : []));
    const regionFromFips = field === 'region' && keys.includes('fipstate');
    if (regionFromFips) {
      layout = 'cbp';
      matches.unshift(keys.indexOf('fipstate'));
    }
    if (matches.length > 1) {
      errors.push({
        line: 1,
        column: matches[1]! + 1,
        message: `columns "${headings[matches[0]!]}" and "${headings[matches[1]!]}" both look like ${describe[field]}: rename one`,
      });
    }
    if (matches.length > 0) found[field] = matches[0]!;
  }
  const missing = required.filter(
    (field) => found[field] === undefined && !(field === 'year' && yearKnown),
  );
  if (missing.length > 0) {
    errors.push({
      line: 1,
      column: 1,
      message: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((f) => describe[f]).join(', ')} (the heading row has: ${headings.join(', ')})`,
    });
  }
  if (errors.length > 0) return { columns: null, errors };
  const column = (field: StatsField) => found[field] ?? -1;
  return {
    columns: {
      layout,
      region: column('region'),
      county: layout === 'cbp' ? column('county') : -1,
      industry: column('industry'),
      year: column('year'),
      employment: column('employment'),
      establishments: column('establishments'),
      payroll: column('payroll'),
      flag: column('flag'),
      legalForm: layout === 'cbp' ? column('legalForm') : -1,
    },
    errors: [],
  };
}
