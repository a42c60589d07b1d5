// Creates the sample project on an empty installation, from core's seeded generator.

import { generateSampleProject, isoDateOf, mulberry32, SAMPLE_SLUG } from '@kume/core';
import {
  deleteProject,
  findProjectBySlug,
  importBundle,
  listMembers,
  setMemberRole,
  type BundleImportResult,
  type Db,
} from '@kume/db';

export const SAMPLE_SEED = 20_261_126;

/** Makes the sample project (slug `sample`); with `reset`, an existing one is replaced first. */
export async function createSampleProject(
  db: Db,
  now: Date,
  options: { reset?: boolean; owner?: { id: string; email: string } | null } = {},
): Promise<BundleImportResult | null> {
  const existing = await findProjectBySlug(db, SAMPLE_SLUG);
  if (existing && !options.reset) return null;
  const bundle = generateSampleProject({ today: isoDateOf(now), rng: mulberry32(SAMPLE_SEED) });
  return db.transaction(async (tx) => {
    // A reset keeps the people who had access to the sample.
    const members = existing ? await listMembers(tx, existing.id) : [];
    if (existing) await deleteProject(tx, existing.id);
    const result = await importBundle(tx, bundle, {
      owner: options.owner ?? null,
      slug: SAMPLE_SLUG,
    });
    for (const member of members)
      await setMemberRole(tx, result.project.id, member.userId, member.role);
    return result;
  });
}
