// Co-location relatedness: industries that are concentrated in the same regions are related
// (Delgado, Porter & Stern 2016, "locational correlation"), measured on employment or
// establishments across the regions of a region x industry matrix.

import { type IndustryMatrix } from '../industryMatrix';
import { StatsInputError } from '../statsInputError';
import { columnCorrelations } from './columnCorrelations';
import { pairPercentiles } from './pairPercentiles';
import { listCodes, type RelatednessMeasure } from './relatednessMeasure';

/**
 * share: the region's share of the industry's national total, e_ri / E_i (the correlation of
 * employment across regions, as DPS's locational correlation);
 * lq: the industry's location quotient in each region, (e_ri / e_r) / (E_i / E), which takes the
 * regions' size out. On CBP 2011 states, cluster pairs ranked by the share correlation follow the
 * published US Cluster Mapping co-location (Spearman 0.82 for employment, 0.89 for both
 * measures combined), by the LQ correlation hardly (0.19): the published figures are on shares.
 */
export type ColocationVariable = 'lq' | 'share';

export interface ColocationOptions {
  /** Default 'share'. */
  variable?: ColocationVariable;
  /** The measure's name in messages and output; default from the variable. */
  name?: string;
  /**
   * The industries to relate (default all). Region and national totals still count every
   * industry of the matrix, so an LQ is against all activity, as in the US Cluster Mapping.
   */
  keep?: (industry: string) => boolean;
}

export interface ColocationRelatedness {
  measure: RelatednessMeasure;
  /** Regions left out because they have nothing in any industry (no data). */
  droppedRegions: string[];
  /**
   * Industries whose variable is the same in every region (none anywhere, or spread exactly as
   * all activity is): their correlation is undefined, their row NaN.
   */
  constant: string[];
}

/**
 * Pearson correlation of the chosen variable between every two kept industries across the
 * regions with data: an n x n measure with its percentiles. `matrix.employment` is read as the
 * values (pass an establishments matrix to relate establishments). Throws StatsInputError for a
 * negative or NaN value (naming region and industry), fewer than 3 regions with data, or fewer
 * than 2 industries with a defined correlation (all regions alike: the industries are named).
 */
export function colocationRelatedness(
  matrix: IndustryMatrix,
  options: ColocationOptions = {},
): ColocationRelatedness {
  const variable = options.variable ?? 'share';
  const name =
    options.name ??
    (variable === 'lq' ? 'co-location (LQ correlation)' : 'co-location (share correlation)');
  const { regions, industries, employment: values } = matrix;
  const n = industries.length;
  for (let r = 0; r < regions.length; r++)
    for (let i = 0; i < n; i++) {
      const value = values[r * n + i]!;
      if (!(value >= 0))
        throw new StatsInputError(
          `${name}: region ${regions[r]}, industry ${industries[i]} has ${Number.isNaN(value) ? 'no number' : `a negative value (${value})`}: fill or drop it first`,
        );
    }

  const regionTotal = new Float64Array(regions.length);
  for (let r = 0; r < regions.length; r++)
    for (let i = 0; i < n; i++) regionTotal[r] = regionTotal[r]! + values[r * n + i]!;
  const keptRegions: number[] = [];
  const droppedRegions: string[] = [];
  regions.forEach((region, r) =>
    regionTotal[r]! > 0 ? keptRegions.push(r) : droppedRegions.push(region),
  );
  if (keptRegions.length < 3)
    throw new StatsInputError(
      `${name}: correlation across regions needs at least 3 regions with data, ${keptRegions.length} of ${regions.length} have any` +
        (droppedRegions.length > 0 ? ` (no data: ${listCodes(droppedRegions)})` : ''),
    );

  const columns: number[] = [];
  industries.forEach((industry, i) => {
    if (!options.keep || options.keep(industry)) columns.push(i);
  });
  if (columns.length < 2)
    throw new StatsInputError(
      `${name}: relatedness needs at least 2 industries, got ${columns.length}`,
    );
  const national = new Float64Array(n);
  let total = 0;
  for (const r of keptRegions)
    for (let i = 0; i < n; i++) national[i] = national[i]! + values[r * n + i]!;
  for (let i = 0; i < n; i++) total += national[i]!;

  const rows = keptRegions.length;
  const m = columns.length;
  const variableMatrix = new Float64Array(rows * m);
  keptRegions.forEach((r, row) => {
    columns.forEach((i, c) => {
      const nationalValue = national[i]!;
      // An industry with nothing anywhere stays 0 in every region: constant, reported below.
      if (nationalValue === 0) return;
      const value = values[r * n + i]!;
      variableMatrix[row * m + c] =
        variable === 'lq'
          ? value / regionTotal[r]! / (nationalValue / total)
          : value / nationalValue;
    });
  });

  const correlations = columnCorrelations(variableMatrix, rows, m);
  const kept = columns.map((i) => industries[i]!);
  const constant = correlations.constant.map((c) => kept[c]!);
  if (m - constant.length < 2)
    throw new StatsInputError(
      `${name}: the correlation is undefined: ${constant.length === m ? 'every industry has' : `${constant.length} of ${m} industries have`} the same ${variable === 'lq' ? 'location quotient' : 'share'} in every region (no variance): ${listCodes(constant)}`,
    );
  return {
    measure: {
      name,
      industries: kept,
      values: correlations.values,
      percentiles: pairPercentiles(correlations.values, m),
    },
    droppedRegions,
    constant,
  };
}
