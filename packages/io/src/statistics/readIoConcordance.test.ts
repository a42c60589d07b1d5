// Reading an industry -> IO code concordance: headings in English and Turkish, normalised
// industry codes, and errors placed by line and column.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIoConcordance } from './readIoConcordance';

const dir = mkdtempSync(join(tmpdir(), 'kume-concordance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (content: string) => {
  const path = join(dir, `c${(files += 1)}.csv`);
  writeFileSync(path, content);
  return path;
};

describe('readIoConcordance', () => {
  it('reads industry and io_code columns, normalising industry codes', async () => {
    const result = await readIoConcordance(
      file('naics,io_code\n331111,331A\n 336411 ,3364\n331111,331A\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.concordance).toEqual(
      new Map([
        ['331111', '331A'],
        ['336411', '3364'],
      ]),
    );
  });

  it('reads Turkish headings', async () => {
    const result = await readIoConcordance(file('sektor;io_sektor\nC29.10;C29\n'));
    expect(result.concordance?.get('2910')).toBe('C29'); // NACE C29.10 normalised as statistics codes are
  });

  it('places an industry given two IO codes and an empty code by line and column', async () => {
    const result = await readIoConcordance(
      file('industry,io_code\n331111,331A\n331111,331B\n336411,\n'),
    );
    expect(result.concordance).toBeNull();
    expect(result.errors).toEqual([
      { line: 3, column: 2, message: 'industry 331111 is in IO code 331A on line 2 and 331B here' },
      { line: 4, column: 2, message: 'the IO code of 336411 is empty' },
    ]);
  });

  it('names the columns it needs when the heading row lacks them', async () => {
    const result = await readIoConcordance(file('code,sector\n1,2\n'));
    expect(result.errors[0]?.message).toBe(
      'a concordance has an industry column and an io_code column; the heading row has: code, sector',
    );
  });
});
