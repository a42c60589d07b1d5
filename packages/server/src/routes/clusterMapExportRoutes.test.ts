// The cluster map export through the API: the sample's workbook read back, CSV tables with their
// headings in each language, a hostile organisation name kept as text, and who may download.

import { setMemberRole } from '@kume/db';
import { readTable } from '@kume/io';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { ClusterMapView } from '../apiTypes';
import { createSampleProject } from '../sampleProject';

describe('cluster map export', () => {
  let t: TestApp;
  let owner: Agent;
  let viewer: Agent;
  let stranger: Agent;
  let slug: string;
  let map: ClusterMapView;
  const exportUrl = (query: string) => `/api/projects/${slug}/cluster-map/export?${query}`;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    viewer = await t.signUp('viewer@example.com');
    stranger = await t.signUp('stranger@example.com');
    const result = await createSampleProject(t.database.db, new Date('2026-03-01T10:00:00Z'), {
      owner: { id: owner.userId ?? '', email: 'owner@example.com' },
    });
    slug = result?.project.slug ?? '';
    await setMemberRole(t.database.db, result?.project.id ?? '', viewer.userId ?? '', 'viewer');
    map = expectStatus(await owner.get(`/api/projects/${slug}/cluster-map`), 200).json();
  });
  afterAll(() => t.close());

  it('a viewer downloads the sample as a workbook of organisations and relations', async () => {
    const response = expectStatus(await viewer.get(exportUrl('format=xlsx&lang=en')), 200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${slug}-cluster-map.xlsx"`,
    );
    const organisations = await readTable(response.rawPayload, 'map.xlsx', 'Organisations');
    expect(organisations.sheets).toEqual(['Organisations', 'Relations']);
    expect(organisations.headings).toHaveLength(23);
    expect(organisations.headings.slice(0, 5)).toEqual(['ID', 'Name', 'Type', 'Stage ID', 'Stage']);
    expect(organisations.rows).toHaveLength(map.nodes.length);
    const column = (name: string) => organisations.headings.indexOf(name);
    const brokerRows = organisations.rows.filter((row) => row[column('Broker')] === 'yes');
    expect(brokerRows.map((row) => row[0]).sort()).toEqual([...map.summary.brokers].sort());
    const placed = map.nodes.find((n) => n.stageId !== null)!;
    const row = organisations.rows.find((r) => r[0] === placed.id)!;
    const stage = map.chain.stages.find((s) => s.id === placed.stageId)!;
    expect(row[column('Stage')]).toBe(stage.name.en);
    expect(Number(row[column('Degree')])).toBe(placed.metrics.degree);
    expect(Number(row[column('Betweenness')])).toBeCloseTo(placed.metrics.betweenness ?? 0, 9);
    expect(Number(row[column('Community')])).toBe(placed.metrics.community);

    const relations = await readTable(response.rawPayload, 'map.xlsx', 'Relations');
    expect(relations.headings).toEqual([
      'Source ID',
      'Source',
      'Target ID',
      'Target',
      'Relation type',
      'Share (%)',
      'Frequency',
      'Location',
      'Confirmed',
      'Reported by',
    ]);
    expect(relations.rows).toHaveLength(196);
    const names = new Map(map.nodes.map((n) => [n.id, n.name]));
    for (const [sourceId, source, targetId, target] of relations.rows) {
      expect(source).toBe(names.get(sourceId!));
      expect(target).toBe(names.get(targetId!));
    }
  });

  it('either table comes as CSV with a BOM and headings in Turkish or English', async () => {
    const nodes = expectStatus(await owner.get(exportUrl('format=nodes-csv&lang=tr')), 200);
    expect(nodes.headers['content-type']).toContain('text/csv');
    expect(nodes.headers['content-disposition']).toBe(
      `attachment; filename="${slug}-cluster-map-organisations.csv"`,
    );
    expect(nodes.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const nodeTable = await readTable(nodes.rawPayload, 'nodes.csv');
    expect(nodeTable.headings.slice(0, 3)).toEqual(['Kimlik', 'Ad', 'Tür']);
    expect(nodeTable.headings.at(-1)).toBe('Aracı');
    expect(nodeTable.rows).toHaveLength(map.nodes.length);
    const brokers = nodeTable.rows.filter((row) => row.at(-1) === 'evet').length;
    expect(brokers).toBe(map.summary.brokers.length);
    expect(nodeTable.rows.filter((row) => row.at(-1) === 'hayır')).toHaveLength(
      map.nodes.length - brokers,
    );

    const edges = expectStatus(await owner.get(exportUrl('format=edges-csv&lang=en')), 200);
    expect(edges.headers['content-disposition']).toBe(
      `attachment; filename="${slug}-cluster-map-relations.csv"`,
    );
    const edgeTable = await readTable(edges.rawPayload, 'edges.csv');
    expect(edgeTable.headings[0]).toBe('Source ID');
    expect(edgeTable.rows).toHaveLength(196);
  });

  it("headings follow the user's language when no lang is given", async () => {
    const response = expectStatus(await owner.get(exportUrl('format=edges-csv')), 200);
    const table = await readTable(response.rawPayload, 'edges.csv');
    expect(['Kaynak kimliği', 'Source ID']).toContain(table.headings[0]);
    const other = table.headings[0] === 'Source ID' ? 'tr' : 'en';
    const switched = await readTable(
      expectStatus(await owner.get(exportUrl(`format=edges-csv&lang=${other}`)), 200).rawPayload,
      'edges.csv',
    );
    expect(switched.headings[0]).not.toBe(table.headings[0]);
  });

  it('an organisation named like a formula stays text in the workbook and the CSV', async () => {
    const own = await createProject(owner, 'Formül kümesi');
    const hostile = '=HYPERLINK("http://example.com","click")';
    const a = await addOrganisation(owner, own, { name: hostile, type: 'firm' });
    const b = await addOrganisation(owner, own, { name: '+90 232 000 00 00', type: 'supplier' });
    expectStatus(
      await owner.post(`/api/projects/${own}/relations`, {
        sourceOrganisationId: a,
        targetOrganisationId: b,
        relationType: 'supplier',
      }),
      201,
    );
    const base = `/api/projects/${own}/cluster-map/export`;
    const xlsx = expectStatus(await owner.get(`${base}?format=xlsx&lang=en`), 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    const nameCell = cells.find((cell) => String(cell.value).includes('HYPERLINK'));
    expect(nameCell?.value).toBe(`'${hostile}`);
    expect(cells.map((cell) => cell.value)).toContain("'+90 232 000 00 00");

    const csv = expectStatus(await owner.get(`${base}?format=edges-csv&lang=en`), 200);
    const text = csv.rawPayload.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://example.com"",""click"")"`);
    const table = await readTable(csv.rawPayload, 'edges.csv');
    expect(table.rows[0]?.[1]).toBe(hostile);
  });

  it('a stranger cannot download; an unknown format is refused naming the query field', async () => {
    expectStatus(await stranger.get(exportUrl('format=xlsx')), 404);
    const bad = expectStatus(await owner.get(exportUrl('format=gexf')), 400).json() as {
      error: { issues: { path: string }[] };
    };
    expect(bad.error.issues[0]?.path).toContain('format');
    expectStatus(await owner.get(exportUrl('lang=de')), 400);
  });
});
