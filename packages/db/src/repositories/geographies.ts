// The map shapes (geographies) a project imported: store, list without the shapes, read the
// shapes, delete.

import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../database';
import { geographies, type GeographyRegion } from '../schema/index';

/** Geography columns without the shapes, for lists and region names. */
const geographyMeta = {
  id: geographies.id,
  projectId: geographies.projectId,
  name: geographies.name,
  fileName: geographies.fileName,
  idProperty: geographies.idProperty,
  nameProperty: geographies.nameProperty,
  featureCount: geographies.featureCount,
  regions: geographies.regions,
  createdBy: geographies.createdBy,
  createdAt: geographies.createdAt,
};
export type GeographyMeta = {
  [K in keyof typeof geographyMeta]: (typeof geographies.$inferSelect)[K];
};

export async function insertGeography(
  db: Db,
  projectId: string,
  input: {
    name: string;
    fileName: string;
    idProperty: string;
    nameProperty: string | null;
    regions: GeographyRegion[];
    /** The GeoJSON text, gzipped. */
    shapes: Uint8Array;
    createdBy: string | null;
  },
): Promise<GeographyMeta> {
  const [row] = await db
    .insert(geographies)
    .values({ ...input, projectId, featureCount: input.regions.length })
    .returning(geographyMeta);
  return row as GeographyMeta;
}

/** The project's geographies, newest first, without their shapes. */
export async function listGeographies(db: Db, projectId: string): Promise<GeographyMeta[]> {
  return db
    .select(geographyMeta)
    .from(geographies)
    .where(eq(geographies.projectId, projectId))
    .orderBy(desc(geographies.createdAt));
}

/** The gzipped GeoJSON of a geography, or undefined when it is not in the project. */
export async function loadGeographyShapes(
  db: Db,
  projectId: string,
  id: string,
): Promise<{ shapes: Uint8Array; createdAt: Date } | undefined> {
  const [row] = await db
    .select({ shapes: geographies.shapes, createdAt: geographies.createdAt })
    .from(geographies)
    .where(and(eq(geographies.projectId, projectId), eq(geographies.id, id)));
  return row;
}

export async function deleteGeography(db: Db, projectId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(geographies)
    .where(and(eq(geographies.projectId, projectId), eq(geographies.id, id)))
    .returning({ id: geographies.id });
  return rows.length > 0;
}
