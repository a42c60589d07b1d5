// The project's confirmed working group as the workshops see it: its organisations (the join
// form's choices, the only ids a participant's organisation may take) and, for one workshop, which
// of them are present and which are missing.

import { eq } from 'drizzle-orm';
import { compareText } from '@kume/core';
import { listOrganisations, schema, type Db } from '@kume/db';
import { z } from 'zod';
import type { FoldedWorkshop } from './workshopRuntime';

export const workingGroupOrganisationSchema = z.object({ id: z.string(), name: z.string() });
export type WorkingGroupOrganisation = z.output<typeof workingGroupOrganisationSchema>;

/**
 * The organisations of the project's confirmed working group, id and name only, in Turkish name
 * order; null when no working group is confirmed. Members since deleted from the registry are left
 * out.
 */
export async function workingGroupOrganisations(
  db: Db,
  projectId: string,
): Promise<WorkingGroupOrganisation[] | null> {
  const [project] = await db
    .select({ workingGroup: schema.projects.workingGroup })
    .from(schema.projects)
    .where(eq(schema.projects.id, projectId));
  const memberIds = project?.workingGroup?.memberIds;
  if (!memberIds) return null;
  const members = new Set(memberIds);
  return (await listOrganisations(db, projectId))
    .filter(({ id }) => members.has(id))
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => compareText('tr', a.name, b.name));
}

/**
 * A participant's organisation as it may be stored: the id when it is one of the confirmed
 * working group's, else null (a client's choice is never trusted: "other", a stale or a foreign id).
 */
export async function trustedOrganisationId(
  db: Db,
  projectId: string,
  organisationId: string | null,
): Promise<string | null> {
  if (organisationId === null) return null;
  const group = await workingGroupOrganisations(db, projectId);
  return group?.some(({ id }) => id === organisationId) ? organisationId : null;
}

export const workshopAttendanceSchema = z.object({
  /**
   * The working group's organisations, each with the names of its participants present now (an
   * empty list: missing; null names: anonymous joins); null when no working group is confirmed.
   */
  workingGroup: z
    .array(workingGroupOrganisationSchema.extend({ present: z.array(z.string().nullable()) }))
    .nullable(),
  /** Participants present who named no organisation of the group (the facilitator's seat aside). */
  unaffiliated: z.number(),
});
export type WorkshopAttendance = z.output<typeof workshopAttendanceSchema>;

/** Who of the working group is in the workshop now: present means joined and not left. */
export async function workshopAttendance(
  db: Db,
  folded: FoldedWorkshop,
): Promise<WorkshopAttendance> {
  const group = await workingGroupOrganisations(db, folded.row.projectId);
  const present = new Map(
    folded.state.participants
      .filter((participant) => !participant.left && !participant.isFacilitator)
      .map((participant) => [participant.id, participant.name]),
  );
  const rows = await db
    .select({
      id: schema.workshopParticipants.id,
      organisationId: schema.workshopParticipants.organisationId,
    })
    .from(schema.workshopParticipants)
    .where(eq(schema.workshopParticipants.workshopId, folded.row.id));
  const byOrganisation = new Map<string, (string | null)[]>();
  let affiliated = 0;
  for (const { id, organisationId } of rows) {
    if (!present.has(id) || organisationId === null) continue;
    if (!group?.some((organisation) => organisation.id === organisationId)) continue;
    byOrganisation.set(organisationId, [
      ...(byOrganisation.get(organisationId) ?? []),
      present.get(id) ?? null,
    ]);
    affiliated += 1;
  }
  return {
    workingGroup:
      group?.map((organisation) => ({
        ...organisation,
        present: byOrganisation.get(organisation.id) ?? [],
      })) ?? null,
    unaffiliated: present.size - affiliated,
  };
}
