// Duplicate region x industry x year rows: the bit-set path and the sorted-keys path (for huge
// code spaces) find the same repeats.

import type { StatsTable } from '@kume/core/stats/statsTable';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateRows } from './findDuplicateRows';

/** A table of the given rows; `codes` entries per dictionary decide which path is taken. */
function table(rows: readonly [number, number, number][], codes: number): StatsTable {
  const n = rows.length;
  const names = Array.from({ length: codes }, (_, i) => String(i));
  return {
    regions: names,
    industries: names,
    length: n,
    region: Int32Array.from(rows, (row) => row[0]),
    industry: Int32Array.from(rows, (row) => row[1]),
    year: Int16Array.from(rows, (row) => row[2]),
    employment: new Float64Array(n),
    establishments: new Float64Array(n),
    payroll: new Float64Array(n),
    flag: new Uint8Array(n),
  };
}

describe('findDuplicateRows', () => {
  it('pairs each repeating row with the first row of its cell', () => {
    const rows: [number, number, number][] = [
      [0, 1, 2020],
      [1, 1, 2020],
      [0, 1, 2021],
      [0, 1, 2020],
      [0, 1, 2020],
    ];
    expect(findDuplicateRows(table(rows, 4))).toEqual([
      [0, 3],
      [0, 4],
    ]);
  });

  it('finds the same pairs through sorted keys when the code space is too large for a bit set', () => {
    const row = fc.tuple(fc.nat(5), fc.nat(5), fc.integer({ min: 2000, max: 2003 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        // 20,000 regions x 20,000 industries x years passes the 2^28-cell bit-set limit.
        expect(findDuplicateRows(table(rows, 20_000))).toEqual(findDuplicateRows(table(rows, 6)));
      }),
    );
  });

  it('stops at the limit', () => {
    const rows = Array.from({ length: 10 }, (): [number, number, number] => [0, 0, 2020]);
    expect(findDuplicateRows(table(rows, 1), 3)).toHaveLength(3);
  });
});
