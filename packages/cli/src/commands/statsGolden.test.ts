// Golden test (issue 3, 5b): `kume stats clusters` on the real CBP state file with the US benchmark
// crosswalk gives, for 2011, what a plain computation over row objects written here gives: fill
// suppressed cells, sum 6-digit rows per state x cluster, LQs, quantiles, flags and stars.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKume } from '../../test/runKume';

const shared = (path: string) =>
  fileURLToPath(new URL(`../../../../../shared/data/${path}`, import.meta.url));
const data = shared('cbp-state-naics/cbp_state_naics_2000_2011.csv');
const crosswalk = shared(
  'cluster-definitions/NAICS_crosswalks_to_Cluster_system__Emsi_NAICS_to_Porter_Cluster.csv',
);
const YEAR = '2011';
const FILL: Record<string, number> = {
  A: 10,
  B: 60,
  C: 175,
  E: 375,
  F: 750,
  G: 1750,
  H: 3750,
  I: 7500,
  J: 17500,
  K: 37500,
  L: 75000,
  M: 100000,
};

interface Expected {
  employment: number;
  establishments: number;
  type: string;
  lq: number;
  lqTotal: number;
  flags: Record<string, boolean>;
}

/** Type-7 quantile (linear interpolation), as numpy's default, of numbers in any order. */
function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (h - low);
}

/** The reference: row objects and loops, no Kume code. */
function reference(): Map<string, Expected> {
  const definition = new Map<string, { cluster: string; type: string }>();
  for (const row of parse(readFileSync(crosswalk), { columns: true, trim: true }) as Record<
    string,
    string
  >[])
    definition.set(row.NAICS!, { cluster: row.Cluster!, type: row.TradedLocal!.toLowerCase() });

  // The CBP file has no quoted fields: a split is enough.
  const rows = readFileSync(data, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((f) => f[2] === YEAR && /^\d{6}$/.test(f[0]!))
    .map(([naics, state, , emp, , flag, est]) => ({
      naics: naics!,
      state: state!,
      employment: flag && !(Number(emp) > 0) ? FILL[flag]! : Number(emp),
      establishments: Number(est),
    }));

  const totals = new Map<string, { traded: number; local: number; all: number }>();
  const cells = new Map<
    string,
    { state: string; cluster: string; type: string; employment: number; establishments: number }
  >();
  for (const row of rows) {
    const total = totals.get(row.state) ?? { traded: 0, local: 0, all: 0 };
    totals.set(row.state, total);
    total.all += row.employment;
    const defined = definition.get(row.naics);
    if (!defined) continue;
    if (defined.type === 'traded') total.traded += row.employment;
    else total.local += row.employment;
    const key = `${row.state}|${defined.cluster}`;
    const cell = cells.get(key) ?? {
      state: row.state,
      cluster: defined.cluster,
      type: defined.type,
      employment: 0,
      establishments: 0,
    };
    cells.set(key, cell);
    cell.employment += row.employment;
    cell.establishments += row.establishments;
  }
  const nation = { traded: 0, local: 0, all: 0 };
  for (const total of totals.values()) {
    nation.traded += total.traded;
    nation.local += total.local;
    nation.all += total.all;
  }
  const nationCluster = new Map<string, number>();
  for (const cell of cells.values())
    nationCluster.set(cell.cluster, (nationCluster.get(cell.cluster) ?? 0) + cell.employment);

  const expected = new Map<string, Expected>();
  for (const [key, cell] of cells) {
    if (!(cell.employment > 0)) continue;
    const total = totals.get(cell.state)!;
    const national = nationCluster.get(cell.cluster)!;
    const traded = cell.type === 'traded';
    expected.set(key, {
      employment: cell.employment,
      establishments: cell.establishments,
      type: cell.type,
      lq:
        cell.employment /
        (traded ? total.traded : total.local) /
        (national / (traded ? nation.traded : nation.local)),
      lqTotal: cell.employment / total.all / (national / nation.all),
      flags: {},
    });
  }
  for (const cluster of nationCluster.keys()) {
    const members = [...expected].filter(([key]) => key.endsWith(`|${cluster}`));
    // US Cluster Mapping flags, traded clusters only, over the states with jobs in the cluster.
    const isTraded = members[0]?.[1].type === 'traded';
    const lqs = members.map(([, e]) => e.lq);
    const [lq25, lq50, lq75, lq90] = [0.25, 0.5, 0.75, 0.9].map((p) => quantile(lqs, p));
    const emp25 = quantile(
      members.map(([, e]) => e.employment),
      0.25,
    );
    const est25 = quantile(
      members.map(([, e]) => e.establishments),
      0.25,
    );
    // Stars: every state with jobs competes, those without the cluster with 0.
    const states = [...totals].filter(([, t]) => t.all > 0);
    const jobsOf = (state: string) => expected.get(`${state}|${cluster}`)?.employment ?? 0;
    const shareOf = (state: string) => jobsOf(state) / totals.get(state)!.all;
    const rank = (value: number, all: number[]) => 1 + all.filter((other) => other > value).length;
    const top = states.length * 0.1 + 1e-9;
    for (const [key, e] of members) {
      const state = key.split('|')[0]!;
      const sizeable = isTraded && e.employment > emp25! && e.establishments > est25!;
      e.flags = {
        qualifying: sizeable && e.lq > lq25!,
        significant: sizeable && e.lq > lq50!,
        strong: sizeable && e.lq >= lq75! && e.lq >= 1,
        strong10: sizeable && e.lq >= lq90! && e.lq >= 1,
        stars_size:
          rank(
            jobsOf(state),
            states.map(([s]) => jobsOf(s)),
          ) <= top,
        stars_specialisation: e.lqTotal >= 2,
        stars_focus:
          rank(
            shareOf(state),
            states.map(([s]) => shareOf(s)),
          ) <= top,
      };
    }
  }
  return expected;
}

describe.skipIf(!existsSync(data) || !existsSync(crosswalk))(
  'kume stats clusters on the CBP state file, 2011, against a plain computation (needs ../shared/data)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'kume-golden-'));
    const out = join(dir, 'clusters.csv');
    let computed: Map<string, Record<string, string>>;
    let expected: Map<string, Expected>;
    let stderr = '';
    beforeAll(async () => {
      const run = await runKume([
        'stats',
        'clusters',
        '--data',
        data,
        '--definitions',
        crosswalk,
        '--year',
        YEAR,
        '--out',
        out,
      ]);
      expect(run.code).toBe(0);
      stderr = run.stderr;
      const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
      computed = new Map(rows.map((row) => [`${row.region}|${row.cluster}`, row]));
      expected = reference();
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('has the same state x cluster rows: every one with jobs in 2011, no other', () => {
      expect(expected.size).toBeGreaterThan(2500);
      expect([...computed.keys()].sort()).toEqual([...expected.keys()].sort());
    });

    it('has the same employment, establishments, type and both location quotients', () => {
      for (const [key, e] of expected) {
        const row = computed.get(key)!;
        expect({
          key,
          employment: Number(row.employment),
          establishments: Number(row.establishments),
          type: row.type,
        }).toEqual({
          key,
          employment: e.employment,
          establishments: e.establishments,
          type: e.type,
        });
        expect(Math.abs(Number(row.lq) - e.lq) / e.lq, key).toBeLessThan(1e-12);
        expect(Math.abs(Number(row.lq_total) - e.lqTotal) / e.lqTotal, key).toBeLessThan(1e-12);
      }
    });

    it('has the same US Cluster Mapping flags and European Cluster Observatory stars', () => {
      let strong = 0;
      for (const [key, e] of expected) {
        const row = computed.get(key)!;
        const flags = Object.fromEntries(
          Object.keys(e.flags).map((flag) => [flag, row[flag] === 'true']),
        );
        expect({ key, ...flags }).toEqual({ key, ...e.flags });
        if (e.flags.strong) strong += 1;
      }
      expect(strong).toBeGreaterThan(100);
    });

    it('reports the 6-digit codes the crosswalk does not cover, with their jobs', () => {
      expect(stderr).toMatch(/\d+ industry codes of the data are in no cluster/);
      expect(stderr).toContain('722211'); // NAICS 2002 "limited-service restaurants", not in the 2012 crosswalk
    });
  },
);
