// `kume stats definitions --builtin`: the shipped NACE definitions written as definitions files
// that Kume's own import reads back whole (CSV and XLSX), and bad options ending with exit code 2.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readClusterDefinitionFile } from '@kume/io/statistics';
import { afterAll, describe, expect, it } from 'vitest';
import { runKume } from '../../test/runKume';

const dir = mkdtempSync(join(tmpdir(), 'kume-stats-definitions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kume stats definitions', () => {
  it('writes the class definition as CSV that the definition import reads back: 615 classes, 68 clusters', async () => {
    const out = join(dir, 'nace.csv');
    const run = await runKume([
      'stats',
      'definitions',
      '--builtin',
      'nace-rev2-classes',
      '--out',
      out,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('industry,cluster,type,cluster_name,industry_name');
    expect(text).toContain(
      'C24.51,Upstream Metal Manufacturing,traded,Upstream Metal Manufacturing,Casting of iron',
    );
    const read = await readClusterDefinitionFile(out);
    expect(read.errors).toEqual([]);
    expect(read.definition?.industries).toHaveLength(615);
    expect(read.definition?.clusters).toHaveLength(68);
  });

  it('writes the division definition with Turkish names as XLSX', async () => {
    const out = join(dir, 'nace-divisions.xlsx');
    const run = await runKume([
      'stats',
      'definitions',
      '--builtin',
      'nace-rev2-divisions',
      '--language',
      'tr',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const read = await readClusterDefinitionFile(out);
    expect(read.definition?.industries).toHaveLength(88);
    const automotive = read.definition?.clusters.find((cluster) => cluster.code === 'Automotive');
    expect(automotive?.name).toBe('Otomotiv');
  });

  it('answers exit code 2 without --builtin or with an unknown definition', async () => {
    expect((await runKume(['stats', 'definitions'])).code).toBe(2);
    const unknown = await runKume(['stats', 'definitions', '--builtin', 'nace-rev2.1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('nace-rev2-classes');
  });
});
