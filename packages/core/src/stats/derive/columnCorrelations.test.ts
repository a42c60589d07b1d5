import { describe, expect, it } from 'vitest';
import { columnCorrelations } from './columnCorrelations';

describe('columnCorrelations', () => {
  it('agrees with numpy.corrcoef(x, rowvar=False) on a small random matrix', () => {
    // x and the expected matrix: numpy 1.24 on /usr/bin/python3, rng = default_rng(7),
    // x = round(rng.uniform(0, 100, (6, 4))), np.round(np.corrcoef(x, rowvar=False), 12).
    const x = [
      [63, 90, 78, 23],
      [30, 87, 1, 82],
      [80, 47, 30, 28],
      [25, 45, 50, 55],
      [100, 79, 62, 99],
      [22, 16, 61, 4],
    ];
    const expected = [
      [1.0, 0.418423341774, 0.244087575282, 0.332305558521],
      [0.418423341774, 1.0, -0.11535754054, 0.596906933211],
      [0.244087575282, -0.11535754054, 1.0, -0.360911445045],
      [0.332305558521, 0.596906933211, -0.360911445045, 1.0],
    ];
    const { values, constant } = columnCorrelations(Float64Array.from(x.flat()), 6, 4);
    expect(constant).toEqual([]);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) expect(values[i * 4 + j]).toBeCloseTo(expected[i]![j]!, 11);
  });

  it('gives +1 and -1 for columns on a line and NaN for a constant column, which it reports', () => {
    // Rows of columns a, 2a, 7 (constant), 10 - a.
    const { values, constant } = columnCorrelations(
      Float64Array.from([1, 2, 7, 9, 2, 4, 7, 8, 3, 6, 7, 7]),
      3,
      4,
    );
    expect(constant).toEqual([2]);
    expect(values[0 * 4 + 1]).toBeCloseTo(1, 12);
    expect(values[0 * 4 + 3]).toBeCloseTo(-1, 12);
    expect(Number.isNaN(values[2 * 4 + 0]!)).toBe(true);
    expect(Number.isNaN(values[2 * 4 + 2]!)).toBe(true);
  });
});
