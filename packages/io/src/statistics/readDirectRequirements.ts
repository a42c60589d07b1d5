// Reads an input-output direct-requirements table, all or nothing: BEA's comma-separated file
// without heading row, a long CSV/XLSX (supplier, industry, coefficient) or a square matrix.

import type { DirectRequirement } from '@kume/core/network/ioLinkages';
import { FileFormatError } from '../fileFormatError';
import { readCellTable, type CellTable } from './readCellTable';
import { headingKey } from './statsColumns';
import type { StatsRowError } from './statsRowError';

/**
 * bea: `commodity, industry, table number, coefficient` without heading (BEA IODirectRequirements.txt);
 * long: a heading row naming supplier, industry and coefficient columns;
 * matrix: first column supplier codes, heading row industry codes, a coefficient in each cell.
 */
export type IoTableLayout = 'bea' | 'long' | 'matrix';

/** An error placed in one of the two files; `file` is the name given for it. */
export interface IoTableError extends StatsRowError {
  file: string;
}

export interface DirectRequirementsTable {
  layout: IoTableLayout;
  /** Every non-zero cell, in file order (a missing cell is 0). */
  cells: DirectRequirement[];
  /** Row codes (suppliers, value-added rows included) and column codes, in file order. */
  suppliers: string[];
  industries: string[];
  /** Code -> name from the names file; empty without one. */
  names: Map<string, string>;
}

export type DirectRequirementsResult =
  | { table: DirectRequirementsTable; errors: [] }
  | { table: null; errors: IoTableError[]; moreErrors: number };

export interface ReadDirectRequirementsOptions {
  /** The name of the table file in messages; default the path's. */
  fileName?: string;
  /** Default: detected (long by its headings, bea by its first row, else matrix). */
  layout?: IoTableLayout | 'auto';
  /** XLSX worksheet; default the first. */
  sheet?: string;
  /** A code -> name file (BEA IO-CodeSummary.txt, or CSV/XLSX with code and name headings). */
  names?: { path: string; fileName: string };
  /** Errors listed at most; the rest are counted. Default 100. */
  maxErrors?: number;
}

const aliases = {
  supplier: [
    'supplier',
    'commodity',
    'supplierindustry',
    'row',
    'tedarikci',
    'tedarikcisektor',
    'girdi',
    'mal',
  ],
  industry: [
    'industry',
    'buyer',
    'buyingindustry',
    'column',
    'sektor',
    'alici',
    'alicisektor',
    'kullanan',
  ],
  coefficient: [
    'coefficient',
    'directrequirement',
    'value',
    'katsayi',
    'teknikkatsayi',
    'dogrudangereksinim',
  ],
} as const;
const codeHeadings = ['code', 'iocode', 'industry', 'industrycode', 'kod', 'sektor', 'sektorkodu'];
const nameHeadings = ['name', 'description', 'industryname', 'ad', 'adi', 'sektoradi', 'aciklama'];

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A coefficient; a decimal comma (Turkish Excel) reads as a point: coefficients have no thousands. */
const parseNumber = (text: string) => {
  const plain = /^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  return DECIMAL.test(plain) ? Number(plain) : Number.NaN;
};

/** BEA's first row: two codes, an integer table number and a coefficient with a decimal point. */
function looksLikeBea(first: readonly string[]): boolean {
  return (
    first.length === 4 &&
    first[0] !== '' &&
    first[1] !== '' &&
    /^\d+$/.test(first[2]!) &&
    /^[+-]?\d*\.\d+$/.test(first[3]!)
  );
}

/** Collects cells and errors; the first `maxErrors` errors are kept, the rest counted. */
class Collector {
  readonly cells: DirectRequirement[] = [];
  readonly errors: IoTableError[] = [];
  moreErrors = 0;
  private readonly seen = new Map<string, number>();
  private readonly suppliers = new Set<string>();
  private readonly industries = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly maxErrors: number,
  ) {}

  fail(line: number, column: number, message: string) {
    if (this.errors.length < this.maxErrors)
      this.errors.push({ file: this.file, line, column, message });
    else this.moreErrors += 1;
  }

  /** Adds a cell read at `line`; the coefficient's column places its errors. */
  add(supplier: string, industry: string, text: string, line: number, column: number) {
    if (supplier !== '') this.suppliers.add(supplier);
    if (industry !== '') this.industries.add(industry);
    if (supplier === '' || industry === '') return;
    const coefficient = parseNumber(text);
    if (!Number.isFinite(coefficient)) {
      this.fail(line, column, `coefficient: "${text}" is not a number`);
      return;
    }
    const pair = `${supplier.toUpperCase()}\u0000${industry.toUpperCase()}`;
    const first = this.seen.get(pair);
    if (first !== undefined) {
      this.fail(
        line,
        column,
        `${supplier} for ${industry} is given twice (first on line ${first})`,
      );
      return;
    }
    this.seen.set(pair, line);
    if (coefficient !== 0) this.cells.push({ supplier, industry, coefficient });
  }

  codes() {
    return { suppliers: [...this.suppliers], industries: [...this.industries] };
  }
}

function readBea(table: CellTable, into: Collector) {
  const rows = [table.headings, ...table.rows];
  const lines = [1, ...table.lines];
  rows.forEach((row, i) => {
    const line = lines[i]!;
    if (row.length < 4 || row.slice(0, 4).some((cell) => cell === undefined)) {
      into.fail(line, 1, 'a BEA row has 4 fields: commodity, industry, table number, coefficient');
      return;
    }
    if (row[0] === '') into.fail(line, 1, 'the commodity code is empty');
    if (row[1] === '') into.fail(line, 2, 'the industry code is empty');
    into.add(row[0]!, row[1]!, row[3]!, line, 4);
  });
}

function readLong(
  table: CellTable,
  columns: Record<keyof typeof aliases, number>,
  into: Collector,
) {
  table.rows.forEach((row, i) => {
    const line = table.lines[i]!;
    const supplier = row[columns.supplier]!;
    const industry = row[columns.industry]!;
    if (supplier === '')
      into.fail(line, columns.supplier + 1, `${table.headings[columns.supplier]} is empty`);
    if (industry === '')
      into.fail(line, columns.industry + 1, `${table.headings[columns.industry]} is empty`);
    into.add(supplier, industry, row[columns.coefficient]!, line, columns.coefficient + 1);
  });
}

function readMatrix(table: CellTable, into: Collector) {
  const industries = table.headings.slice(1);
  const firstColumn = new Map<string, number>();
  industries.forEach((code, j) => {
    const key = code.toUpperCase();
    if (code === '') into.fail(1, j + 2, 'the industry code is empty');
    else if (firstColumn.has(key))
      into.fail(
        1,
        j + 2,
        `industry ${code} is given twice (first in column ${firstColumn.get(key)! + 2})`,
      );
    else firstColumn.set(key, j);
  });
  if (industries.length === 0)
    into.fail(
      1,
      2,
      'a matrix has supplier codes in its first column and industry codes in its heading row',
    );
  table.rows.forEach((row, i) => {
    const line = table.lines[i]!;
    const supplier = row[0]!;
    if (supplier === '') into.fail(line, 1, 'the supplier code is empty');
    industries.forEach((industry, j) => {
      // A blank cell is a zero requirement (published matrices leave zeros blank).
      if (row[j + 1] === '' || firstColumn.get(industry.toUpperCase()) !== j) return;
      into.add(supplier, industry, row[j + 1]!, line, j + 2);
    });
  });
}

/** Reads a code -> name file; the first row is a heading only when it names code and name columns. */
async function readNames(path: string, into: Collector): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const table = await readCellTable(path);
  const keys = table.headings.map(headingKey);
  const hasHeading = codeHeadings.includes(keys[0] ?? '') && nameHeadings.includes(keys[1] ?? '');
  const rows = hasHeading ? table.rows : [table.headings, ...table.rows];
  const lines = hasHeading ? table.lines : [1, ...table.lines];
  rows.forEach((row, i) => {
    const [code = '', name = ''] = row;
    if (code === '') into.fail(lines[i]!, 1, 'the code is empty');
    else if (name === '') into.fail(lines[i]!, 2, `the name of ${code} is empty`);
    else if (names.has(code) && names.get(code) !== name)
      into.fail(lines[i]!, 1, `${code} is named twice ("${names.get(code)}" and "${name}")`);
    else names.set(code, name);
  });
  return names;
}

/** The layout of `table` when asked for `auto`, and the long layout's columns. */
function detect(table: CellTable) {
  const keys = table.headings.map(headingKey);
  const columns = {
    supplier: keys.findIndex((key) => (aliases.supplier as readonly string[]).includes(key)),
    industry: keys.findIndex((key) => (aliases.industry as readonly string[]).includes(key)),
    coefficient: keys.findIndex((key) => (aliases.coefficient as readonly string[]).includes(key)),
  };
  const long = columns.supplier >= 0 && columns.industry >= 0 && columns.coefficient >= 0;
  const layout: IoTableLayout = long ? 'long' : looksLikeBea(table.headings) ? 'bea' : 'matrix';
  return { layout, columns };
}

/**
 * Reads the table at `path` (and the names file): every cell is checked (a coefficient that is no
 * number, the same supplier and industry twice, an empty code) and placed as file, line (XLSX:
 * worksheet row) and column; with any error no table is returned. Codes are kept as written.
 * Negative coefficients (BEA's scrap row) are kept.
 */
export async function readDirectRequirements(
  path: string,
  options: ReadDirectRequirementsOptions = {},
): Promise<DirectRequirementsResult> {
  const file = options.fileName ?? path.split(/[\\/]/).pop()!;
  const into = new Collector(file, options.maxErrors ?? 100);
  let table: CellTable;
  try {
    table = await readCellTable(path, options.sheet);
  } catch (error) {
    if (error instanceof FileFormatError)
      return {
        table: null,
        errors: [{ file, line: 1, column: 1, message: error.message }],
        moreErrors: 0,
      };
    throw error;
  }
  const detected = detect(table);
  const layout = !options.layout || options.layout === 'auto' ? detected.layout : options.layout;
  if (layout === 'bea') readBea(table, into);
  else if (layout === 'matrix') readMatrix(table, into);
  else if (Object.values(detected.columns).some((column) => column < 0))
    into.fail(
      1,
      1,
      `a long table needs supplier, industry and coefficient columns; the heading row has: ${table.headings.join(', ')}`,
    );
  else readLong(table, detected.columns, into);

  let names = new Map<string, string>();
  if (options.names) {
    const namesInto = new Collector(options.names.fileName, options.maxErrors ?? 100);
    try {
      names = await readNames(options.names.path, namesInto);
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      namesInto.fail(1, 1, error.message);
    }
    into.errors.push(...namesInto.errors);
    into.moreErrors += namesInto.moreErrors;
  }
  if (into.cells.length === 0 && into.errors.length === 0)
    into.fail(1, 1, 'the table has no non-zero coefficient');
  if (into.errors.length > 0 || into.moreErrors > 0)
    return { table: null, errors: into.errors, moreErrors: into.moreErrors };
  return { table: { layout, cells: into.cells, ...into.codes(), names }, errors: [] };
}
