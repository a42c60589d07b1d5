import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatsTableBuilder } from './statsTable';
import { decodeStatsTable, encodeStatsTable } from './statsTableBinary';

describe('encodeStatsTable / decodeStatsTable', () => {
  it('round-trips every column, NaN and the dictionaries', () => {
    const builder = new StatsTableBuilder(2);
    builder.push(builder.regionId('İzmir'), builder.industryId('C24.51'), 2021, 1250, 31, NaN, 0);
    builder.push(
      builder.regionId('01'),
      builder.industryId('331511'),
      2011,
      0,
      4,
      12.5,
      'D'.charCodeAt(0),
    );
    builder.push(builder.regionId('İzmir'), builder.industryId('331511'), 2012, NaN, NaN, 7, 0);
    const table = builder.build();
    const back = decodeStatsTable(encodeStatsTable(table));
    expect(back).toEqual(table);
    expect(Number.isNaN(back.employment[2])).toBe(true);
  });

  it('reads a table stored at an odd offset of a larger buffer', () => {
    const builder = new StatsTableBuilder();
    builder.push(builder.regionId('R'), builder.industryId('I'), 2020, 5, 1, 2, 0);
    const bytes = encodeStatsTable(builder.build());
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodeStatsTable(shifted.subarray(3)).employment[0]).toBe(5);
  });

  it('copies the columns out of a byte view whose slice is a view too (a Node Buffer)', () => {
    const builder = new StatsTableBuilder();
    builder.push(builder.regionId('R'), builder.industryId('I'), 2020, 5, 1, 2, 0);
    const bytes = encodeStatsTable(builder.build());
    // A subclass whose slice shares memory, as Buffer's does.
    class ViewSlice extends Uint8Array<ArrayBuffer> {
      override slice(start?: number, end?: number): Uint8Array<ArrayBuffer> {
        return this.subarray(start, end);
      }
    }
    const pool = new ViewSlice(new ArrayBuffer(bytes.length + 64));
    pool.set(bytes, 64);
    const table = decodeStatsTable(pool.subarray(64));
    expect(table.employment.length).toBe(1);
    expect(table.employment[0]).toBe(5);
  });

  it('refuses bytes that are not a stored dataset, or are cut short', () => {
    expect(() => decodeStatsTable(new TextEncoder().encode('hello world, not a dataset'))).toThrow(
      /not a stored Kume dataset/,
    );
    const builder = new StatsTableBuilder();
    builder.push(builder.regionId('R'), builder.industryId('I'), 2020, 5, 1, 2, 0);
    const bytes = encodeStatsTable(builder.build());
    expect(() => decodeStatsTable(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
  });

  it('property: any table survives the round trip', () => {
    const row = fc.record({
      region: fc.string({ maxLength: 6 }),
      industry: fc.string({ maxLength: 6 }),
      year: fc.integer({ min: 1900, max: 2100 }),
      employment: fc.double(),
      establishments: fc.double(),
      payroll: fc.double(),
      flag: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const builder = new StatsTableBuilder(1);
        for (const r of rows)
          builder.push(
            builder.regionId(r.region),
            builder.industryId(r.industry),
            r.year,
            r.employment,
            r.establishments,
            r.payroll,
            r.flag,
          );
        const table = builder.build();
        expect(decodeStatsTable(encodeStatsTable(table))).toEqual(table);
      }),
    );
  });
});
