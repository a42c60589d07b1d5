// `kume stats derive-definitions` on small hand-made files: the definitions file it writes (read
// back by Kume's definition import), the scores it prints, and bad input ending with exit code 2
// and a message naming the file, option or industries.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adjustedRandIndex } from '@kume/core/stats/derive/adjustedRandIndex';
import { readClusterDefinitionFile } from '@kume/io/statistics';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runKume } from '../../test/runKume';

const dir = mkdtempSync(join(tmpdir(), 'kume-derive-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Six regions; industries 111111-111113 are big where 222221-222223 are small and the other way
// round, so co-location plants two groups. 999999 is local in the definition. Region EMPTY has
// only zeros in 2020.
const groupA = [100, 90, 10, 5, 80, 12];
const groupB = [8, 12, 95, 100, 15, 85];
const regions = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];
const lines = ['region,industry,year,employment,establishments'];
regions.forEach((region, r) => {
  [1, 2, 3].forEach((k) => {
    lines.push(`${region},11111${k},2020,${groupA[r]! + k * 3},${Math.ceil(groupA[r]! / 10) + k}`);
    lines.push(`${region},22222${k},2020,${groupB[r]! + k * 2},${Math.ceil(groupB[r]! / 10) + k}`);
  });
  lines.push(`${region},999999,2020,${50 + r},5`);
});
lines.push('EMPTY,111111,2020,0,0', 'R1,111111,2018,5,1');
const data = file('data.csv', lines.join('\n'));
const codes = ['111111', '111112', '111113', '222221', '222222', '222223'];
const definitions = file(
  'definitions.csv',
  [
    'industry,cluster,type',
    ...codes.map((code) => `${code},${code.startsWith('1') ? 'Metal' : 'Food'},traded`),
    '999999,Local,local',
  ].join('\n'),
);
// IO codes 111 and 222 sell to each other a little and much to themselves; 999 is not in it.
const io = file(
  'io.csv',
  'supplier,industry,coefficient\n111,111,0.3\n222,111,0.01\n111,222,0.02\n222,222,0.25\nVA,111,0.6\nVA,222,0.7\n',
);
const concordance = file(
  'concordance.csv',
  'industry,io_code\n111111,111\n111112,111\n111113,111\n222221,222\n222222,222\n',
);

const derive = (...args: string[]) =>
  runKume(['stats', 'derive-definitions', '--data', data, ...args]);

describe('kume stats derive-definitions', () => {
  it('writes a definitions file Kume imports, with the planted groups as clusters', async () => {
    const out = join(dir, 'derived.csv');
    const run = await derive(
      '--definitions',
      definitions,
      '--io',
      io,
      '--clusters',
      '2',
      '--method',
      'hierarchical',
      '--out',
      out,
    );
    expect(run.stderr).toContain(
      '2 clusters of 6 industries (hierarchical) from 6 regions in 2020',
    );
    expect(run.code).toBe(0);
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['industry', 'cluster', 'type', 'cluster_name']);
    expect(rows.map((row) => row.industry).sort()).toEqual(codes);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['traded']));
    const derived = rows.map((row) => (row.cluster === 'D01' ? 0 : 1));
    const planted = rows.map((row) => (row.industry!.startsWith('1') ? 0 : 1));
    expect(adjustedRandIndex(derived, planted)).toBe(1);
    const imported = await readClusterDefinitionFile(out);
    expect(imported.errors).toEqual([]);
    expect(imported.definition?.clusters.map((c) => c.name)).toEqual([
      'Derived cluster 1',
      'Derived cluster 2',
    ]);
  });

  it('prints the scores on standard output, with the comparison to --definitions', async () => {
    const out = join(dir, 'scored.csv');
    const run = await derive(
      '--definitions',
      definitions,
      '--io',
      io,
      '--clusters',
      '2',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Validation scores (Delgado, Porter & Stern 2016) of 5 clusterings of 6 industries',
    );
    expect(run.stdout).toMatch(/co-location of employment \(share\)\s+1\.000\s+1\.000/);
    expect(run.stdout).toMatch(/input-output\s+1\.000\s+1\.000/);
    expect(run.stdout).toContain(
      'Adjusted Rand index of the best and definitions.csv: 1.000 over 6 industries; 0 moved',
    );
  });

  it('writes the definitions to standard output without --out, and the scores to standard error', async () => {
    const run = await derive('--clusters', '2', '--method', 'kmeans', '--level', '6');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('industry,cluster,type,cluster_name');
    // Without --definitions every industry of the level is clustered, 999999 too.
    expect(run.stdout).toContain('999999,');
    expect(run.stderr).toContain('Validation scores');
  });

  it('reports regions without data and industries missing from the IO table on standard error', async () => {
    const run = await derive('--io', io, '--io-concordance', concordance, '--clusters', '2');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('kume: 1 regions have no data in 2020 and are left out: EMPTY');
    expect(run.stderr).toContain(
      'kume: input-output: 2 industries not in the input-output table (no value for this measure): 222223, 999999',
    );
    expect(run.stderr).toContain('(IO industries placed by');
  });

  it('measures co-location on employment alone when the data has no establishments', async () => {
    const noEstablishments = file(
      'no-establishments.csv',
      lines.map((line, i) => (i === 0 ? line : line.replace(/,[^,]*$/, ',0'))).join('\n'),
    );
    const run = await runKume([
      'stats',
      'derive-definitions',
      '--data',
      noEstablishments,
      '--definitions',
      definitions,
      '--clusters',
      '2',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'has no establishments in 2020: co-location is measured on employment only',
    );
    expect(run.stderr).toContain('measures: co-location of employment (share);');
  });

  it('exits 2 when K is larger than the number of industries, or below 2', async () => {
    const many = await derive('--definitions', definitions, '--clusters', '7');
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('7 clusters is more than the 6 industries to cluster');
    const one = await derive('--clusters', '1');
    expect(one.code).toBe(2);
    expect(one.stderr).toContain(
      'the number of clusters must be a whole number of at least 2, got 1',
    );
    const word = await derive('--clusters', 'many');
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('--clusters: "many" is neither a whole number nor auto');
  });

  it('exits 2 when every region is alike: the correlation is undefined, the industries named', async () => {
    const alike = file(
      'alike.csv',
      [
        'region,industry,year,employment,establishments',
        ...['A', 'B', 'C'].flatMap((r) => [`${r},111111,2020,10,1`, `${r},222221,2020,20,2`]),
      ].join('\n'),
    );
    const run = await runKume(['stats', 'derive-definitions', '--data', alike, '--clusters', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'the correlation is undefined: every industry has the same share in every region (no variance): 111111, 222221',
    );
  });

  it('exits 2 with file, line and column for a bad concordance, and names missing files and years', async () => {
    const bad = file('bad-concordance.csv', 'industry,io_code\n111111,111\n111111,222\n');
    const run = await derive('--io', io, '--io-concordance', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${bad}:3:2: industry 111111 is in IO code 111 on line 2 and 222 here`,
    );
    const missing = await derive('--io', join(dir, 'nothing.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--io: ');
    expect(missing.stderr).toContain('does not exist');
    const alone = await derive('--io-concordance', concordance);
    expect(alone.stderr).toContain('--io-concordance needs --io');
    const year = await derive('--year', '2015');
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('has no rows for 2015 (it has 2018, 2020)');
  });
});
