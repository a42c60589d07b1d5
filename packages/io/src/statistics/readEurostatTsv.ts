// Reads a Eurostat bulk-download table (TSV, plain or .tsv.gz): the first column holds the
// comma-joined dimension codes ending in geo (`freq,unit,nace_r2,geo\TIME_PERIOD`), then one
// column per year; values may carry flags ("3.16 p") and ":" means not available.

import { StatsTableBuilder } from '@kume/core/stats/statsTable';
import { findDuplicateRows } from './findDuplicateRows';
import { readChunks, type ReadProgress } from './readChunks';
import type { StatsReadResult, StatsRowError } from './statsRowError';

export interface EurostatOptions {
  /** The dimension holding industry codes; default the first of nace_r2, nace_r1, nace, naics, industry. */
  industryDimension?: string;
  /** Keep only rows whose dimensions have these codes, e.g. { unit: 'THS', wstatus: 'EMP' }. */
  filter?: Readonly<Record<string, string>>;
  /** What the values are; default employment (in the file's unit, e.g. thousands of persons). */
  measure?: 'employment' | 'establishments';
  /** Accepted years, inclusive; default 1900 to 2100. */
  years?: readonly [number, number];
  maxErrors?: number;
  onProgress?: ReadProgress;
}

/** Eurostat's observation flags (b break, c confidential, d definition differs, e estimated, ...). */
const FLAGS = /^[bcdefnprsuz]*$/;
const VALUE = /^(-?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z]*)$/i;
const INDUSTRY_DIMENSIONS = ['nace_r2', 'nace_r1', 'nace', 'naics', 'industry'];

/** Yields the lines of a file (UTF-8) with their 1-based numbers. */
async function* lines(path: string, onProgress?: ReadProgress) {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let number = 0;
  for await (const chunk of readChunks(path, onProgress)) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) yield { line: (number += 1), text: part.replace(/\r$/, '') };
  }
  rest += decoder.decode();
  if (rest !== '') yield { line: number + 1, text: rest.replace(/\r$/, '') };
}

/** Reads the table; all or nothing, like the other statistics readers. */
export async function readEurostatTsv(
  path: string,
  options: EurostatOptions = {},
): Promise<StatsReadResult> {
  const maxErrors = options.maxErrors ?? 100;
  const [firstYear, lastYear] = options.years ?? [1900, 2100];
  const errors: StatsRowError[] = [];
  let errorCount = 0;
  const fail = (line: number, column: number, message: string) => {
    errorCount += 1;
    if (errors.length < maxErrors) errors.push({ line, column, message });
  };
  const builder = new StatsTableBuilder();
  const rowLines: number[] = [];
  let dimensions: string[] = [];
  let years: number[] = [];
  let geo = -1;
  let industry = -1;
  const filters: [number, string][] = [];
  let series: string | undefined;

  for await (const { line, text } of lines(path, options.onProgress)) {
    const cells = text.split('\t');
    if (line === 1) {
      const head = (cells[0] ?? '').replace(/^\uFEFF/, '');
      const slash = head.indexOf('\\');
      if (slash < 0) {
        fail(1, 1, `"${head}" is not a Eurostat heading (dimensions ending in geo\\TIME_PERIOD)`);
        break;
      }
      dimensions = head
        .slice(0, slash)
        .split(',')
        .map((d) => d.trim());
      geo = dimensions.length - 1;
      const wanted = options.industryDimension ? [options.industryDimension] : INDUSTRY_DIMENSIONS;
      industry = dimensions.findIndex((d) => wanted.includes(d));
      if (industry < 0)
        fail(1, 1, `no industry dimension (${wanted.join(' or ')}) among ${dimensions.join(', ')}`);
      for (const [name, value] of Object.entries(options.filter ?? {})) {
        const at = dimensions.indexOf(name);
        if (at < 0) fail(1, 1, `filter ${name}=${value}: the file has no dimension ${name}`);
        filters.push([at, value]);
      }
      years = cells.slice(1).map((cell, i) => {
        const year = Number(cell.trim());
        if (!Number.isInteger(year) || year < firstYear || year > lastYear)
          fail(1, i + 2, `"${cell.trim()}" is not a year from ${firstYear} to ${lastYear}`);
        return year;
      });
      if (errorCount > 0) break;
      continue;
    }
    if (text.trim() === '') continue;
    const codes = (cells[0] ?? '').split(',').map((c) => c.trim());
    if (codes.length !== dimensions.length) {
      fail(line, 1, `${codes.length} dimension codes; the heading names ${dimensions.length}`);
      continue;
    }
    if (filters.some(([at, value]) => codes[at] !== value)) continue;
    // The other dimensions (unit, wstatus, ...) must name one series, or values would mix.
    const key = codes
      .flatMap((code, i) =>
        i === geo || i === industry || dimensions[i] === 'freq' ? [] : [`${dimensions[i]}=${code}`],
      )
      .join(', ');
    if (series === undefined) series = key;
    else if (key !== series) {
      fail(
        line,
        1,
        `a second series (${key}; the first was ${series}): filter the file to one series`,
      );
      continue;
    }
    const regionId = builder.regionId(codes[geo]!);
    const industryId = builder.industryId(codes[industry]!);
    for (let y = 0; y < years.length; y++) {
      const cell = (cells[y + 1] ?? '').trim();
      if (cell === '' || cell.startsWith(':')) continue; // not available
      const match = VALUE.exec(cell);
      if (!match) {
        fail(line, y + 2, `"${cell}" is not a number with optional flags`);
        continue;
      }
      if (!FLAGS.test(match[2]!)) {
        fail(
          line,
          y + 2,
          `"${match[2]}" in "${cell}" is not a Eurostat flag (b c d e f n p r s u z)`,
        );
        continue;
      }
      const value = Number(match[1]);
      if (value < 0) {
        fail(line, y + 2, `${value} is negative`);
        continue;
      }
      const employment = options.measure === 'establishments' ? Number.NaN : value;
      const establishments = options.measure === 'establishments' ? value : Number.NaN;
      builder.push(regionId, industryId, years[y]!, employment, establishments, Number.NaN, 0);
      rowLines.push(line);
    }
  }
  if (errorCount === 0 && builder.length === 0) fail(2, 1, 'the file has no values');
  const failure = (): StatsReadResult => ({
    table: null,
    layout: 'eurostat',
    errors,
    moreErrors: errorCount - errors.length,
  });
  if (errorCount > 0) return failure();
  const table = builder.build();
  for (const [first, second] of findDuplicateRows(table, maxErrors))
    fail(
      rowLines[second]!,
      1,
      `duplicate value: region ${table.regions[table.region[second]!]}, industry ${table.industries[table.industry[second]!]}, year ${table.year[second]} is also on line ${rowLines[first]}`,
    );
  return errorCount > 0 ? failure() : { table, layout: 'eurostat', errors: [], moreErrors: 0 };
}
