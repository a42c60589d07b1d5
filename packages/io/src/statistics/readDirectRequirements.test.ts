// Reading direct-requirements tables: BEA's file without heading (the real 1997 summary table),
// long and matrix CSV, a names file, and bad rows placed by file, line and column.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRowError } from './statsRowError';
import { readDirectRequirements } from './readDirectRequirements';

const dir = mkdtempSync(join(tmpdir(), 'kume-io-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string, name = `t${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const bea = fileURLToPath(new URL('../../../../../shared/data/bea-io-1997/', import.meta.url));
const beaPresent = existsSync(join(bea, 'IODirectRequirements.txt'));

describe('readDirectRequirements', () => {
  it.skipIf(!beaPresent)(
    "reads BEA's 1997 summary direct requirements with the code names (needs ../shared/data/bea-io-1997)",
    async () => {
      const result = await readDirectRequirements(join(bea, 'IODirectRequirements.txt'), {
        names: { path: join(bea, 'IO-CodeSummary.txt'), fileName: 'IO-CodeSummary.txt' },
      });
      expect(result.errors).toEqual([]);
      const table = result.table!;
      expect(table.layout).toBe('bea');
      expect(table.cells[0]).toEqual({ supplier: '1110', industry: '1110', coefficient: 0.05367 });
      expect(table.industries).toContain('3315');
      expect(table.suppliers).toContain('V001');
      expect(table.names.get('3315')).toBe('Foundaries');
      expect(table.names.get('331B')).toBe('Nonferrous metal production and processing');
      const foundry = table.cells.filter((cell) => cell.industry === '3315');
      expect(foundry.find((cell) => cell.supplier === '331B')?.coefficient).toBe(0.1188);
      // Value added and inputs sum to the industry's output: each column sums to 1.
      const total = foundry.reduce((sum, cell) => sum + cell.coefficient, 0);
      expect(total).toBeCloseTo(1, 3);
    },
  );

  it('reads a BEA-style file without heading row, dropping zero cells', async () => {
    const result = await readDirectRequirements(
      file('331B,3315,5,0.1188000\r\n331A,3315,5,0.0293700\r\n1110,3315,5,0.0000000\r\n'),
    );
    expect(result.table?.layout).toBe('bea');
    expect(result.table?.cells).toEqual([
      { supplier: '331B', industry: '3315', coefficient: 0.1188 },
      { supplier: '331A', industry: '3315', coefficient: 0.02937 },
    ]);
    expect(result.table?.suppliers).toEqual(['331B', '331A', '1110']);
  });

  it('reads a long table by its Turkish headings, in any column order', async () => {
    const result = await readDirectRequirements(
      file('Katsayı;Sektör;Tedarikçi\n0,12;24.51;24.10\n0,05;24.51;35.11\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.table?.layout).toBe('long');
    expect(result.table?.cells).toEqual([
      { supplier: '24.10', industry: '24.51', coefficient: 0.12 },
      { supplier: '35.11', industry: '24.51', coefficient: 0.05 },
    ]);
  });

  it('reads a square matrix with blank cells as zero', async () => {
    const result = await readDirectRequirements(file('code,2451,2910\n2410,0.2,\n2451,,0.1\n'));
    expect(result.table?.layout).toBe('matrix');
    expect(result.table?.industries).toEqual(['2451', '2910']);
    expect(result.table?.cells).toEqual([
      { supplier: '2410', industry: '2451', coefficient: 0.2 },
      { supplier: '2451', industry: '2910', coefficient: 0.1 },
    ]);
  });

  it('names every bad row by file, line and column and returns no table', async () => {
    const result = await readDirectRequirements(
      file(
        'supplier,industry,coefficient\n331B,3315,abc\n331B,3315,0.1\n331B,3315,0.2\n,3315,0.3\n',
        'bad.csv',
      ),
    );
    expect(result.table).toBeNull();
    expect(result.errors.map((error) => formatRowError(error.file, error))).toEqual([
      'bad.csv:2:3: coefficient: "abc" is not a number',
      'bad.csv:4:3: 331B for 3315 is given twice (first on line 3)',
      'bad.csv:5:1: supplier is empty',
    ]);
  });

  it('names a repeated industry column and a bad cell of a matrix', async () => {
    const result = await readDirectRequirements(file(',2451,2451\n2410,0.2,x\n', 'matrix.csv'));
    expect(result.errors).toEqual([
      {
        file: 'matrix.csv',
        line: 1,
        column: 3,
        message: 'industry 2451 is given twice (first in column 2)',
      },
    ]);
  });

  it('names errors of the names file in that file', async () => {
    const result = await readDirectRequirements(file('331B,3315,5,0.1188000\n'), {
      names: { path: file('code,name\n331B,Nonferrous\n,Foundries\n'), fileName: 'names.csv' },
    });
    expect(result.errors).toEqual([
      { file: 'names.csv', line: 3, column: 1, message: 'the code is empty' },
    ]);
  });

  it('refuses a table without a non-zero coefficient', async () => {
    const result = await readDirectRequirements(file('a,b,5,0.0\n'), { fileName: 'zero.txt' });
    expect(result.errors).toEqual([
      { file: 'zero.txt', line: 1, column: 1, message: 'the table has no non-zero coefficient' },
    ]);
  });
});
