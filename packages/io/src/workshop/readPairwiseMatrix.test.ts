// Reading a pairwise matrix from CSV and XLSX: fractions, decimal commas, a blank lower triangle,
// rounded reciprocals, and every kind of bad input refused with file:line:column.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTable } from '../spreadsheet/writeTable';
import { readPairwiseMatrix, type PairwiseMatrixResult } from './readPairwiseMatrix';

const dir = mkdtempSync(join(tmpdir(), 'kume-pairwise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (content: string | Buffer, name = `m${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** The errors as the command line prints them, with the file's name only. */
const messages = (result: PairwiseMatrixResult) =>
  result.errors.map((e) => `${e.file.slice(dir.length + 1)}:${e.line}:${e.column}: ${e.message}`);

describe('readPairwiseMatrix', () => {
  it('reads names, numbers and fractions into a reciprocal matrix', async () => {
    const result = await readPairwiseMatrix(
      file(',Cost,Quality,Speed\nCost,1,3,5\nQuality,1/3,1,2\nSpeed,1/5,1/2,1\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.pairwise).toEqual({
      criteria: ['Cost', 'Quality', 'Speed'],
      matrix: [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1 / 2, 1],
      ],
      filled: 0,
    });
  });

  it('fills a blank lower triangle and diagonal with reciprocals and 1s, counting them', async () => {
    const result = await readPairwiseMatrix(
      file('Kriter;Maliyet;Kalite;Hız\nMaliyet;;3;0,5\nKalite;;;2\nHız;;;\n'),
    );
    expect(result.pairwise?.matrix).toEqual([
      [1, 3, 0.5],
      [1 / 3, 1, 2],
      [2, 1 / 2, 1],
    ]);
    expect(result.pairwise?.filled).toBe(6);
  });

  it('accepts a rounded reciprocal (0.33 for 1/3) and keeps the judgement >= 1 exact', async () => {
    const result = await readPairwiseMatrix(file(',a,b\na,1,0.33\nb,3,1\n'));
    expect(result.pairwise?.matrix).toEqual([
      [1, 1 / 3],
      [3, 1],
    ]);
  });

  it('reads an XLSX workbook, the heading row labelled', async () => {
    const bytes = await writeTable(
      'xlsx',
      ['Criterion', 'Cost', 'Quality'],
      [
        ['Cost', '1', '4'],
        ['Quality', '0.25', '1'],
      ],
      'pairwise',
    );
    const result = await readPairwiseMatrix(file(bytes, 'm.xlsx'));
    expect(result.pairwise?.criteria).toEqual(['Cost', 'Quality']);
    expect(result.pairwise?.matrix).toEqual([
      [1, 4],
      [1 / 4, 1],
    ]);
  });

  it('refuses text, zero and negative cells, naming line and column', async () => {
    const result = await readPairwiseMatrix(file(',a,b,c\na,1,x,0\nb,,1,-2\nc,,,1\n'));
    expect(messages(result)).toEqual([
      expect.stringMatching(/^m\d+\.csv:2:3: "x" is not a number or a fraction like 1\/3$/),
      expect.stringMatching(/:2:4: 0 is zero or negative/),
      expect.stringMatching(/:3:4: -2 is zero or negative/),
    ]);
    expect(result.pairwise).toBeNull();
  });

  it('hints that a fraction may have become a date', async () => {
    const result = await readPairwiseMatrix(file(',a,b\na,1,03.Jan\nb,,1\n'));
    expect(messages(result)[0]).toMatch(/:2:3: .*turned a fraction into a date/);
  });

  it('refuses a diagonal other than 1 and a pair that is not reciprocal', async () => {
    const result = await readPairwiseMatrix(file(',a,b\na,2,3\nb,0.5,1\n'));
    expect(messages(result)).toEqual([
      expect.stringMatching(/:2:2: 2 on the diagonal/),
      expect.stringMatching(
        /:3:2: not reciprocal: 0\.5 here but 3 at 2:3 \(expected about 0\.333\)/,
      ),
    ]);
  });

  it('refuses a pair left blank both ways and a value off the 1/9..9 scale', async () => {
    const result = await readPairwiseMatrix(file(',a,b,c\na,1,,12\nb,,1,2\nc,,,1\n'));
    expect(messages(result)).toEqual([
      expect.stringMatching(/:2:3: no judgement of a against b: this cell and its mirror \(3:2\)/),
    ]);
    const offScale = await readPairwiseMatrix(file(',a,b\na,1,12\nb,,1\n'));
    expect(messages(offScale)).toEqual([expect.stringMatching(/:2:3: 12 is off Saaty's scale/)]);
  });

  it('refuses names that differ from the heading row, or repeat', async () => {
    const result = await readPairwiseMatrix(file(',a,b,a\nb,1,2,3\na,,1,1\na,,,1\n'));
    expect(messages(result)).toEqual([
      expect.stringMatching(/:1:4: a is named twice \(also column 2\)/),
      expect.stringMatching(
        /:2:1: names differ: this row is "b", the heading row's criterion 1 is "a"/,
      ),
      expect.stringMatching(/:3:1: names differ: this row is "a", .* criterion 2 is "b"/),
    ]);
  });

  it('refuses a matrix that is not square: too few rows, too many, values beyond the names', async () => {
    expect(messages(await readPairwiseMatrix(file(',a,b,c\na,1,2,3\nb,,1,2\n')))).toEqual([
      expect.stringMatching(/:4:1: not square: 3 criteria in the heading row but 2 rows/),
    ]);
    expect(messages(await readPairwiseMatrix(file(',a,b\na,1,2\nb,,1\nc,,\n')))).toEqual([
      expect.stringMatching(/:4:1: not square: a row beyond the 2 criteria/),
    ]);
    expect(messages(await readPairwiseMatrix(file(',a,b\na,1,2,7\nb,,1\n')))).toEqual([
      expect.stringMatching(/:2:4: not square: a value beyond the 2 criteria/),
    ]);
  });

  it('refuses an empty file and a heading row without criteria', async () => {
    expect(messages(await readPairwiseMatrix(file('')))).toEqual([
      expect.stringMatching(/:1:1: m\d+\.csv is empty/),
    ]);
    expect(messages(await readPairwiseMatrix(file('criteria\nx\n')))).toEqual([
      expect.stringMatching(/:1:2: the first row must name the criteria/),
    ]);
  });
});
