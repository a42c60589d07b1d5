// The derivation itself, from matrices already laid out: core's relatedness (deriveRelatedness),
// clustering and scores (clusterGrid), presented as the derive route answers. Pure and
// serialisable both ways, so that it runs in a worker thread (deriveDefinitionsWorker).

import type { DirectRequirement } from '@kume/core/network/ioLinkages';
import { autoClusterCounts, clusterGrid } from '@kume/core/stats/derive/clusterGrid';
import { checkClusterCount } from '@kume/core/stats/derive/clusterIndustries';
import { deriveRelatedness } from '@kume/core/stats/derive/deriveRelatedness';
import { subsetMeasure, unmeasuredIndustries } from '@kume/core/stats/derive/relatednessMeasure';
import type { IndustryMatrix } from '@kume/core/stats/industryMatrix';
import { presentResult, relatednessHeatmap } from './deriveDefinitionsClusters';
import { GRID_RESULTS, type DeriveAnswer } from './deriveDefinitionsSchemas';

export interface DeriveJob {
  year: number;
  employment: IndustryMatrix;
  /** Absent when the dataset has no establishments in the year. */
  establishments?: IndustryMatrix;
  variable: 'share' | 'lq';
  /** The industries to relate (traded ones); absent: all. */
  keep?: string[];
  /** The IO table's cells and the IO code of each industry it places. */
  io?: { cells: DirectRequirement[]; ioCodes: Record<string, string> };
  method: 'hierarchical' | 'kmeans' | 'louvain' | 'grid';
  clusters: number | 'auto';
  seed: number;
  /** Industry code -> name, where known. */
  names: Record<string, string>;
}

/**
 * Relates the industries, clusters them by one method (or the grid of all three) with the given
 * or automatic numbers of clusters, and answers the best result (the grid: the best
 * GRID_RESULTS) with its scores and the heat map. The engine's StatsInputError passes through.
 */
export function computeDerivation(job: DeriveJob): DeriveAnswer {
  const started = performance.now();
  const keep = job.keep ? new Set(job.keep) : undefined;
  const ioCodes = job.io ? new Map(Object.entries(job.io.ioCodes)) : undefined;
  const related = deriveRelatedness({
    employment: job.employment,
    ...(job.establishments ? { establishments: job.establishments } : {}),
    variable: job.variable,
    ...(keep ? { keep: (code: string) => keep.has(code) } : {}),
    ...(job.io && ioCodes
      ? { io: { cells: job.io.cells, ioCodeOf: (code: string) => ioCodes.get(code) } }
      : {}),
  });
  const leftOut = new Set(related.unmeasured);
  const kept = related.industries.flatMap((code, i) => (leftOut.has(code) ? [] : [i]));
  const combined = subsetMeasure(related.combined, kept);
  const measures = related.measures.map((measure) => subsetMeasure(measure, kept));
  const industries = combined.industries;
  if (job.clusters !== 'auto') checkClusterCount(job.clusters, industries.length);

  const grid = clusterGrid(combined, measures, {
    methods: job.method === 'grid' ? ['hierarchical', 'kmeans', 'louvain'] : [job.method],
    ks: job.clusters === 'auto' ? autoClusterCounts(industries.length) : [job.clusters],
    seed: job.seed,
  });

  const size = nationalEmployment(job.employment, industries);
  const nameOf = (code: string) => job.names[code];
  const shown = grid.slice(0, job.method === 'grid' ? GRID_RESULTS : 1);
  const presented = shown.map((result) => presentResult(result, industries, size, nameOf));
  const best = presented[0]!;
  return {
    year: job.year,
    industries: industries.map((code) => ({ code, name: job.names[code] ?? null })),
    measures: measures.map((measure) => ({
      name: measure.name,
      measured: industries.length - unmeasuredIndustries(measure).length,
    })),
    droppedRegions: related.droppedRegions,
    notMeasured: related.notMeasured,
    leftOut: related.unmeasured,
    results: presented.map(({ result }) => result),
    heatmap: relatednessHeatmap(
      combined,
      best.order,
      best.result.clusters.map((cluster) => cluster.code),
    ),
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

/** Each industry's employment summed over the regions (what orders a cluster's members). */
function nationalEmployment(matrix: IndustryMatrix, industries: readonly string[]): Float64Array {
  const n = matrix.industries.length;
  const column = new Map(matrix.industries.map((code, i) => [code, i]));
  const total = new Float64Array(industries.length);
  industries.forEach((code, k) => {
    const i = column.get(code);
    if (i === undefined) return;
    let sum = 0;
    for (let r = 0; r < matrix.regions.length; r++) sum += matrix.employment[r * n + i]!;
    total[k] = sum;
  });
  return total;
}
