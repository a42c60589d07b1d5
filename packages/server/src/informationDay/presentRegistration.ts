// Registrations as the facilitator's API shows them: the guest, their organisation (and its type
// when it is in the registry), status, source, place on the waiting list, check-in.

import { z } from 'zod';
import {
  ORGANISATION_TYPES,
  REGISTRATION_SOURCES,
  REGISTRATION_STATUSES,
  waitingListPositions,
  type OrganisationType,
} from '@kume/core';
import { listOrganisations, listRegistrations, type Db, type EventRegistrationRow } from '@kume/db';

export const registrationSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisationName: z.string(),
  /** The registry's organisation, from an invitation or matched by name; null otherwise. */
  organisationId: z.string().nullable(),
  organisationType: z.enum(ORGANISATION_TYPES).nullable(),
  email: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  source: z.enum(REGISTRATION_SOURCES),
  /** 1, 2, ... in queue order for waiting guests; null for the others. */
  waitlistPosition: z.number().nullable(),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
});
export type Registration = z.output<typeof registrationSchema>;

/** What presenting a registration needs beyond its row: organisation types and queue positions. */
export interface RegistrationContext {
  types: ReadonlyMap<string, OrganisationType>;
  positions: ReadonlyMap<string, number>;
}

/** The context from the event's registrations as they are now (read after the change). */
export async function registrationContext(
  db: Db,
  projectId: string,
  eventId: string,
  registrations?: readonly EventRegistrationRow[],
): Promise<RegistrationContext> {
  const [organisations, rows] = await Promise.all([
    listOrganisations(db, projectId),
    registrations ?? listRegistrations(db, eventId),
  ]);
  return {
    types: new Map(organisations.map((o) => [o.id, o.type])),
    positions: waitingListPositions(
      rows
        .filter((row) => row.status === 'waitlisted')
        .map((row) => ({ id: row.id, createdAt: row.createdAt.getTime() })),
    ),
  };
}

export function presentRegistration(
  row: EventRegistrationRow,
  context: RegistrationContext,
): Registration {
  return {
    id: row.id,
    name: row.name,
    organisationName: row.organisationName,
    organisationId: row.organisationId,
    organisationType: row.organisationId ? (context.types.get(row.organisationId) ?? null) : null,
    email: row.email,
    status: row.status,
    source: row.source,
    waitlistPosition: row.status === 'waitlisted' ? (context.positions.get(row.id) ?? null) : null,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}
