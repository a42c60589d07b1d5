// Reads a concordance from the industry codes of the statistics (NAICS, NACE) to the codes of an
// input-output table, CSV or XLSX, for `kume stats derive-definitions --io-concordance`.

import { ALL_INDUSTRIES, normaliseIndustryCode } from '@kume/core/stats/industryCodes';
import { FileFormatError } from '../fileFormatError';
import { readCellTable } from './readCellTable';
import { headingKey } from './statsColumns';
import type { StatsRowError } from './statsRowError';

const industryHeadings = [
  'industry',
  'industrycode',
  'naics',
  'nace',
  'sektor',
  'sektorkodu',
  'faaliyet',
  'faaliyetkodu',
];
const ioHeadings = [
  'io',
  'iocode',
  'ioindustry',
  'iosektor',
  'iosektorkodu',
  'girdicikti',
  'girdiciktikodu',
];

export type IoConcordanceResult =
  { concordance: Map<string, string>; errors: [] } | { concordance: null; errors: StatsRowError[] };

/**
 * Reads `industry,io_code` rows (Turkish headings accepted: sektor, io_sektor): industry codes are
 * normalised as the statistics' are, IO codes kept as written. Every row is checked (an empty
 * code, an industry given two IO codes); with any error no concordance is returned. An industry
 * listed twice with the same IO code is accepted.
 */
export async function readIoConcordance(path: string): Promise<IoConcordanceResult> {
  let table;
  try {
    table = await readCellTable(path);
  } catch (error) {
    if (error instanceof FileFormatError)
      return { concordance: null, errors: [{ line: 1, column: 1, message: error.message }] };
    throw error;
  }
  const keys = table.headings.map(headingKey);
  const industryColumn = keys.findIndex((key) => industryHeadings.includes(key));
  const ioColumn = keys.findIndex((key) => ioHeadings.includes(key));
  if (industryColumn < 0 || ioColumn < 0)
    return {
      concordance: null,
      errors: [
        {
          line: 1,
          column: 1,
          message: `a concordance has an industry column and an io_code column; the heading row has: ${table.headings.join(', ')}`,
        },
      ],
    };
  const concordance = new Map<string, string>();
  const firstLine = new Map<string, number>();
  const errors: StatsRowError[] = [];
  table.rows.forEach((row, i) => {
    const line = table.lines[i]!;
    const industry = normaliseIndustryCode(row[industryColumn] ?? '');
    const io = (row[ioColumn] ?? '').trim();
    if (industry === '' || industry === ALL_INDUSTRIES) {
      errors.push({
        line,
        column: industryColumn + 1,
        message: 'the industry code is empty or means all industries',
      });
      return;
    }
    if (io === '') {
      errors.push({ line, column: ioColumn + 1, message: `the IO code of ${industry} is empty` });
      return;
    }
    const earlier = concordance.get(industry);
    if (earlier !== undefined && earlier !== io) {
      errors.push({
        line,
        column: ioColumn + 1,
        message: `industry ${industry} is in IO code ${earlier} on line ${firstLine.get(industry)} and ${io} here`,
      });
      return;
    }
    concordance.set(industry, io);
    if (!firstLine.has(industry)) firstLine.set(industry, line);
  });
  if (concordance.size === 0 && errors.length === 0)
    errors.push({ line: 2, column: 1, message: 'the concordance has a heading row but no rows' });
  return errors.length > 0 ? { concordance: null, errors } : { concordance, errors: [] };
}
