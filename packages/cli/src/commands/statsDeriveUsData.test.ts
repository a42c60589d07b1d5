// Derived definitions on real US data: co-location from County Business Patterns 2011 (51
// states x 6-digit NAICS), input-output links from the BEA 1997 direct requirements placed by
// NAICS prefix, compared with the US benchmark definitions; and the published cluster-level
// co-location (relatedClusters.csv, cr_lc) reproduced in rank. Prints the figures.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adjustedRandIndex } from '@kume/core/stats/derive/adjustedRandIndex';
import { clusterGrid, type GridResult } from '@kume/core/stats/derive/clusterGrid';
import { labelsFromDefinition } from '@kume/core/stats/derive/clusterLabels';
import { clusterPairRelatedness } from '@kume/core/stats/derive/clusterPairRelatedness';
import { combinedRelatedness } from '@kume/core/stats/derive/combinedRelatedness';
import {
  type DerivedRelatedness,
  deriveRelatedness,
} from '@kume/core/stats/derive/deriveRelatedness';
import { establishmentMatrix } from '@kume/core/stats/derive/establishmentMatrix';
import { prefixConcordance } from '@kume/core/stats/derive/prefixConcordance';
import { type RelatednessMeasure } from '@kume/core/stats/derive/relatednessMeasure';
import { spearmanCorrelation } from '@kume/core/stats/derive/spearmanCorrelation';
import { type ValidationScores, validationScores } from '@kume/core/stats/derive/validationScores';
import { industryMatrix } from '@kume/core/stats/industryMatrix';
import {
  BEA_1997_SUMMARY_PREFIXES,
  readClusterDefinitionFile,
  readDirectRequirements,
  readStatisticsFile,
} from '@kume/io/statistics';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const data = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
const cbp = `${data}cbp-state-naics/cbp_state_naics_2000_2011.csv`;
const crosswalk = `${data}cluster-definitions/NAICS_crosswalks_to_Cluster_system__Emsi_NAICS_to_Porter_Cluster.csv`;
const bea = `${data}bea-io-1997/IODirectRequirements.txt`;
const published = `${data}uscmp/relatedClusters.csv`;
const present = [cbp, crosswalk, bea, published].every((file) => existsSync(file));

const fixed = (value: number) => value.toFixed(3);

/** Mean relatedness of benchmark cluster pairs (a <= b) next to a published column, by cluster name. */
function publishedPairs(
  values: Float64Array,
  labels: Int32Array,
  clusters: readonly string[],
  rows: readonly Record<string, string>[],
  column: string,
): { ours: number[]; theirs: number[] } {
  const { mean } = clusterPairRelatedness(values, labels, clusters.length);
  const at = new Map(clusters.map((name, i) => [name, i]));
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const row of rows) {
    const a = at.get(row.cluster_name!);
    const b = at.get(row.cluster_name_2!);
    if (a === undefined || b === undefined || a > b) continue;
    ours.push(mean[a * clusters.length + b]!);
    theirs.push(Number(row[column]));
  }
  return { ours, theirs };
}

describe.skipIf(!present)(
  'derived definitions on US data: CBP 2011 states, BEA 1997 IO, the benchmark definitions (needs ../shared/data)',
  () => {
    let related: DerivedRelatedness;
    let lqEmployment: RelatednessMeasure;
    let benchmark: { labels: Int32Array; clusters: string[] };
    let benchmarkScores: ValidationScores;
    let published: Record<string, string>[];

    beforeAll(async () => {
      const read = await readStatisticsFile(cbp, { keepIndustry: (code) => /^\d{6}$/.test(code) });
      const definition = (await readClusterDefinitionFile(crosswalk)).definition!;
      const io = (await readDirectRequirements(bea)).table!;
      const employment = industryMatrix(read.table!, { year: 2011, level: 6 });
      const establishments = establishmentMatrix(read.table!, { year: 2011, level: 6 });
      const traded = new Set(
        definition.industries
          .filter((industry) => definition.clusters[industry.cluster]!.type === 'traded')
          .map((industry) => industry.code),
      );
      const keep = (code: string) => traded.has(code);
      const ioCodeOf = prefixConcordance(io.industries, { prefixes: BEA_1997_SUMMARY_PREFIXES });
      related = deriveRelatedness({
        employment,
        establishments,
        keep,
        io: { cells: io.cells, ioCodeOf },
      });
      lqEmployment = deriveRelatedness({ employment, keep, variable: 'lq' }).measures[0]!;
      benchmark = labelsFromDefinition(definition, related.industries, 'traded');
      const scoring = related.measures.map((measure) => ({ measure, values: measure.percentiles }));
      benchmarkScores = validationScores(scoring, benchmark.labels, benchmark.clusters.length);
      published = parse(readFileSync(`${data}uscmp/relatedClusters.csv`), { columns: true });
    }, 30_000);

    it('relates every traded industry of CBP 2011 by co-location and input-output links', () => {
      console.log(
        `[derive] ${related.industries.length} traded 6-digit industries of CBP 2011 in ${benchmark.clusters.length} benchmark clusters; measures: ${related.measures.map((m) => m.name).join(', ')}; not measured: ${related.notMeasured.length === 0 ? 'none' : related.notMeasured.map((n) => `${n.measure} ${n.industries.length}`).join(', ')}`,
      );
      expect(related.industries.length).toBeGreaterThan(300);
      expect(related.measures.length).toBe(3);
      expect(related.notMeasured).toEqual([]);
      expect(related.droppedRegions).toEqual([]);
    });

    it('ranks benchmark cluster pairs by co-location as the published cr_lc does (Spearman > 0.8)', () => {
      const colocation = combinedRelatedness(related.measures.slice(0, 2), 'co-location');
      const combined = publishedPairs(
        colocation.values,
        benchmark.labels,
        benchmark.clusters,
        published,
        'cr_lc',
      );
      const employment = publishedPairs(
        related.measures[0]!.values,
        benchmark.labels,
        benchmark.clusters,
        published,
        'cr_lcemp',
      );
      const establishments = publishedPairs(
        related.measures[1]!.values,
        benchmark.labels,
        benchmark.clusters,
        published,
        'cr_lcest',
      );
      const lq = publishedPairs(
        lqEmployment.values,
        benchmark.labels,
        benchmark.clusters,
        published,
        'cr_lcemp',
      );
      const rho = spearmanCorrelation(combined.ours, combined.theirs);
      console.log(
        `[derive] Spearman with the published cluster co-location over ${combined.ours.length} cluster pairs (within-cluster pairs included): cr_lc ${fixed(rho)} (mean percentile of employment and establishment share correlations); cr_lcemp ${fixed(spearmanCorrelation(employment.ours, employment.theirs))} (employment shares); cr_lcest ${fixed(spearmanCorrelation(establishments.ours, establishments.theirs))} (establishment shares); cr_lcemp by LQ correlation ${fixed(spearmanCorrelation(lq.ours, lq.theirs))}`,
      );
      expect(combined.ours.length).toBeGreaterThan(900);
      expect(rho).toBeGreaterThan(0.8);
      // The published figures are on shares: location quotients rank the pairs differently.
      expect(spearmanCorrelation(lq.ours, lq.theirs)).toBeLessThan(0.5);
    });

    it('derives definitions at the benchmark size that score as the benchmark does and resemble it', () => {
      const k = benchmark.clusters.length;
      const grid = clusterGrid(related.combined, related.measures, { ks: [k], restarts: 2 });
      const ari = (result: GridResult) => adjustedRandIndex(result.labels, benchmark.labels);
      const line = (name: string, count: number, s: ValidationScores, rand?: number) =>
        `  ${name.padEnd(44)} ${String(count).padStart(3)} clusters  VS-cluster ${fixed(s.vsCluster)}  VS-industry ${fixed(s.vsIndustry)}  score ${fixed(s.score)}${rand === undefined ? '' : `  ARI ${fixed(rand)}`}`;
      console.log(
        [
          `[derive] validation scores on the percentiles of the three measures, K = ${k}:`,
          line('benchmark definitions', k, benchmarkScores),
          ...grid.map((r) =>
            line(
              `${r.parameters.method}${r.parameters.threshold === undefined ? '' : ` threshold ${r.parameters.threshold}`}`,
              r.count,
              r.scores,
              ari(r),
            ),
          ),
        ].join('\n'),
      );
      const best = grid[0]!;
      expect(benchmarkScores.score).toBeGreaterThan(0.45);
      expect(best.scores.score).toBeGreaterThan(0.45);
      expect(best.scores.score).toBeGreaterThan(benchmarkScores.score - 0.05);
      expect(ari(best)).toBeGreaterThan(0.15);
      for (const result of grid) expect(ari(result)).toBeGreaterThan(0.1);
    });

    it('scores above the benchmark when the number of clusters is searched (auto)', () => {
      const grid = clusterGrid(related.combined, related.measures, {
        methods: ['hierarchical', 'louvain'],
      });
      const best = grid[0]!;
      console.log(
        `[derive] auto (${grid.length} clusterings): best ${best.parameters.method}, ${best.count} clusters, VS-cluster ${fixed(best.scores.vsCluster)}, VS-industry ${fixed(best.scores.vsIndustry)}, score ${fixed(best.scores.score)}, ARI ${fixed(adjustedRandIndex(best.labels, benchmark.labels))}`,
      );
      expect(best.scores.score).toBeGreaterThan(benchmarkScores.score);
    });
  },
);
