// Reading a statistics file of any layout: recognised by content (XLSX, Eurostat TSV, CBP or
// generic CSV), and the real 811,632-row CBP state file read whole with nothing rejected.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTable } from '../spreadsheet/writeTable';
import { readStatisticsFile } from './readStatisticsFile';

const dir = mkdtempSync(join(tmpdir(), 'kume-stats-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const cbp = fileURLToPath(
  new URL(
    '../../../../../shared/data/cbp-state-naics/cbp_state_naics_2000_2011.csv',
    import.meta.url,
  ),
);

describe('readStatisticsFile', () => {
  it('reads a generic XLSX workbook, whatever its name says', async () => {
    const bytes = await writeTable(
      'xlsx',
      ['Region', 'Industry', 'Year', 'Employment', 'Establishments'],
      [
        ['TR310', 'C24', 2020, 120, 4],
        ['TR310', 'C25', 2020, 80, 6],
      ],
    );
    const result = await readStatisticsFile(file('data.bin', bytes));
    expect(result.errors).toEqual([]);
    expect(result.layout).toBe('generic');
    expect(Array.from(result.table!.employment)).toEqual([120, 80]);
    expect(result.table!.industries).toEqual(['C24', 'C25']);
  });

  it('names bad XLSX cells by worksheet row and column', async () => {
    const bytes = await writeTable(
      'xlsx',
      ['region', 'industry', 'year', 'employment', 'establishments'],
      [['TR310', 'C24', 2020, 'many', 4]],
    );
    const result = await readStatisticsFile(file('bad.xlsx', bytes));
    expect(result.errors).toEqual([
      { line: 2, column: 4, message: 'employment: "many" is not a number' },
    ]);
  });

  it('recognises a Eurostat table by its geo\\TIME_PERIOD heading', async () => {
    const result = await readStatisticsFile(
      file('nama.tsv', 'unit,nace_r2,geo\\TIME_PERIOD\t2020\nTHS,C,TR31\t12.5 p\n'),
    );
    expect(result.layout).toBe('eurostat');
    expect(result.table?.regions).toEqual(['TR31']);
  });

  it('reads CBP and generic CSV by their headings', async () => {
    const generic = await readStatisticsFile(
      file('g.csv', 'region,industry,year,employment,establishments\nA,1,2020,5,1\n'),
    );
    expect(generic.layout).toBe('generic');
    const cbpLayout = await readStatisticsFile(
      file('c.csv', 'naics,fipstate,year,emp,empflag,est\n336411,01,2011,5,,1\n'),
    );
    expect(cbpLayout.layout).toBe('cbp');
  });

  it('answers an unreadable workbook with an error, not an exception', async () => {
    const result = await readStatisticsFile(
      file('broken.xlsx', Buffer.from('PK\u0003\u0004garbage')),
    );
    expect(result.table).toBeNull();
    expect(result.errors[0]?.message).toContain('not a readable XLSX workbook');
  });
});

describe.skipIf(!existsSync(cbp))('the CBP state file 2000-2011 (needs ../shared/data)', () => {
  it('reads all 811,632 rows of 51 states and 12 years without an error', async () => {
    const result = await readStatisticsFile(cbp);
    expect(result.errors).toEqual([]);
    const table = result.table!;
    expect(table.length).toBe(811_632);
    expect(table.regions).toHaveLength(51);
    expect(new Set(table.year)).toEqual(
      new Set([2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011]),
    );
    // Suppressed cells keep their published 0 and carry their flag letter.
    let flagged = 0;
    for (let i = 0; i < table.length; i++) if (table.flag[i] !== 0) flagged += 1;
    expect(flagged).toBe(276_225);
  });
});
