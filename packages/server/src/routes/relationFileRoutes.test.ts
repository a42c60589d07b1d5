// Relations imported from a CSV/XLSX through the API: preview and suggested mapping, a dry run
// that writes nothing, every kind of bad row named by row and column, all or nothing, duplicates
// of the project's relations skipped, hostile text kept as text, and 100,000 rows on 5,000
// organisations in one request.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '@kume/io';
import { createProject, expectStatus, upload } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { RelationImportResultView } from './relationFileRoutes';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('relation import', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Relation import cluster');
    const registry = [
      'name,type',
      'Ege Döküm A.Ş.,firm',
      'İzmir Makina,firm',
      'Aydın Gıda,firm',
      `"${HOSTILE}",firm`,
    ].join('\n');
    expectStatus(
      await upload(owner, `/api/projects/${slug}/organisations/import`, 'orgs.csv', registry, {
        dryRun: false,
      }),
      200,
    );
  });
  afterAll(() => t.close());

  const importUrl = (s = slug) => `/api/projects/${s}/relations/import`;
  const run = async (csv: string, options: Record<string, unknown> = {}, s = slug) =>
    upload(owner, importUrl(s), 'relations.csv', csv, options);
  const check = async (csv: string, s = slug) =>
    expectStatus(await run(csv, {}, s), 200).json() as RelationImportResultView;
  const relationCount = async (s = slug) =>
    (expectStatus(await owner.get(`/api/projects/${s}/relations`), 200).json() as unknown[]).length;
  const csvOf = (...rows: string[]) => ['source,target,type,share', ...rows].join('\n');

  it('previews a Turkish file with the suggested mapping', async () => {
    const csv = 'Kaynak;Hedef;İlişki türü;Pay\nEge Döküm A.Ş.;İzmir Makina;Tedarikçi;40\n';
    const response = await upload(owner, `${importUrl()}/preview`, 'iliskiler.csv', csv);
    expect(expectStatus(response, 200).json()).toMatchObject({
      fileName: 'iliskiler.csv',
      headings: ['Kaynak', 'Hedef', 'İlişki türü', 'Pay'],
      rowCount: 1,
      suggestedMapping: { source: 0, target: 1, type: 2, share: 3 },
    });
  });

  it('a dry run (the default) reports what would be added and writes nothing', async () => {
    const result = await check(csvOf('EGE DÖKÜM A.Ş.,izmir makina,Tedarikçi,40'));
    expect(result).toMatchObject({
      dryRun: true,
      rowsRead: 1,
      toAdd: 1,
      errorCount: 0,
      created: 0,
    });
    expect(result.preview).toEqual([
      {
        row: 2,
        source: 'Ege Döküm A.Ş.',
        target: 'İzmir Makina',
        relationType: 'supplier',
        sharePercent: 40,
        confirmed: false,
      },
    ]);
    expect(await relationCount()).toBe(0);
  });

  it.each([
    [
      'an unknown name, with the nearest registry name',
      'Ege Dokum AS,Aydın Gıda,supplier,',
      'A (source)',
      'unknown_organisation',
    ],
    ['a self-loop', 'Aydın Gıda,aydin gida,supplier,', 'B (target)', 'self_loop'],
    ['a negative share', 'Aydın Gıda,İzmir Makina,supplier,-1', 'D (share)', 'share_out_of_range'],
    [
      'a share above 100',
      'Aydın Gıda,İzmir Makina,supplier,140',
      'D (share)',
      'share_out_of_range',
    ],
    ['an unknown type', 'Aydın Gıda,İzmir Makina,friend,', 'C (type)', 'unknown_type'],
  ])(
    'refuses %s: the error names row and column, and nothing is imported',
    async (_, row, column, code) => {
      const csv = csvOf('Ege Döküm A.Ş.,İzmir Makina,supplier,10', row);
      const response = await run(csv, { dryRun: false });
      expect(response.statusCode).toBe(422);
      const details = response.json().error.details as RelationImportResultView;
      expect(details.errors).toMatchObject([{ row: 3, column, code }]);
      if (code === 'unknown_organisation')
        expect(details.errors[0]?.params).toEqual({ suggestion: 'Ege Döküm A.Ş.' });
      expect(await relationCount()).toBe(0);
    },
  );

  it('merges exact repeats in the file and refuses contradicting ones', async () => {
    const merged = await check(
      csvOf('Aydın Gıda,İzmir Makina,customer,5', 'Aydın Gıda,İzmir Makina,customer,5'),
    );
    expect(merged).toMatchObject({
      toAdd: 1,
      repeated: { count: 1, rows: [{ row: 3, firstRow: 2 }] },
    });
    const refused = await check(
      csvOf('Aydın Gıda,İzmir Makina,customer,5', 'Aydın Gıda,İzmir Makina,customer,6'),
    );
    expect(refused.errors).toMatchObject([{ row: 3, code: 'conflicting_duplicate' }]);
  });

  it('lists the first 100 errors of a file full of them and counts them all', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Nobody ${i},Aydın Gıda,supplier,`);
    const result = await check(csvOf(...rows));
    expect(result.errors).toHaveLength(100);
    expect(result.errorCount).toBe(300);
  });

  it('keeps a hostile name as text in the registry match, the relation and the report', async () => {
    const s = await createProject(owner, 'Hostile relations');
    expectStatus(
      await upload(
        owner,
        `/api/projects/${s}/organisations/import`,
        'o.csv',
        `name,type\n"${HOSTILE}",firm\nB,firm\n`,
        {
          dryRun: false,
        },
      ),
      200,
    );
    const unknown = await check(csvOf(`"${HOSTILE}x",B,supplier,`), s);
    expect(unknown.errors[0]).toMatchObject({
      value: `${HOSTILE}x`,
      params: { suggestion: HOSTILE },
    });
    expectStatus(await run(csvOf(`"${HOSTILE}",B,supplier,`), { dryRun: false }, s), 200);
    const [stored] = expectStatus(await owner.get(`/api/projects/${s}/relations`), 200).json() as {
      source: { name: string };
      sourceFile: string;
    }[];
    expect(stored).toMatchObject({ source: { name: HOSTILE }, sourceFile: 'relations.csv' });
  });

  it('imports an XLSX with the file name as provenance, then reports a re-import as duplicates', async () => {
    const s = await createProject(owner, 'Reimport cluster');
    expectStatus(
      await upload(
        owner,
        `/api/projects/${s}/organisations/import`,
        'o.csv',
        'name,type\nA,firm\nB,firm\nC,firm\n',
        {
          dryRun: false,
        },
      ),
      200,
    );
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Relations').addRows([
      ['Source', 'Target', 'Type', 'Confirmed'],
      ['A', 'B', 'supplier', 'evet'],
      ['B', 'C', 'Müşteri', 'hayır'],
    ]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const first = await upload(owner, importUrl(s), 'edges.xlsx', bytes, { dryRun: false });
    expect(expectStatus(first, 200).json()).toMatchObject({ created: 2, toAdd: 2 });
    const again = await upload(owner, importUrl(s), 'edges.xlsx', bytes, { dryRun: false });
    expect(expectStatus(again, 200).json()).toMatchObject({
      created: 0,
      toAdd: 0,
      existing: { count: 2, rows: [{ row: 2 }, { row: 3 }] },
    });
    const stored = expectStatus(await owner.get(`/api/projects/${s}/relations`), 200).json() as {
      sourceFile: string;
      confirmed: boolean;
      source: { id: string };
      target: { id: string };
    }[];
    expect(stored.map((r) => [r.sourceFile, r.confirmed])).toEqual([
      ['edges.xlsx', true],
      ['edges.xlsx', false],
    ]);
    // Deleting a relation recomputes the confirmations around it: the file's word stands.
    const [ab] = stored as [(typeof stored)[number]];
    const manual = expectStatus(
      await owner.post(`/api/projects/${s}/relations`, {
        sourceOrganisationId: ab.target.id,
        targetOrganisationId: ab.source.id,
        relationType: 'rd_partner',
      }),
      201,
    ).json() as { id: string };
    expectStatus(await owner.delete(`/api/projects/${s}/relations/${manual.id}`), 204);
    const after = expectStatus(await owner.get(`/api/projects/${s}/relations`), 200).json() as {
      confirmed: boolean;
    }[];
    expect(after.map((r) => r.confirmed)).toEqual([true, false]);
  });

  it('answers 413 with a clear message for a file above the upload limit', async () => {
    const big = 'source,target,type\n' + 'x'.repeat(MAX_UPLOAD_BYTES);
    const response = await run(big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toMatch(/at most 10 MB/);
  });

  it('is refused to a viewer', async () => {
    const viewer = await t.signUp('viewer@example.com');
    const response = await upload(viewer, importUrl(), 'r.csv', csvOf());
    expect([403, 404]).toContain(response.statusCode);
  });

  it('checks and imports 100,000 relations on 5,000 organisations, then finds them all duplicates', async () => {
    const s = await createProject(owner, 'Large network');
    const names = Array.from({ length: 5_000 }, (_, i) => `Organisation ${i}`);
    expectStatus(
      await upload(
        owner,
        `/api/projects/${s}/organisations/import`,
        'o.csv',
        `name,type\n${names.map((n) => `${n},firm`).join('\n')}`,
        {
          dryRun: false,
        },
      ),
      200,
    );
    // 20 distinct targets per source: (i, i + 1 + k * 37) never repeats a pair and never loops.
    const rows: string[] = [];
    for (let i = 0; i < 5_000; i += 1)
      for (let k = 0; k < 20; k += 1)
        rows.push(`${names[i]},${names[(i + 1 + k * 37) % 5_000]},supplier,${k}`);
    const csv = csvOf(...rows);

    let started = performance.now();
    const dry = expectStatus(await run(csv, {}, s), 200).json() as RelationImportResultView;
    const dryMs = performance.now() - started;
    expect(dry).toMatchObject({ rowsRead: 100_000, toAdd: 100_000, errorCount: 0 });
    expect(await relationCount(s)).toBe(0);

    started = performance.now();
    const done = expectStatus(
      await run(csv, { dryRun: false }, s),
      200,
    ).json() as RelationImportResultView;
    const importMs = performance.now() - started;
    expect(done.created).toBe(100_000);
    expect(await relationCount(s)).toBe(100_000);

    const again = expectStatus(await run(csv, {}, s), 200).json() as RelationImportResultView;
    expect(again).toMatchObject({ toAdd: 0, existing: { count: 100_000 } });
    expect(again.existing.rows).toHaveLength(100);
    console.info(
      `relation import, 100,000 rows: dry run ${Math.round(dryMs)} ms, import ${Math.round(importMs)} ms`,
    );
  }, 240_000);
});
