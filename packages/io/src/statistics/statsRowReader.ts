// Checks and collects the rows of a region x industry x year table, one CSV record at a time,
// into a StatsTable; errors are kept by line and column, and nothing is returned if there is one.

import { StatsTableBuilder } from '@kume/core/stats/statsTable';
import { CodeDictionary } from './codeDictionary';
import { findDuplicateRows } from './findDuplicateRows';
import { EMPTY, parseNumberField } from './parseNumberField';
import { fieldText, type CsvRecord } from './scanCsvRecords';
import type { StatsColumns } from './statsColumns';
import type { StatsLayout, StatsReadResult, StatsRowError } from './statsRowError';

/** The suppression letters of Census CBP (see ../shared/data/README.md); D and S are not used. */
export const CBP_FLAG_LETTERS = 'ABCEFGHIJKLM';

export interface StatsRowOptions {
  /** Accepted suppression flag letters (case-insensitive); default CBP_FLAG_LETTERS. */
  flagLetters?: string;
  /** Accepted years, inclusive; default 1900 to 2100. */
  years?: readonly [number, number];
  /** How many errors are listed before the rest are only counted; default 100. */
  maxErrors?: number;
  /** Read "12,5" as 12.5 (semicolon-separated files). */
  decimalComma?: boolean;
  /** The year of every row, for a file without a year column (Census CBP files hold one year). */
  year?: number;
  /** Rows expected, to size the table once instead of growing it (an overestimate is cheap). */
  expectedRows?: number;
  /**
   * Which industries to load, asked once per distinct code: rows of the others are skipped
   * without further checks (a computation that cannot use them need not pay for them).
   */
  keepIndustry?: (code: string) => boolean;
}

const UNDECIDED = -2;
const SKIPPED = -1;

export class StatsRowReader {
  private readonly builder: StatsTableBuilder;
  private readonly regions: CodeDictionary;
  private readonly industries: CodeDictionary;
  private readonly flags = new Uint8Array(128);
  private readonly firstYear: number;
  private readonly lastYear: number;
  private readonly maxErrors: number;
  private readonly decimalComma: boolean;
  private readonly width: number;
  private readonly errors: StatsRowError[] = [];
  private errorCount = 0;
  /** Pairs (row index, line of that row) wherever a row is not on the line after the previous row. */
  private readonly lineBreaks: number[] = [];
  private nextLine = 2;
  private readonly keepIndustry: ((code: string) => boolean) | undefined;
  private readonly year: number;
  /** Industry codes by the reader's own ids: skipped industries do not enter the table. */
  private readonly industryCodes: string[] = [];
  /** Per reader industry id: the table's industry id, SKIPPED, or UNDECIDED. */
  private tableIndustry = new Int32Array(256).fill(UNDECIDED);

  constructor(
    private readonly columns: StatsColumns,
    private readonly headings: readonly string[],
    private readonly layout: StatsLayout,
    options: StatsRowOptions = {},
  ) {
    this.builder = new StatsTableBuilder(options.expectedRows ?? 1 << 16);
    this.regions = new CodeDictionary((code) => this.builder.regionId(code));
    this.industries = new CodeDictionary((code) => this.industryCodes.push(code) - 1);
    for (const letter of (options.flagLetters ?? CBP_FLAG_LETTERS).toUpperCase())
      this.flags[letter.charCodeAt(0) & 127] = 1;
    [this.firstYear, this.lastYear] = options.years ?? [1900, 2100];
    this.maxErrors = options.maxErrors ?? 100;
    this.decimalComma = options.decimalComma ?? false;
    this.keepIndustry = options.keepIndustry;
    this.year = options.year ?? EMPTY;
    const { layout: _layout, ...indexes } = columns;
    this.width = Math.max(...Object.values(indexes)) + 1;
  }

  fail(line: number, column: number, message: string): void {
    this.errorCount += 1;
    if (this.errors.length < this.maxErrors) this.errors.push({ line, column, message });
  }

  private failField(record: CsvRecord, column: number, problem: string): void {
    this.fail(record.line, column + 1, `${this.headings[column]}${problem}`);
  }

  private quote(record: CsvRecord, column: number): string {
    const text = fieldText(record, column);
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);
  }

  /** A non-negative number from the field (NaN if empty and allowed), or undefined after reporting why not. */
  private amount(record: CsvRecord, column: number, allowEmpty: boolean): number | undefined {
    const value = parseNumberField(record, column, this.decimalComma);
    if (value === EMPTY) {
      if (allowEmpty) return Number.NaN;
      this.failField(record, column, ' is empty');
      return undefined;
    }
    if (Number.isNaN(value)) {
      this.failField(record, column, `: ${this.quote(record, column)} is not a number`);
      return undefined;
    }
    if (value < 0) {
      this.failField(record, column, `: ${value} is negative`);
      return undefined;
    }
    return value;
  }

  /** Reads one data record (not the heading). Blank lines are skipped. */
  read(record: CsvRecord): void {
    const c = this.columns;
    if (record.count === 1 && record.starts[0] === record.ends[0]) return;
    const before = this.errorCount;
    if (record.count < this.width) {
      this.fail(
        record.line,
        record.count,
        `the line has ${record.count} fields; the heading row names ${this.headings.length}`,
      );
      return;
    }
    // CBP state files: only the rows of all legal forms together ("-") are the industry's total.
    if (c.legalForm >= 0 && fieldText(record, c.legalForm) !== '-') return;
    // Regions first, so that the table lists them in the order of the file.
    const region = this.regions.id(record, c.region, c.county);
    const code = this.industries.id(record, c.industry);
    const industry = code < 0 ? -1 : this.tableIndustryId(code);
    if (code >= 0 && industry === SKIPPED) return;
    if (region < 0) this.failField(record, c.region, ' is empty');
    if (code < 0) this.failField(record, c.industry, ' is empty');
    const year = c.year < 0 ? this.year : parseNumberField(record, c.year);
    if (year === EMPTY) this.failField(record, c.year, ' is empty');
    else if (!Number.isInteger(year))
      this.failField(record, c.year, `: ${this.quote(record, c.year)} is not a year`);
    else if (year < this.firstYear || year > this.lastYear)
      this.failField(
        record,
        c.year,
        `: ${year} is out of range (${this.firstYear} to ${this.lastYear})`,
      );
    let flag = 0;
    const flagStart = c.flag < 0 ? 0 : record.starts[c.flag]!;
    const flagLength = c.flag < 0 ? 0 : record.ends[c.flag]! - flagStart;
    const letter = record.bytes[flagStart]! & 0xdf; // upper case for a-z
    if (flagLength === 1 && letter < 128 && this.flags[letter] === 1) flag = letter;
    else if (flagLength > 0) {
      const text = fieldText(record, c.flag).toUpperCase();
      const code = text.charCodeAt(0);
      if (text.length === 1 && code < 128 && this.flags[code] === 1) flag = code;
      else if (text !== '')
        this.failField(
          record,
          c.flag,
          `: ${this.quote(record, c.flag)} is not a known flag (${[...this.flagLetters()].join(', ')})`,
        );
    }
    // A suppressed cell may be published empty; it is filled from its flag later.
    const employment = this.amount(record, c.employment, flag !== 0);
    // Without an establishments column (a mapping may leave it out) the count is unknown.
    const establishments =
      c.establishments < 0 ? Number.NaN : this.amount(record, c.establishments, false);
    const payroll = c.payroll < 0 ? Number.NaN : this.amount(record, c.payroll, true);
    if (this.errorCount > before) return;
    // Rows kept on consecutive lines need no entry; blank, skipped and multi-line rows do.
    if (record.line !== this.nextLine) this.lineBreaks.push(this.builder.length, record.line);
    this.nextLine = record.line + 1;
    this.builder.push(region, industry, year, employment!, establishments!, payroll!, flag);
  }

  /** The table's id for a reader industry id, or SKIPPED when keepIndustry rejects the code. */
  private tableIndustryId(code: number): number {
    if (code >= this.tableIndustry.length) {
      const grown = new Int32Array(Math.max(code + 1, this.tableIndustry.length * 2)).fill(
        UNDECIDED,
      );
      grown.set(this.tableIndustry);
      this.tableIndustry = grown;
    }
    let id = this.tableIndustry[code]!;
    if (id === UNDECIDED) {
      const text = this.industryCodes[code]!;
      id = !this.keepIndustry || this.keepIndustry(text) ? this.builder.industryId(text) : SKIPPED;
      this.tableIndustry[code] = id;
    }
    return id;
  }

  private flagLetters(): string {
    let letters = '';
    for (let code = 0; code < 128; code += 1)
      if (this.flags[code] === 1) letters += String.fromCharCode(code);
    return letters;
  }

  /** The line a data row was read from. */
  private lineOf(row: number): number {
    let line = row + 2;
    for (let k = 0; k < this.lineBreaks.length; k += 2) {
      if (this.lineBreaks[k]! > row) break;
      line = this.lineBreaks[k + 1]! + (row - this.lineBreaks[k]!);
    }
    return line;
  }

  /** The table, or every error (duplicates included); all or nothing. */
  finish(): StatsReadResult {
    if (this.errorCount === 0 && this.builder.length === 0)
      this.fail(2, 1, 'the file has a heading row but no data rows');
    if (this.errorCount > 0) return this.failure();
    const table = this.builder.build();
    for (const [first, second] of findDuplicateRows(table, this.maxErrors)) {
      this.fail(
        this.lineOf(second),
        this.columns.region + 1,
        `duplicate row: region ${table.regions[table.region[second]!]}, industry ${table.industries[table.industry[second]!]}, year ${table.year[second]} is also on line ${this.lineOf(first)}`,
      );
    }
    if (this.errorCount > 0) return this.failure();
    return { table, layout: this.layout, errors: [], moreErrors: 0 };
  }

  private failure(): StatsReadResult {
    return {
      table: null,
      layout: this.layout,
      errors: this.errors,
      moreErrors: this.errorCount - this.errors.length,
    };
  }
}
