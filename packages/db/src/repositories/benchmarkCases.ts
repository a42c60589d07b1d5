// The project's library of benchmark cluster initiatives for the Information Day deck: the shipped
// cases are copied in on first read (once per key), the facilitator edits, adds, deletes and restores.

import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { BenchmarkCase } from '@kume/core';
import type { Db } from '../database';
import { benchmarkCases } from '../schema/index';

export type BenchmarkCaseContent = Omit<BenchmarkCase, 'id'>;

/** A case of the library as the API shows it: shipped ones keep the key they were copied from. */
export type BenchmarkCaseItem = BenchmarkCase & { builtinKey: string | null };

/** A case that ships with Kume (core's BENCHMARK_CASES): its content and its stable key. */
export type BuiltinBenchmarkCase = BenchmarkCaseContent & { key: string };

type CaseRow = typeof benchmarkCases.$inferSelect;

const itemOf = (row: CaseRow): BenchmarkCaseItem => ({
  ...row.content,
  id: row.id,
  builtinKey: row.builtinKey,
});

/**
 * Copies the shipped cases the project does not have yet, each key once ever: a deleted shipped
 * case stays as a hidden row, so it is not copied again. Safe when two first reads race: the
 * unique index on (project, key) turns the second insert into nothing.
 */
export async function copyBuiltinBenchmarkCases(
  db: Db,
  projectId: string,
  shipped: readonly BuiltinBenchmarkCase[],
): Promise<void> {
  if (shipped.length === 0) return;
  const have = new Set(
    (
      await db
        .select({ key: benchmarkCases.builtinKey })
        .from(benchmarkCases)
        .where(and(eq(benchmarkCases.projectId, projectId), isNotNull(benchmarkCases.builtinKey)))
    ).map((row) => row.key),
  );
  const missing = shipped.filter((c) => !have.has(c.key));
  if (missing.length === 0) return;
  await db
    .insert(benchmarkCases)
    .values(missing.map(({ key, ...content }) => ({ projectId, builtinKey: key, content })))
    .onConflictDoNothing({ target: [benchmarkCases.projectId, benchmarkCases.builtinKey] });
}

/**
 * The project's visible cases (after copying the shipped ones in): shipped cases in their shipped
 * order, then the project's own, oldest first. The first is the deck's default case.
 */
export async function listBenchmarkCases(
  db: Db,
  projectId: string,
  shipped: readonly BuiltinBenchmarkCase[],
): Promise<BenchmarkCaseItem[]> {
  await copyBuiltinBenchmarkCases(db, projectId, shipped);
  const rows = await db
    .select()
    .from(benchmarkCases)
    .where(and(eq(benchmarkCases.projectId, projectId), eq(benchmarkCases.hidden, false)))
    .orderBy(asc(benchmarkCases.createdAt), asc(benchmarkCases.id));
  const order = new Map(shipped.map((c, index) => [c.key, index]));
  // Own cases and keys no longer shipped come after the shipped ones, keeping their age order.
  const rank = (row: CaseRow) =>
    row.builtinKey === null ? shipped.length : (order.get(row.builtinKey) ?? shipped.length);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => itemOf(row));
}

/** A visible case of the project, or undefined (another project's, hidden, or unknown). */
export async function findBenchmarkCase(
  db: Db,
  projectId: string,
  id: string,
): Promise<BenchmarkCaseItem | undefined> {
  const [row] = await db
    .select()
    .from(benchmarkCases)
    .where(
      and(
        eq(benchmarkCases.projectId, projectId),
        eq(benchmarkCases.id, id),
        eq(benchmarkCases.hidden, false),
      ),
    );
  return row ? itemOf(row) : undefined;
}

/** Adds one of the project's own cases. */
export async function insertBenchmarkCase(
  db: Db,
  projectId: string,
  content: BenchmarkCaseContent,
  now: Date,
): Promise<BenchmarkCaseItem> {
  const [row] = await db
    .insert(benchmarkCases)
    .values({ projectId, builtinKey: null, content, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('benchmark case insert returned nothing');
  return itemOf(row);
}

/** Replaces a visible case's content (a shipped case keeps its key); undefined when not found. */
export async function updateBenchmarkCase(
  db: Db,
  projectId: string,
  id: string,
  content: BenchmarkCaseContent,
  now: Date,
): Promise<BenchmarkCaseItem | undefined> {
  const [row] = await db
    .update(benchmarkCases)
    .set({ content, updatedAt: now })
    .where(
      and(
        eq(benchmarkCases.projectId, projectId),
        eq(benchmarkCases.id, id),
        eq(benchmarkCases.hidden, false),
      ),
    )
    .returning();
  return row ? itemOf(row) : undefined;
}

/**
 * Deletes a visible case: a shipped case is hidden (so it is not copied in again and can be
 * restored), the project's own is deleted. undefined when there is no such visible case.
 */
export async function deleteBenchmarkCase(
  db: Db,
  projectId: string,
  id: string,
  now: Date,
): Promise<'hidden' | 'deleted' | undefined> {
  const where = and(
    eq(benchmarkCases.projectId, projectId),
    eq(benchmarkCases.id, id),
    eq(benchmarkCases.hidden, false),
  );
  const hidden = await db
    .update(benchmarkCases)
    .set({ hidden: true, updatedAt: now })
    .where(and(where, isNotNull(benchmarkCases.builtinKey)))
    .returning({ id: benchmarkCases.id });
  if (hidden.length > 0) return 'hidden';
  const deleted = await db.delete(benchmarkCases).where(where).returning({ id: benchmarkCases.id });
  return deleted.length > 0 ? 'deleted' : undefined;
}

/** Shows the hidden shipped cases again (with the content they had); answers how many. */
export async function restoreBenchmarkCases(db: Db, projectId: string, now: Date): Promise<number> {
  const rows = await db
    .update(benchmarkCases)
    .set({ hidden: false, updatedAt: now })
    .where(and(eq(benchmarkCases.projectId, projectId), eq(benchmarkCases.hidden, true)))
    .returning({ id: benchmarkCases.id });
  return rows.length;
}
