// The project as the API shows it.

import { z } from 'zod';
import { PROJECT_ROLES, type ProjectRole } from '@kume/core';
import type { ProjectRow } from '@kume/db';

export const projectSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  sector: z.string(),
  region: z.string(),
  description: z.string(),
  languages: z.array(z.enum(['tr', 'en'])),
  isSample: z.boolean(),
  role: z.enum(PROJECT_ROLES),
  createdAt: z.string(),
});

export function presentProject(
  project: ProjectRow,
  role: ProjectRole,
): z.output<typeof projectSchema> {
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    sector: project.sector,
    region: project.region,
    description: project.description,
    languages: project.languages.filter((l): l is 'tr' | 'en' => l === 'tr' || l === 'en'),
    isSample: project.isSample,
    role,
    createdAt: project.createdAt.toISOString(),
  };
}
