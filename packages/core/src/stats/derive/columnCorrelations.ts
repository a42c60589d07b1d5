// Pearson correlations between the columns of a rows x columns matrix (regions x industries), as
// numpy.corrcoef(x, rowvar=False) gives them, on typed arrays.

export interface ColumnCorrelations {
  /** columns x columns, row-major, symmetric, in [-1, 1]; diagonal 1; NaN rows for `constant`. */
  values: Float64Array;
  /** Columns whose values are the same in every row: their correlation is undefined (0 / 0). */
  constant: number[];
}

/**
 * Pearson's r of every pair of columns of `matrix` (rows x columns, row-major): each column is
 * centred and scaled to unit length, then r(i, j) is the dot product of the two (rounding is
 * clamped to [-1, 1]). A constant column (zero variance) gets a NaN row and column. NaN values
 * are not allowed (the caller fills or drops them). O(columns^2 x rows) time.
 */
export function columnCorrelations(
  matrix: Float64Array,
  rows: number,
  columns: number,
): ColumnCorrelations {
  // Standardised columns, stored column by column so that each dot product reads contiguously.
  const z = new Float64Array(rows * columns);
  const constant: number[] = [];
  const usable = new Uint8Array(columns);
  for (let c = 0; c < columns; c++) {
    let mean = 0;
    for (let r = 0; r < rows; r++) mean += matrix[r * columns + c]!;
    mean /= rows;
    let squares = 0;
    for (let r = 0; r < rows; r++) {
      const d = matrix[r * columns + c]! - mean;
      z[c * rows + r] = d;
      squares += d * d;
    }
    // A column equal in every row up to rounding counts as constant: its r would be noise.
    const scale = Math.sqrt(squares);
    if (!(scale > 1e-12 * Math.max(1, Math.abs(mean)) * Math.sqrt(rows))) {
      constant.push(c);
      continue;
    }
    usable[c] = 1;
    for (let r = 0; r < rows; r++) z[c * rows + r] = z[c * rows + r]! / scale;
  }

  const values = new Float64Array(columns * columns).fill(Number.NaN);
  for (let i = 0; i < columns; i++) {
    if (!usable[i]) continue;
    values[i * columns + i] = 1;
    const a = i * rows;
    for (let j = i + 1; j < columns; j++) {
      if (!usable[j]) continue;
      const b = j * rows;
      // Four running sums: independent additions keep the CPU's pipelines full.
      let d0 = 0;
      let d1 = 0;
      let d2 = 0;
      let d3 = 0;
      let r = 0;
      for (; r + 3 < rows; r += 4) {
        d0 += z[a + r]! * z[b + r]!;
        d1 += z[a + r + 1]! * z[b + r + 1]!;
        d2 += z[a + r + 2]! * z[b + r + 2]!;
        d3 += z[a + r + 3]! * z[b + r + 3]!;
      }
      for (; r < rows; r++) d0 += z[a + r]! * z[b + r]!;
      const dot = d0 + d1 + d2 + d3;
      const clamped = dot > 1 ? 1 : dot < -1 ? -1 : dot;
      values[i * columns + j] = clamped;
      values[j * columns + i] = clamped;
    }
  }
  return { values, constant };
}
