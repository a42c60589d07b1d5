// The benchmark case library through the API: listed (shipped ones first), added, edited,
// deleted (own: gone; shipped: hidden until restored), validated, and closed to other projects'
// case ids and to viewers. Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCHMARK_CASES } from '@kume/core';
import { findProjectBySlug, setMemberRole } from '@kume/db';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { createTestApp, type Agent, type TestApp } from '../../test/testApp';

interface CaseItem {
  id: string;
  name: string;
  builtinKey: string | null;
  summary: { tr: string; en: string };
}

const ownCase = (name: string) => ({
  name,
  country: { tr: 'İtalya', en: 'Italy' },
  sector: { tr: 'Ambalaj makineleri', en: 'Packaging machinery' },
  founded: 2005,
  summary: { tr: 'Bologna ambalaj vadisi', en: 'The packaging valley of Bologna' },
  scale: { tr: '200 firma', en: '200 firms' },
  highlights: [{ tr: 'Ortak eğitim', en: 'Joint training' }],
  lessons: [{ tr: 'Tedarikçi ağları', en: 'Supplier networks' }],
  source: 'https://example.org/packaging-valley',
});

let t: TestApp;
let owner: Agent;
let viewer: Agent;
let slug: string;
let otherSlug: string;
const casesUrl = (s: string) => `/api/projects/${s}/benchmark-cases`;
const list = async (agent: Agent, s = slug) =>
  (expectStatus(await agent.get(casesUrl(s)), 200).json() as { items: CaseItem[] }).items;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('cases-owner@example.com');
  viewer = await t.signUp('cases-viewer@example.com');
  slug = await createProject(owner, 'Kıyas kümesi');
  otherSlug = await createProject(owner, 'Başka küme');
  const project = await findProjectBySlug(t.database.db, slug);
  await setMemberRole(t.database.db, project!.id, viewer.userId!, 'viewer');
});
afterAll(() => t.close());

describe('benchmark case routes', () => {
  it('lists the shipped cases first, each once, then adds an own case after them (201)', async () => {
    const shipped = await list(owner);
    expect(shipped.map((c) => c.builtinKey)).toEqual(BENCHMARK_CASES.map((c) => c.key));
    const created = await owner.post(casesUrl(slug), ownCase('Packaging Valley'));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Packaging Valley', builtinKey: null });
    const items = await list(owner);
    expect(items.map((c) => c.name).at(-1)).toBe('Packaging Valley');
    expect(items).toHaveLength(shipped.length + 1);
  });

  it('edits a case and deletes an own case for good (204, then 404)', async () => {
    const { id } = expectStatus(await owner.post(casesUrl(slug), ownCase('Draft')), 201).json() as {
      id: string;
    };
    const edited = expectStatus(
      await owner.put(`${casesUrl(slug)}/${id}`, ownCase('Mechatronics Cluster')),
      200,
    ).json() as CaseItem;
    expect(edited).toMatchObject({ id, name: 'Mechatronics Cluster' });
    expect((await owner.delete(`${casesUrl(slug)}/${id}`)).statusCode).toBe(204);
    expect((await owner.delete(`${casesUrl(slug)}/${id}`)).statusCode).toBe(404);
    expect((await owner.post(`${casesUrl(slug)}/restore`)).statusCode).toBe(200);
    expect((await list(owner)).map((c) => c.id)).not.toContain(id);
  });

  it('hides a deleted shipped case and shows it again on restore', async () => {
    const first = (await list(owner))[0]!;
    expect(first.builtinKey).toBe(BENCHMARK_CASES[0]?.key);
    expect((await owner.delete(`${casesUrl(slug)}/${first.id}`)).statusCode).toBe(204);
    expect((await list(owner)).map((c) => c.id)).not.toContain(first.id);
    const restored = expectStatus(await owner.post(`${casesUrl(slug)}/restore`), 200).json() as {
      items: CaseItem[];
    };
    expect(restored.items[0]?.id).toBe(first.id);
  });

  it('refuses a case without a name or a summary, naming the fields (400)', async () => {
    const response = await owner.post(casesUrl(slug), {
      ...ownCase(''),
      summary: { tr: '', en: '' },
      founded: 1066,
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.summary', 'body.founded']));
  });

  it("answers 404 for another project's case id, and leaves that case alone", async () => {
    const { id } = expectStatus(
      await owner.post(casesUrl(otherSlug), ownCase('Theirs')),
      201,
    ).json() as { id: string };
    expect((await owner.put(`${casesUrl(slug)}/${id}`, ownCase('Taken'))).statusCode).toBe(404);
    expect((await owner.delete(`${casesUrl(slug)}/${id}`)).statusCode).toBe(404);
    expect((await list(owner, otherSlug)).find((c) => c.id === id)?.name).toBe('Theirs');
  });

  it('a viewer reads the library but cannot change it (403)', async () => {
    const items = await list(viewer);
    expect(items.length).toBeGreaterThan(0);
    const answers = [
      await viewer.post(casesUrl(slug), ownCase('Viewer')),
      await viewer.put(`${casesUrl(slug)}/${items[0]!.id}`, ownCase('Viewer')),
      await viewer.delete(`${casesUrl(slug)}/${items[0]!.id}`),
      await viewer.post(`${casesUrl(slug)}/restore`),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
  });
});
