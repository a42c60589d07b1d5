// Relatedness density (economic complexity): which industries a region lacks although it is
// strong in many industries that usually go with them.

import { type IndustryMatrix } from './industryMatrix';

export interface RelatednessDensity {
  regions: readonly string[];
  industries: readonly string[];
  /** Revealed comparative advantage per region x industry ([r * industries + i]); NaN if undefined. */
  rca: Float64Array;
  /** M: 1 where RCA >= 1 (the region is specialised in the industry), else 0. */
  present: Uint8Array;
  /** Per industry: the number of regions specialised in it. */
  ubiquity: Int32Array;
  /** Per industry pair ([i * industries + j]): phi, 0-1, symmetric, 1 on the diagonal when ubiquitous. */
  proximity: Float64Array;
  /** Per region x industry: the share of the industry's proximity that the region's M covers, 0-1. */
  density: Float64Array;
}

/**
 * Relatedness density after Hidalgo, Klinger, Barabási & Hausmann (2007), The product space
 * conditions the development of nations, Science 317(5837):
 * - RCA(r, i) = (x_ri / x_r) / (x_i / x), the total-employment location quotient; M = RCA >= 1;
 * - proximity phi_ij = min(P(M_i | M_j), P(M_j | M_i)) = (regions with both) / max(ubiquity i, j),
 *   0 when neither is present anywhere;
 * - density(r, i) = sum_j M_rj phi_ij / sum_j phi_ij (0 when the denominator is 0), the sums over
 *   all industries j including i itself, as cid-harvard/py-ecomplexity computes it.
 * Cost: O(sum over regions of (specialised industries)^2) for the proximity, O(R x I x I) at most for
 * the density.
 */
export function relatednessDensity(matrix: IndustryMatrix): RelatednessDensity {
  const { regions, industries, employment } = matrix;
  const regionCount = regions.length;
  const industryCount = industries.length;
  const regionTotal = new Float64Array(regionCount);
  const industryTotal = new Float64Array(industryCount);
  let total = 0;
  for (let r = 0; r < regionCount; r++) {
    for (let i = 0; i < industryCount; i++) {
      const value = employment[r * industryCount + i] as number;
      regionTotal[r] = (regionTotal[r] as number) + value;
      industryTotal[i] = (industryTotal[i] as number) + value;
      total += value;
    }
  }

  const rca = new Float64Array(regionCount * industryCount);
  const present = new Uint8Array(regionCount * industryCount);
  const ubiquity = new Int32Array(industryCount);
  const presentLists: Int32Array[] = [];
  for (let r = 0; r < regionCount; r++) {
    const list: number[] = [];
    for (let i = 0; i < industryCount; i++) {
      const k = r * industryCount + i;
      const share = (industryTotal[i] as number) / total;
      const value =
        (regionTotal[r] as number) > 0 && share > 0
          ? (employment[k] as number) / (regionTotal[r] as number) / share
          : Number.NaN;
      rca[k] = value;
      if (value >= 1) {
        present[k] = 1;
        ubiquity[i] = (ubiquity[i] as number) + 1;
        list.push(i);
      }
    }
    presentLists.push(Int32Array.from(list));
  }

  const proximity = new Float64Array(industryCount * industryCount);
  for (const list of presentLists) {
    for (const i of list) {
      for (const j of list)
        proximity[i * industryCount + j] = (proximity[i * industryCount + j] as number) + 1;
    }
  }
  for (let i = 0; i < industryCount; i++) {
    for (let j = 0; j < industryCount; j++) {
      const k = i * industryCount + j;
      const larger = Math.max(ubiquity[i] as number, ubiquity[j] as number);
      proximity[k] = larger > 0 ? (proximity[k] as number) / larger : 0;
    }
  }

  const proximitySum = new Float64Array(industryCount);
  for (let i = 0; i < industryCount; i++) {
    for (let j = 0; j < industryCount; j++)
      proximitySum[i] = (proximitySum[i] as number) + (proximity[i * industryCount + j] as number);
  }
  const density = new Float64Array(regionCount * industryCount);
  for (let r = 0; r < regionCount; r++) {
    const covered = density.subarray(r * industryCount, (r + 1) * industryCount);
    // Row j of a symmetric matrix is its column j: adding whole rows reads memory in order.
    for (const j of presentLists[r] as Int32Array) {
      const row = proximity.subarray(j * industryCount, (j + 1) * industryCount);
      for (let i = 0; i < industryCount; i++)
        covered[i] = (covered[i] as number) + (row[i] as number);
    }
    for (let i = 0; i < industryCount; i++) {
      const sum = proximitySum[i] as number;
      covered[i] = sum > 0 ? (covered[i] as number) / sum : 0;
    }
  }
  return { regions, industries, rca, present, ubiquity, proximity, density };
}

/** An industry a region is not specialised in, with how dense its related industries are there. */
export interface DensityOpportunity {
  industry: string;
  density: number;
  rca: number;
}

/**
 * The industries absent from a region (M = 0) with the highest density, at most `limit` (default
 * 10), densest first; ties by industry code. undefined when the region is not in the result.
 */
export function densityOpportunities(
  result: RelatednessDensity,
  region: string,
  limit = 10,
): DensityOpportunity[] | undefined {
  const r = result.regions.indexOf(region);
  if (r < 0) return undefined;
  const count = result.industries.length;
  const absent: DensityOpportunity[] = [];
  for (let i = 0; i < count; i++) {
    if (result.present[r * count + i] === 1) continue;
    absent.push({
      industry: result.industries[i] as string,
      density: result.density[r * count + i] as number,
      rca: result.rca[r * count + i] as number,
    });
  }
  absent.sort((a, b) => b.density - a.density || (a.industry < b.industry ? -1 : 1));
  return absent.slice(0, limit);
}
