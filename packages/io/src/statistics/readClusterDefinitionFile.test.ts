// Reading cluster definitions: the plain headings, the US benchmark crosswalk's headings, Turkish
// headings, XLSX, and errors placed by line and column; nothing returned when a row is wrong.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTable } from '../spreadsheet/writeTable';
import { readClusterDefinitionFile } from './readClusterDefinitionFile';

const dir = mkdtempSync(join(tmpdir(), 'kume-definitions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (content: string | Buffer, name = `d${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const crosswalk = fileURLToPath(
  new URL(
    '../../../../../shared/data/cluster-definitions/NAICS_crosswalks_to_Cluster_system__Emsi_NAICS_to_Porter_Cluster.csv',
    import.meta.url,
  ),
);

describe('readClusterDefinitionFile', () => {
  it('reads industry, cluster, type, subcluster and cluster_name', async () => {
    const result = await readClusterDefinitionFile(
      file(
        'industry,cluster,type,subcluster,cluster_name\n336411,AERO,traded,Aircraft,Aerospace\n336412,AERO,Traded,Aircraft,\n722511,REST,local,,Restaurants\n',
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.definition?.clusters.map((c) => [c.code, c.name, c.type])).toEqual([
      ['AERO', 'Aerospace', 'traded'],
      ['REST', 'Restaurants', 'local'],
    ]);
    expect(result.definition?.industries.map((i) => i.code)).toEqual([
      '336411',
      '336412',
      '722511',
    ]);
  });

  it('reads Turkish headings and type names', async () => {
    const result = await readClusterDefinitionFile(
      file('Sektör;Küme;Tür;Küme Adı\n24.51;DOKUM;ticari;Döküm\n56.10;YEME;Yerel;Yeme içme\n'),
    );
    expect(result.definition?.clusters.map((c) => [c.code, c.name, c.type])).toEqual([
      ['DOKUM', 'Döküm', 'traded'],
      ['YEME', 'Yeme içme', 'local'],
    ]);
  });

  it('reads an XLSX workbook', async () => {
    const bytes = await writeTable(
      'xlsx',
      ['industry', 'cluster', 'type'],
      [['336411', 'AERO', 'traded']],
    );
    const result = await readClusterDefinitionFile(file(bytes, 'definition.xlsx'));
    expect(result.definition?.industries).toHaveLength(1);
  });

  it('places row errors by line and the column of the field', async () => {
    const result = await readClusterDefinitionFile(
      file('industry,cluster,type\n336411,AERO,traded\n336411,AUTO,traded\n336999,AERO,export\n'),
    );
    expect(result.definition).toBeNull();
    expect(result.errors).toEqual([
      {
        line: 3,
        column: 2,
        message: 'cluster: industry 336411 is already in cluster "AERO" (row 2)',
      },
      { line: 4, column: 3, message: 'type: unknown type "export": use traded or local' },
    ]);
  });

  it('names missing columns, and an empty or headings-only file', async () => {
    const missing = await readClusterDefinitionFile(file('industry,name\n1,x\n'));
    expect(missing.errors[0]?.message).toContain('missing columns cluster, type');
    const empty = await readClusterDefinitionFile(file(''));
    expect(empty.errors[0]?.message).toContain('is empty');
    const headings = await readClusterDefinitionFile(file('industry,cluster,type\n'));
    expect(headings.errors).toEqual([
      { line: 2, column: 1, message: 'the file has a heading row but no clusters' },
    ]);
  });
});

describe.skipIf(!existsSync(crosswalk))('the US benchmark crosswalk (needs ../shared/data)', () => {
  it('reads it by its headings: 51 traded clusters and 992 codes', async () => {
    const result = await readClusterDefinitionFile(crosswalk);
    expect(result.errors).toEqual([]);
    const clusters = result.definition!.clusters;
    expect(clusters.filter((c) => c.type === 'traded')).toHaveLength(51);
    expect(result.definition!.industries).toHaveLength(992);
    expect(clusters[0]?.subclusters.length).toBeGreaterThan(0);
  });
});
