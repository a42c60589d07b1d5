// Input-output direct-requirements tables of a project (list, read, insert, delete) and the
// project's IO settings for the cluster map.

import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../database';
import { ioTables, projects, type IoSettings, type IoTableCell } from '../schema/index';

export type IoTableRow = typeof ioTables.$inferSelect;

/** Table columns without the cells, for lists and the settings form. */
const ioTableMeta = {
  id: ioTables.id,
  name: ioTables.name,
  fileName: ioTables.fileName,
  layout: ioTables.layout,
  cellCount: ioTables.cellCount,
  industries: ioTables.industries,
  names: ioTables.names,
  createdAt: ioTables.createdAt,
};
export type IoTableMeta = { [K in keyof typeof ioTableMeta]: IoTableRow[K] };

export interface IoTableInput {
  name: string;
  fileName: string;
  layout: string;
  suppliers: string[];
  industries: string[];
  cells: IoTableCell[];
  names: Record<string, string>;
  createdBy: string | null;
}

export async function insertIoTable(
  db: Db,
  projectId: string,
  input: IoTableInput,
): Promise<IoTableMeta> {
  const [row] = await db
    .insert(ioTables)
    .values({ ...input, projectId, cellCount: input.cells.length })
    .returning(ioTableMeta);
  return row as IoTableMeta;
}

/** The project's tables, newest first, without their cells. */
export async function listIoTables(db: Db, projectId: string): Promise<IoTableMeta[]> {
  return db
    .select(ioTableMeta)
    .from(ioTables)
    .where(eq(ioTables.projectId, projectId))
    .orderBy(desc(ioTables.createdAt), desc(ioTables.id));
}

/** The table with its cells; undefined when it is not in the project. */
export async function findIoTable(
  db: Db,
  projectId: string,
  id: string,
): Promise<IoTableRow | undefined> {
  const [row] = await db
    .select()
    .from(ioTables)
    .where(and(eq(ioTables.projectId, projectId), eq(ioTables.id, id)));
  return row;
}

/** False when the table is not in the project. The project's IO settings may still name it. */
export async function deleteIoTable(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(ioTables)
    .where(and(eq(ioTables.projectId, projectId), eq(ioTables.id, id)))
    .returning({ id: ioTables.id });
  return rows.length > 0;
}

/** Saves (or with null clears) the project's IO settings. */
export async function updateIoSettings(db: Db, projectId: string, settings: IoSettings | null) {
  await db
    .update(projects)
    .set({ ioSettings: settings, updatedAt: new Date() })
    .where(eq(projects.id, projectId));
}
