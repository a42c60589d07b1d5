// Input-output linkages of a cluster: from a direct-requirements table, the industries the
// cluster's industries buy most from per dollar of their output (evidence for the gap analysis).

/** One cell of a direct-requirements table: dollars of `supplier`'s commodity per dollar of `industry`'s output. */
export interface DirectRequirement {
  /** The row: a commodity or supplying industry code (BEA "331B", NACE "24.10", ...). */
  supplier: string;
  /** The column: the buying industry. */
  industry: string;
  coefficient: number;
}

export interface IoLinkageOptions {
  /**
   * Each cluster industry's output (any one unit), so the cluster's coefficient is its purchases
   * per unit of the cluster's total output. Absent: every cluster industry weighs the same, the
   * plain mean of their coefficients. An industry absent from the map weighs 0.
   */
  weights?: ReadonlyMap<string, number>;
  /** How many supplier industries to return. Default 10. */
  top?: number;
  /**
   * Rows that are no supplier industry, such as value added (BEA V001 to V003) or noncomparable
   * imports; they count neither in the ranking nor in the shares. Default none.
   */
  exclude?: readonly string[];
  /** Count the cluster industries as each other's suppliers (and their own). Default false. */
  includeClusterIndustries?: boolean;
}

export interface SupplierIndustry {
  industry: string;
  /** The weighted mean coefficient over the cluster industries (see IoLinkageOptions.weights). */
  coefficient: number;
  /** The coefficient divided by the sum over all counted suppliers: its share of the cluster's inputs. */
  share: number;
  /** The coefficient for each cluster industry that buys from it. */
  byClusterIndustry: Map<string, number>;
}

export interface IoLinkages {
  /** The top suppliers, coefficient descending, then code. */
  suppliers: SupplierIndustry[];
  /** Cluster industries found as columns of the table. */
  found: string[];
  /** Cluster industries that are no column of the table (left out of the means). */
  missing: string[];
}

const codeKey = (code: string) => code.trim().toUpperCase();

/**
 * The top supplier industries of `clusterIndustries`: for each supplier s, the coefficient
 * sum_j w_j a(s, j) / sum_j w_j over the cluster industries j found in the table, where a(s, j) is
 * the direct requirement of j from s (a missing cell is 0). Codes compare trimmed and upper-cased.
 * Negative coefficients (BEA's scrap row, where an industry sells scrap) are kept as given.
 * Throws RangeError for a coefficient or weight that is not a finite number, a negative weight,
 * or the same cell twice. Source of the measure: Miller & Blair, Input-Output Analysis (2009), ch. 2.
 */
export function ioLinkages(
  table: Iterable<DirectRequirement>,
  clusterIndustries: readonly string[],
  options: IoLinkageOptions = {},
): IoLinkages {
  const cluster = [...new Set(clusterIndustries.map(codeKey))];
  const weightOf = (industry: string): number => {
    if (!options.weights) return 1;
    for (const [code, weight] of options.weights) {
      if (codeKey(code) !== industry) continue;
      if (!Number.isFinite(weight) || weight < 0)
        throw new RangeError(`the weight of ${code} is not a number of 0 or more: ${weight}`);
      return weight;
    }
    return 0;
  };
  const weights = new Map(cluster.map((industry) => [industry, weightOf(industry)]));
  const excluded = new Set((options.exclude ?? []).map(codeKey));
  if (!options.includeClusterIndustries) for (const industry of cluster) excluded.add(industry);

  const columns = new Set<string>();
  const seen = new Set<string>();
  const cells = new Map<string, Map<string, number>>();
  for (const cell of table) {
    const industry = codeKey(cell.industry);
    const supplier = codeKey(cell.supplier);
    columns.add(industry);
    if (!Number.isFinite(cell.coefficient))
      throw new RangeError(`the coefficient of ${supplier} for ${industry} is not a number`);
    const pair = `${supplier}\u0000${industry}`;
    if (seen.has(pair)) throw new RangeError(`${supplier} for ${industry} is given twice`);
    seen.add(pair);
    if (!weights.has(industry) || excluded.has(supplier)) continue;
    const row = cells.get(supplier) ?? new Map<string, number>();
    row.set(industry, cell.coefficient);
    cells.set(supplier, row);
  }

  const found = cluster.filter((industry) => columns.has(industry));
  const missing = cluster.filter((industry) => !columns.has(industry));
  const totalWeight = found.reduce((sum, industry) => sum + (weights.get(industry) ?? 0), 0);
  if (totalWeight === 0) return { suppliers: [], found, missing };

  const suppliers: SupplierIndustry[] = [];
  for (const [industry, row] of cells) {
    let weighted = 0;
    for (const [buyer, coefficient] of row) weighted += (weights.get(buyer) ?? 0) * coefficient;
    suppliers.push({
      industry,
      coefficient: weighted / totalWeight,
      share: 0,
      byClusterIndustry: row,
    });
  }
  const total = suppliers.reduce((sum, s) => sum + s.coefficient, 0);
  for (const s of suppliers) s.share = total === 0 ? 0 : s.coefficient / total;
  suppliers.sort(
    (a, b) =>
      b.coefficient - a.coefficient ||
      (a.industry < b.industry ? -1 : a.industry > b.industry ? 1 : 0),
  );
  return { suppliers: suppliers.slice(0, options.top ?? 10), found, missing };
}
