// Golden test: the published US Cluster Mapping results for 2016 (50 states x 51 traded clusters)
// are reproduced from their own employment, establishments and the national benchmark.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClusterDefinition } from './clusterDefinition';
import { computeClusterMetrics } from './clusterMetrics';
import { relatedClusters, strongClustersByRegion } from './relatedClusters';
import { type StatsRow, statsTableFromRows } from './statsTableFromRows';

const dir = fileURLToPath(new URL('../../../../../shared/data/uscmp', import.meta.url));
const file = `${dir}/all_states_clusters.csv`;

interface Published {
  region_code_t: string;
  cluster_code_t: string;
  cluster_name_t: string;
  traded_b: string;
  emp_tl: string;
  est_tl: string;
  lq_tf: string;
  region_emp_per_tf: string;
  cluster_emp_per_tf: string;
  emp_tl_rank_i: string;
  lq_tf_rank_i: string;
  qualifying_b: string;
  significant_b: string;
  strong_b: string;
  strong10_b: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid)
    ? ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
    : (sorted[Math.floor(mid)] as number);
};

/** Reads the published results and computes the metrics from their employment and establishments. */
function loadGolden() {
  const published = (parse(readFileSync(file), { columns: true }) as Published[]).filter(
    (row) => row.traded_b === 'TRUE',
  );
  const withJobs = published.filter((row) => Number(row.emp_tl) > 0);

  // The nation per cluster: emp_tl / cluster_emp_per_tf (a state's share of the nation's cluster).
  const nationalByCluster = new Map<string, number[]>();
  for (const row of withJobs) {
    const list = nationalByCluster.get(row.cluster_code_t) ?? [];
    list.push(Number(row.emp_tl) / Number(row.cluster_emp_per_tf));
    nationalByCluster.set(row.cluster_code_t, list);
  }
  const national = new Map(
    [...nationalByCluster].map(([code, list]) => [code, Math.round(median(list))]),
  );
  const nationalTraded = [...national.values()].reduce((sum, value) => sum + value, 0);

  const rows: StatsRow[] = published.map((row) => ({
    region: row.region_code_t,
    industry: row.cluster_code_t,
    year: 2016,
    employment: Number(row.emp_tl),
    establishments: Number(row.est_tl),
  }));
  for (const [industry, employment] of national)
    rows.push({ region: 'US', industry, year: 2016, employment });
  const { definition, errors } = buildClusterDefinition(
    [...new Map(published.map((row) => [row.cluster_code_t, row])).values()].map((row) => ({
      industry: row.cluster_code_t,
      cluster: row.cluster_code_t,
      type: 'traded',
      clusterName: row.cluster_name_t,
    })),
  );
  const metrics = computeClusterMetrics(statsTableFromRows(rows), definition, {
    benchmarkRegion: 'US',
  });
  const computed = new Map<string, number>();
  for (let i = 0; i < metrics.length; i++) {
    const unit = metrics.units[metrics.unit[i] as number];
    computed.set(`${metrics.regions[metrics.region[i] as number]}/${unit?.cluster}`, i);
  }
  const at = (row: Published) => computed.get(`${row.region_code_t}/${row.cluster_code_t}`);
  return { published, withJobs, national, nationalTraded, errors, metrics, at };
}

describe.skipIf(!existsSync(file))(
  'US Cluster Mapping 2016 state results (needs ../shared/data)',
  () => {
    let golden: ReturnType<typeof loadGolden>;
    // Loaded here, not while collecting: the suite is collected even when skipped.
    beforeAll(() => {
      golden = loadGolden();
    });

    it('has 2,550 traded rows, 51 clusters and a valid identity definition', () => {
      const { published, national, errors } = golden;
      expect(published).toHaveLength(2550);
      expect(national.size).toBe(51);
      expect(errors).toEqual([]);
    });

    it('derives a national benchmark that the published shares agree on to 1e-6', () => {
      const { published, withJobs, national, nationalTraded } = golden;
      const tradedByState = new Map<string, number>();
      for (const row of published) {
        const state = row.region_code_t;
        tradedByState.set(state, (tradedByState.get(state) ?? 0) + Number(row.emp_tl));
      }
      for (const row of withJobs) {
        const clusterTotal = Number(row.emp_tl) / Number(row.cluster_emp_per_tf);
        expect(
          Math.abs(clusterTotal / (national.get(row.cluster_code_t) as number) - 1),
        ).toBeLessThan(1e-6);
        // LQ = state share / national share, so the national traded total follows from lq_tf.
        const impliedTraded = (clusterTotal * Number(row.lq_tf)) / Number(row.region_emp_per_tf);
        expect(Math.abs(impliedTraded / nationalTraded - 1)).toBeLessThan(1e-6);
        // region_emp_per_tf is the cluster's share of the state's traded employment.
        const stateTraded = Number(row.emp_tl) / Number(row.region_emp_per_tf);
        expect(
          Math.abs(stateTraded / (tradedByState.get(row.region_code_t) as number) - 1),
        ).toBeLessThan(1e-6);
      }
    });

    it('outputs exactly the state x cluster rows with employment, never the benchmark', () => {
      const { withJobs, metrics } = golden;
      expect(metrics.length).toBe(withJobs.length);
      expect(metrics.regions).toHaveLength(50);
      expect(metrics.regions).not.toContain('US');
    });

    it('reproduces lq_tf within 0.1% for every row with employment', () => {
      const { withJobs, metrics, at } = golden;
      const worst = Math.max(
        ...withJobs.map((row) =>
          Math.abs((metrics.lq[at(row) as number] as number) / Number(row.lq_tf) - 1),
        ),
      );
      expect(worst).toBeLessThan(0.001);
    });

    it('reproduces strong_b and strong10_b for all 2,550 traded rows', () => {
      const { published, metrics, at } = golden;
      const flag = (array: Uint8Array, row: Published) => {
        const i = at(row);
        return i === undefined ? 'FALSE' : array[i] === 1 ? 'TRUE' : 'FALSE';
      };
      const strongMismatches = published.filter(
        (row) => flag(metrics.strong, row) !== row.strong_b,
      );
      const strong10Mismatches = published.filter(
        (row) => flag(metrics.strong10, row) !== row.strong10_b,
      );
      expect(strongMismatches).toEqual([]);
      expect(strong10Mismatches).toEqual([]);
      expect(published.filter((row) => row.strong_b === 'TRUE')).toHaveLength(512);
      expect(published.filter((row) => row.strong10_b === 'TRUE')).toHaveLength(209);
    });

    it('reproduces qualifying_b and significant_b for all 2,550 traded rows', () => {
      const { published, metrics, at } = golden;
      const flag = (array: Uint8Array, row: Published) => {
        const i = at(row);
        return i === undefined ? 'FALSE' : array[i] === 1 ? 'TRUE' : 'FALSE';
      };
      expect(published.filter((row) => flag(metrics.qualifying, row) !== row.qualifying_b)).toEqual(
        [],
      );
      expect(
        published.filter((row) => flag(metrics.significant, row) !== row.significant_b),
      ).toEqual([]);
    });

    it('ranks states like the published lq_tf_rank_i, and emp_tl_rank_i where employment has no tie', () => {
      const { withJobs, metrics, at } = golden;
      const sameJobs = new Map<string, number>();
      for (const row of withJobs) {
        const key = `${row.cluster_code_t}/${row.emp_tl}`;
        sameJobs.set(key, (sameJobs.get(key) ?? 0) + 1);
      }
      const lqRanks = withJobs.filter(
        (row) => metrics.lqRank[at(row) as number] !== Number(row.lq_tf_rank_i),
      );
      const untied = withJobs.filter(
        (row) => sameJobs.get(`${row.cluster_code_t}/${row.emp_tl}`) === 1,
      );
      const jobRanks = untied.filter(
        (row) => metrics.employmentRank[at(row) as number] !== Number(row.emp_tl_rank_i),
      );
      expect(lqRanks).toEqual([]);
      expect(untied.length).toBeGreaterThan(2000);
      expect(jobRanks).toEqual([]);
    });

    it('gives each state its strong clusters for the related-cluster analysis, by code or name', () => {
      const { published, metrics } = golden;
      const byCode = strongClustersByRegion(metrics, 2016);
      const byName = strongClustersByRegion(metrics, 2016, 'name');
      const count = (map: Map<string, Set<string>>) =>
        [...map.values()].reduce((n, set) => n + set.size, 0);
      expect(byCode.size).toBe(50);
      expect(count(byCode)).toBe(512);
      const alabama = published.filter(
        (row) => row.region_code_t === '01' && row.strong_b === 'TRUE',
      );
      expect(byCode.get('01')).toEqual(new Set(alabama.map((row) => row.cluster_code_t)));
      expect(byName.get('01')).toEqual(new Set(alabama.map((row) => row.cluster_name_t)));
    });

    it('finds each state’s missing neighbours in the published relatedness matrix', () => {
      const { metrics } = golden;
      const matrix = (
        parse(readFileSync(`${dir}/relatedClusters.csv`), { columns: true }) as Record<
          string,
          string
        >[]
      ).map((row) => ({
        cluster: row.cluster_code as string,
        related: row.cluster_code_2 as string,
        score: Number(row.cr_all),
        percentile: Number(row.cr_all_pc),
      }));
      expect(matrix).toHaveLength(2601);
      const strong = strongClustersByRegion(metrics, 2016);
      const missing = relatedClusters(strong, matrix);
      expect(missing.length).toBeGreaterThan(100);
      for (const neighbour of missing) {
        const regionStrong = strong.get(neighbour.region) as Set<string>;
        expect(regionStrong.has(neighbour.cluster)).toBe(true);
        expect(regionStrong.has(neighbour.related)).toBe(false);
        expect(neighbour.percentile).toBeGreaterThanOrEqual(90);
      }
    });
  },
);
