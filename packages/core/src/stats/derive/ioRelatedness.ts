// Input-output relatedness: two industries are related when one is a large supplier or customer
// of the other (Delgado, Porter & Stern 2016, "IO links"), from a direct-requirements table.

import { type DirectRequirement } from '../../network/ioLinkages';
import { StatsInputError } from '../statsInputError';
import { pairPercentiles } from './pairPercentiles';
import { listCodes, type RelatednessMeasure } from './relatednessMeasure';

export interface IoRelatednessOptions {
  /**
   * The size of each IO industry (output, or employment as a stand-in), by IO code; it weighs
   * the buyers when output shares are computed. Absent: every buyer weighs the same. A code
   * absent from the map weighs 0.
   */
  output?: ReadonlyMap<string, number>;
  /** Default 'input-output'. */
  name?: string;
}

export interface IoRelatedness {
  measure: RelatednessMeasure;
  /** Industries with no IO code, or whose IO code is no industry (column) of the table: NaN rows. */
  missing: string[];
}

const key = (code: string) => code.trim().toUpperCase();

/**
 * For IO industries p and q: the largest of four shares, p's intermediate inputs bought from q, q's
 * from p, p's intermediate sales that go to q and q's that go to p. With a(s, j) the direct
 * requirement of j from s, p's input share from q is a(q, p) / sum_s a(s, p) over the suppliers
 * that are industries of the table (value added, imports and scrap rows are left out); p's sales
 * share to q is a(p, q) x_q / sum_j a(p, j) x_j with x the `output` sizes. Negative coefficients
 * count as 0. Each industry of `industries` takes the row of its IO code (`ioCodeOf`); two
 * industries in the same IO code are related by that code's own shares (its purchases from and
 * sales to itself). Industries without a usable IO code get a NaN row and are listed in `missing`.
 * Throws StatsInputError for a coefficient that is not finite, a cell given twice, or fewer than
 * 2 industries found in the table. Departure from DPS: they use total output in the sales share;
 * a direct-requirements table does not carry it, so the share is of intermediate sales.
 */
export function ioRelatedness(
  cells: Iterable<DirectRequirement>,
  industries: readonly string[],
  ioCodeOf: (industry: string) => string | undefined,
  options: IoRelatednessOptions = {},
): IoRelatedness {
  const name = options.name ?? 'input-output';
  const list = [...cells];
  const ioIndex = new Map<string, number>();
  for (const cell of list) {
    const code = key(cell.industry);
    if (!ioIndex.has(code)) ioIndex.set(code, ioIndex.size);
  }
  const m = ioIndex.size;
  const a = new Float64Array(m * m); // a[s * m + j]: supplier s, buyer j
  const seen = new Uint8Array(m * m);
  for (const cell of list) {
    const s = ioIndex.get(key(cell.supplier));
    const j = ioIndex.get(key(cell.industry))!;
    if (!Number.isFinite(cell.coefficient))
      throw new StatsInputError(
        `${name}: the coefficient of ${cell.supplier} for ${cell.industry} is not a number`,
      );
    if (s === undefined) continue; // value added, imports, scrap: no industry
    if (seen[s * m + j])
      throw new StatsInputError(`${name}: ${cell.supplier} for ${cell.industry} is given twice`);
    seen[s * m + j] = 1;
    a[s * m + j] = Math.max(0, cell.coefficient);
  }

  const codes = [...ioIndex.keys()];
  const outputs = new Map([...(options.output ?? [])].map(([code, v]) => [key(code), v]));
  const size = new Float64Array(m);
  codes.forEach((code, j) => {
    const given = options.output ? (outputs.get(code) ?? 0) : 1;
    if (!Number.isFinite(given) || given < 0)
      throw new StatsInputError(
        `${name}: the output of ${code} is not a number of 0 or more: ${given}`,
      );
    size[j] = given;
  });
  const inputTotal = new Float64Array(m);
  const salesTotal = new Float64Array(m);
  for (let s = 0; s < m; s++)
    for (let j = 0; j < m; j++) {
      inputTotal[j] = inputTotal[j]! + a[s * m + j]!;
      salesTotal[s] = salesTotal[s]! + a[s * m + j]! * size[j]!;
    }
  const inputShare = (buyer: number, supplier: number) =>
    inputTotal[buyer]! > 0 ? a[supplier * m + buyer]! / inputTotal[buyer]! : 0;
  const salesShare = (seller: number, buyer: number) =>
    salesTotal[seller]! > 0 ? (a[seller * m + buyer]! * size[buyer]!) / salesTotal[seller]! : 0;
  const link = new Float64Array(m * m);
  for (let p = 0; p < m; p++)
    for (let q = p; q < m; q++) {
      const value = Math.max(
        inputShare(p, q),
        inputShare(q, p),
        salesShare(p, q),
        salesShare(q, p),
      );
      link[p * m + q] = value;
      link[q * m + p] = value;
    }

  const n = industries.length;
  const row = industries.map((industry) => {
    const code = ioCodeOf(industry);
    return code === undefined ? -1 : (ioIndex.get(key(code)) ?? -1);
  });
  const missing = industries.filter((_, i) => row[i]! < 0);
  if (n - missing.length < 2)
    throw new StatsInputError(
      `${name}: fewer than 2 industries are in the input-output table (${n - missing.length} of ${n}); not found: ${listCodes(missing)}`,
    );
  const values = new Float64Array(n * n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    if (row[i]! < 0) continue;
    for (let j = 0; j < n; j++) if (row[j]! >= 0) values[i * n + j] = link[row[i]! * m + row[j]!]!;
  }
  return {
    measure: { name, industries: [...industries], values, percentiles: pairPercentiles(values, n) },
    missing,
  };
}
