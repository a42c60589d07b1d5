// Reading Eurostat bulk-download tables: the comma-joined dimension column, one column per
// year, flags after the values, ":" for missing, one series per file.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readEurostatTsv } from './readEurostatTsv';

const dir = mkdtempSync(join(tmpdir(), 'kume-eurostat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string | Buffer, name = `e${(files += 1)}.tsv`) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const heading = 'freq,unit,wstatus,nace_r2,geo\\TIME_PERIOD\t2019 \t2020 \t2021 ';

describe('readEurostatTsv', () => {
  it('reads values with flags, skips ":" and takes geo and nace_r2 as region and industry', async () => {
    const path = file(
      `${heading}\nA,THS,EMP,C,DE234\t: \t3.16 p\t3.1 bp\nA,THS,EMP,B-E,CZ03\t174.14 \t185.48 \t: c\n`,
    );
    const result = await readEurostatTsv(path);
    expect(result.errors).toEqual([]);
    const table = result.table!;
    const rows = Array.from({ length: table.length }, (_, i) => [
      table.regions[table.region[i]!],
      table.industries[table.industry[i]!],
      table.year[i],
      table.employment[i],
    ]);
    expect(rows).toEqual([
      ['DE234', 'C', 2020, 3.16],
      ['DE234', 'C', 2021, 3.1],
      ['CZ03', 'B-E', 2019, 174.14],
      ['CZ03', 'B-E', 2020, 185.48],
    ]);
    expect(result.layout).toBe('eurostat');
  });

  it('reads the older geo\\time heading and gzip files', async () => {
    const text = 'unit,nace_r2,geo\\time\t2010\nTHS,C,TR31\t12.5\n';
    const result = await readEurostatTsv(file(gzipSync(text), 'old.tsv.gz'));
    expect(result.table?.regions).toEqual(['TR31']);
    expect(result.table?.employment[0]).toBe(12.5);
  });

  it('keeps one series with a filter, and rejects a file mixing series without one', async () => {
    const text = `${heading}\nA,THS,EMP,C,DE1\t1\t2\t3\nA,PC,EMP,C,DE1\t10\t20\t30\n`;
    const mixed = await readEurostatTsv(file(text));
    expect(mixed.table).toBeNull();
    expect(mixed.errors[0]).toMatchObject({ line: 3, column: 1 });
    expect(mixed.errors[0]?.message).toContain(
      'a second series (unit=PC, wstatus=EMP; the first was unit=THS, wstatus=EMP)',
    );
    const filtered = await readEurostatTsv(file(text), { filter: { unit: 'THS' } });
    expect(Array.from(filtered.table!.employment)).toEqual([1, 2, 3]);
  });

  it('names unknown flags, non-numbers, negative values and bad year headings by line and column', async () => {
    const values = await readEurostatTsv(file(`${heading}\nA,THS,EMP,C,DE1\t1 q\tabc\t-2\n`));
    expect(values.errors).toEqual([
      {
        line: 2,
        column: 2,
        message: '"q" in "1 q" is not a Eurostat flag (b c d e f n p r s u z)',
      },
      { line: 2, column: 3, message: '"abc" is not a number with optional flags' },
      { line: 2, column: 4, message: '-2 is negative' },
    ]);
    const years = await readEurostatTsv(file('unit,nace_r2,geo\\time\t2020Q1\nTHS,C,DE1\t1\n'));
    expect(years.errors).toEqual([
      { line: 1, column: 2, message: '"2020Q1" is not a year from 1900 to 2100' },
    ]);
  });

  it('rejects a file without an industry dimension', async () => {
    const result = await readEurostatTsv(file('unit,geo\\time\t2020\nTHS,DE1\t1\n'));
    expect(result.errors[0]?.message).toContain('no industry dimension');
  });
});
