// Repository contract for the benchmark case library: shipped cases copied in once per key (also
// when two first reads race), hidden when deleted and never copied again, restored on request;
// the project's own cases added, edited and deleted; nothing reaches another project's cases.
// Runs on PGlite and PostgreSQL.

import { projectInputSchema } from '@kume/core';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { benchmarkCases } from '../schema/index';
import {
  deleteBenchmarkCase,
  findBenchmarkCase,
  insertBenchmarkCase,
  listBenchmarkCases,
  restoreBenchmarkCases,
  updateBenchmarkCase,
  type BenchmarkCaseContent,
  type BuiltinBenchmarkCase,
} from './benchmarkCases';
import { createProject } from './projects';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const now = new Date('2026-11-26T10:00:00Z');

function content(name: string): BenchmarkCaseContent {
  return {
    name,
    country: { tr: 'Almanya', en: 'Germany' },
    sector: { tr: 'Makine', en: 'Machinery' },
    founded: 2001,
    summary: { tr: `${name} özeti`, en: `${name} summary` },
    scale: { tr: 'yaklaşık 300 firma', en: 'about 300 firms' },
    highlights: [{ tr: 'Ortak Ar-Ge', en: 'Joint R&D' }],
    lessons: [],
    source: 'https://example.org',
  };
}

const SHIPPED: BuiltinBenchmarkCase[] = [
  { key: 'first', ...content('First Cluster') },
  { key: 'second', ...content('Second Cluster') },
];

let made = 0;
async function project() {
  made += 1;
  return createProject(db, projectInputSchema.parse({ name: `Kıyas ${made}` }), null);
}

const rowCount = async (projectId: string) =>
  (
    await db
      .select({ n: count() })
      .from(benchmarkCases)
      .where(eq(benchmarkCases.projectId, projectId))
  )[0]?.n;

describe('benchmark cases repository', () => {
  it('copies the shipped cases on the first read, in their order, and only once', async () => {
    const { id } = await project();
    const first = await listBenchmarkCases(db, id, SHIPPED);
    expect(first.map((c) => [c.name, c.builtinKey])).toEqual([
      ['First Cluster', 'first'],
      ['Second Cluster', 'second'],
    ]);
    const again = await listBenchmarkCases(db, id, SHIPPED);
    expect(again.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(await rowCount(id)).toBe(2);
  });

  it('two first reads at the same time copy each shipped case once', async () => {
    const { id } = await project();
    const [a, b] = await Promise.all([
      listBenchmarkCases(db, id, SHIPPED),
      listBenchmarkCases(db, id, SHIPPED),
    ]);
    expect(await rowCount(id)).toBe(2);
    expect(a.map((c) => c.id).sort()).toEqual(b.map((c) => c.id).sort());
  });

  it('a case shipped later is copied in on the next read, after the ones the project has', async () => {
    const { id } = await project();
    await listBenchmarkCases(db, id, SHIPPED.slice(1));
    const later = await listBenchmarkCases(db, id, SHIPPED);
    expect(later.map((c) => c.builtinKey)).toEqual(['first', 'second']);
  });

  it("lists the project's own cases after the shipped ones, oldest first", async () => {
    const { id } = await project();
    await insertBenchmarkCase(db, id, content('Own B'), now);
    await insertBenchmarkCase(db, id, content('Own A'), new Date(now.getTime() + 1000));
    const items = await listBenchmarkCases(db, id, SHIPPED);
    expect(items.map((c) => [c.name, c.builtinKey])).toEqual([
      ['First Cluster', 'first'],
      ['Second Cluster', 'second'],
      ['Own B', null],
      ['Own A', null],
    ]);
  });

  it('deleting a shipped case hides it: it is not listed, not copied again, and restore shows it', async () => {
    const { id } = await project();
    const [first] = await listBenchmarkCases(db, id, SHIPPED);
    expect(await deleteBenchmarkCase(db, id, first!.id, now)).toBe('hidden');
    expect((await listBenchmarkCases(db, id, SHIPPED)).map((c) => c.builtinKey)).toEqual([
      'second',
    ]);
    expect(await rowCount(id)).toBe(2);
    expect(await findBenchmarkCase(db, id, first!.id)).toBeUndefined();
    expect(await deleteBenchmarkCase(db, id, first!.id, now)).toBeUndefined();

    expect(await restoreBenchmarkCases(db, id, now)).toBe(1);
    const restored = await listBenchmarkCases(db, id, SHIPPED);
    expect(restored.map((c) => c.id)).toEqual([first!.id, restored[1]!.id]);
  });

  it("deleting the project's own case removes its row", async () => {
    const { id } = await project();
    await listBenchmarkCases(db, id, SHIPPED);
    const own = await insertBenchmarkCase(db, id, content('Own'), now);
    expect(await deleteBenchmarkCase(db, id, own.id, now)).toBe('deleted');
    expect(await rowCount(id)).toBe(2);
    expect(await restoreBenchmarkCases(db, id, now)).toBe(0);
  });

  it('edits a case, a shipped one keeping its key', async () => {
    const { id } = await project();
    const [first] = await listBenchmarkCases(db, id, SHIPPED);
    const edited = await updateBenchmarkCase(db, id, first!.id, content('Edited'), now);
    expect(edited).toMatchObject({ id: first!.id, name: 'Edited', builtinKey: 'first' });
    expect(await findBenchmarkCase(db, id, first!.id)).toMatchObject({ name: 'Edited' });
  });

  it("never reads, edits or deletes another project's case", async () => {
    const mine = await project();
    const theirs = await project();
    const own = await insertBenchmarkCase(db, theirs.id, content('Theirs'), now);
    expect(await findBenchmarkCase(db, mine.id, own.id)).toBeUndefined();
    expect(await updateBenchmarkCase(db, mine.id, own.id, content('Taken'), now)).toBeUndefined();
    expect(await deleteBenchmarkCase(db, mine.id, own.id, now)).toBeUndefined();
    expect(await findBenchmarkCase(db, theirs.id, own.id)).toMatchObject({ name: 'Theirs' });
  });
});
