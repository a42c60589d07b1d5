// Reading a cluster relatedness matrix: the US Cluster Mapping columns or plain headings; scores
// and percentiles checked by line and column.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readRelatednessFile } from './readRelatednessFile';

const dir = mkdtempSync(join(tmpdir(), 'kume-relatedness-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string) => {
  const path = join(dir, `r${(files += 1)}.csv`);
  writeFileSync(path, text);
  return path;
};
const published = fileURLToPath(
  new URL('../../../../../shared/data/uscmp/relatedClusters.csv', import.meta.url),
);

describe('readRelatednessFile', () => {
  it('reads pairs and names from the published columns, in any order among others', async () => {
    const result = await readRelatednessFile(
      file(
        'pair_cluster,cluster_name,cluster_name_2,cr_all,cr_all_pc,cluster_code,cluster_code_2\n1_3,Aerospace,Apparel,-0.25,40,1,3\n3_1,Apparel,Aerospace,0.5,91,3,1\n',
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.matrix?.pairs).toEqual([
      { cluster: '1', related: '3', score: -0.25, percentile: 40 },
      { cluster: '3', related: '1', score: 0.5, percentile: 91 },
    ]);
    expect([...result.matrix!.names]).toEqual([
      ['1', 'Aerospace'],
      ['3', 'Apparel'],
    ]);
  });

  it('reads plain headings', async () => {
    const result = await readRelatednessFile(
      file('cluster,related,score,percentile\nA,B,1.5,95\n'),
    );
    expect(result.matrix?.pairs).toEqual([
      { cluster: 'A', related: 'B', score: 1.5, percentile: 95 },
    ]);
  });

  it('names bad scores, percentiles and empty codes by line and column', async () => {
    const result = await readRelatednessFile(
      file('cluster_code,cluster_code_2,cr_all,cr_all_pc\n1,2,high,50\n1,,0.1,150\n'),
    );
    expect(result.matrix).toBeNull();
    expect(result.errors).toEqual([
      { line: 2, column: 3, message: 'cr_all: "high" is not a number' },
      { line: 3, column: 2, message: 'cluster_code_2 is empty' },
      { line: 3, column: 4, message: 'cr_all_pc: 150 is not a percentile (0 to 100)' },
    ]);
  });

  it('names missing columns', async () => {
    const result = await readRelatednessFile(file('cluster_code,cr_all\n1,2\n'));
    expect(result.errors[0]?.message).toContain('missing columns related, percentile');
  });
});

describe.skipIf(!existsSync(published))('the published relatedness (needs ../shared/data)', () => {
  it('reads the 51 x 51 matrix with names', async () => {
    const result = await readRelatednessFile(published);
    expect(result.errors).toEqual([]);
    expect(result.matrix?.pairs).toHaveLength(2601);
    expect(result.matrix?.names.get('1')).toBe('Aerospace Vehicles and Defense');
  });
});
