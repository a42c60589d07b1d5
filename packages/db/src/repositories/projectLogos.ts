// The project's logo (PNG or JPEG, base64), shown on every slide of the deck: one per project,
// replaced by the next upload.

import { eq } from 'drizzle-orm';
import type { Db } from '../database';
import { projectLogos } from '../schema/index';

export type ProjectLogoRow = typeof projectLogos.$inferSelect;

/** What is known of a logo without its bytes. */
export type ProjectLogoInfo = Pick<ProjectLogoRow, 'mediaType' | 'width' | 'height'>;

export interface ProjectLogoInput {
  mediaType: ProjectLogoRow['mediaType'];
  /** The image bytes, base64. */
  base64: string;
  width: number;
  height: number;
}

/** The logo with its bytes, or undefined when the project has none. */
export async function findProjectLogo(
  db: Db,
  projectId: string,
): Promise<ProjectLogoRow | undefined> {
  const [row] = await db.select().from(projectLogos).where(eq(projectLogos.projectId, projectId));
  return row;
}

/** The logo's type and size without reading its bytes, or undefined. */
export async function findProjectLogoInfo(
  db: Db,
  projectId: string,
): Promise<ProjectLogoInfo | undefined> {
  const [row] = await db
    .select({
      mediaType: projectLogos.mediaType,
      width: projectLogos.width,
      height: projectLogos.height,
    })
    .from(projectLogos)
    .where(eq(projectLogos.projectId, projectId));
  return row;
}

/** Stores the project's logo, replacing the one it had. */
export async function setProjectLogo(
  db: Db,
  projectId: string,
  logo: ProjectLogoInput,
  now: Date,
): Promise<ProjectLogoInfo> {
  const values = { ...logo, updatedAt: now };
  await db
    .insert(projectLogos)
    .values({ projectId, ...values })
    .onConflictDoUpdate({ target: projectLogos.projectId, set: values });
  return { mediaType: logo.mediaType, width: logo.width, height: logo.height };
}

/** Removes the logo; false when there was none. */
export async function deleteProjectLogo(db: Db, projectId: string): Promise<boolean> {
  const rows = await db
    .delete(projectLogos)
    .where(eq(projectLogos.projectId, projectId))
    .returning({ projectId: projectLogos.projectId });
  return rows.length > 0;
}
