// What the project's closed workshops give the roadmap: the vision, the weighted success factors
// in the importance-performance matrix, and the ranked skills gaps, each from the latest workshop
// that produced it.

import { z } from 'zod';
import { importancePerformance, type WorkshopResults } from '@kume/core';
import { closedWorkshops, type Db, type WorkshopRow } from '@kume/db';

const sourceSchema = z.object({
  workshopId: z.string(),
  title: z.string(),
  /** When the workshop closed (ISO 8601). */
  closedAt: z.string(),
});

export const projectWorkshopResultsSchema = z.object({
  vision: sourceSchema.extend({ text: z.string(), confirmedBy: z.number() }).nullable(),
  factors: sourceSchema
    .extend({
      /** core WorkshopResults factors: weight (shares summing to 1), performance, quadrant. */
      items: z.custom<WorkshopResults['factors']>(),
      /** Where the matrix's crosshairs sit: the means over the factors with both values. */
      importanceSplit: z.number().nullable(),
      performanceSplit: z.number().nullable(),
    })
    .nullable(),
  skills: sourceSchema
    .extend({
      /** Ranked by priority = importance x (required - current), core skillsGapMatrix. */
      items: z.custom<WorkshopResults['skills']>(),
    })
    .nullable(),
});
export type ProjectWorkshopResults = z.output<typeof projectWorkshopResultsSchema>;

function source(row: WorkshopRow) {
  return { workshopId: row.id, title: row.title, closedAt: row.updatedAt.toISOString() };
}

/**
 * Each part from the most recently closed workshop that has it (a vision template's workshop, or a
 * free workshop with such rounds); null where no closed workshop has it.
 */
export async function projectWorkshopResults(
  db: Db,
  projectId: string,
): Promise<ProjectWorkshopResults> {
  const closed = (await closedWorkshops(db, projectId)).filter((row) => row.results !== null);
  const resultsOf = (row: WorkshopRow) => row.results as WorkshopResults;
  const withVision = closed.find((row) => resultsOf(row).vision !== null);
  const withFactors = closed.find((row) => resultsOf(row).factors.length > 0);
  const withSkills = closed.find((row) => resultsOf(row).skills.length > 0);
  const vision = withVision ? resultsOf(withVision).vision : null;
  const factors = withFactors ? resultsOf(withFactors).factors : [];
  const matrix = importancePerformance(
    factors.map(({ id, text, weight, performance }) => ({
      id,
      text,
      importance: weight,
      performance,
    })),
  );
  return {
    vision: withVision && vision ? { ...source(withVision), ...vision } : null,
    factors: withFactors
      ? {
          ...source(withFactors),
          items: factors,
          importanceSplit: matrix.importanceSplit,
          performanceSplit: matrix.performanceSplit,
        }
      : null,
    skills: withSkills ? { ...source(withSkills), items: resultsOf(withSkills).skills } : null,
  };
}
