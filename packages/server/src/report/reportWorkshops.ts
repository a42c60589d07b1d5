// The project report's workshops from the database: every workshop of the project, oldest first,
// with its status, the day it closed and how many people joined it.

import { and, count, eq, inArray } from 'drizzle-orm';
import { isoDateOf, type ProjectReportWorkshop } from '@kume/core';
import { listWorkshops, schema, type Db } from '@kume/db';

/**
 * The project's workshops, oldest first. A closed workshop's day is the day of its last change
 * (closing is its last one), as projectWorkshopResults dates its results. Participants are the
 * people who joined, facilitators left out.
 */
export async function reportWorkshops(db: Db, projectId: string): Promise<ProjectReportWorkshop[]> {
  const rows = (await listWorkshops(db, projectId)).reverse();
  const { workshopParticipants: participants } = schema;
  const joined =
    rows.length === 0
      ? []
      : await db
          .select({ workshopId: participants.workshopId, n: count() })
          .from(participants)
          .where(
            and(
              inArray(
                participants.workshopId,
                rows.map((row) => row.id),
              ),
              eq(participants.isFacilitator, false),
            ),
          )
          .groupBy(participants.workshopId);
  const counts = new Map(joined.map((row) => [row.workshopId, row.n]));
  return rows.map((row) => ({
    title: row.title,
    template: row.template,
    status: row.status,
    closedOn: row.status === 'closed' ? isoDateOf(row.updatedAt) : null,
    participants: counts.get(row.id) ?? 0,
  }));
}
