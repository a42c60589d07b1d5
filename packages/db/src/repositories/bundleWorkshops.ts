// The project bundle's IO tables (with the project's IO settings) and workshops (participants
// without tokens, and the event log). Used by importBundle (inside its transaction) and exportBundle.

import { randomBytes, randomInt } from 'node:crypto';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { ProjectBundle } from '@kume/core';
import type { Db } from '../database';
import {
  ioTables,
  type IoSettings,
  projects,
  workshopEvents,
  workshopParticipants,
  workshops,
} from '../schema/index';

type WorkshopPart = Pick<ProjectBundle, 'ioTables' | 'workshops'> & {
  ioSettings: ProjectBundle['project']['ioSettings'];
};
export interface WorkshopPartCounts {
  ioTables: number;
  workshops: number;
}

/** The server's join code alphabet: digits 2-9 and A-Z without I and O. */
const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const newJoinCode = () =>
  Array.from({ length: 6 }, () => JOIN_CODE_ALPHABET[randomInt(32)]).join('');

/**
 * Inserts the IO tables, the IO settings and the workshops of `bundle` into the project.
 * A participant gets a random token hash nobody holds, so no old token rejoins; a join code taken
 * by a workshop that is not closed is replaced by a fresh one.
 */
export async function importWorkshopPart(
  tx: Db,
  bundle: ProjectBundle,
  context: {
    projectId: string;
    orgIds: ReadonlyMap<string, string>;
    /** The importing user's id for their own email; null (and a warning) for anyone else. */
    person: (email: string | null) => string | null;
    createdBy: string | null;
  },
): Promise<WorkshopPartCounts & { workshopIds: Map<string, string> }> {
  const { projectId, orgIds, person, createdBy } = context;
  /** New workshop ids by bundle key, for the records that name a workshop (an event's polls). */
  const workshopIds = new Map<string, string>();
  const tableIds = new Map<string, string>();
  for (const { key, createdAt, ...table } of bundle.ioTables) {
    const [row] = await tx
      .insert(ioTables)
      .values({
        ...table,
        projectId,
        cellCount: table.cells.length,
        createdBy,
        ...(createdAt ? { createdAt: new Date(createdAt) } : {}),
      })
      .returning({ id: ioTables.id });
    tableIds.set(key, (row as { id: string }).id);
  }
  const settings = bundle.project.ioSettings;
  if (settings) {
    const { ioTableKey, ...rest } = settings;
    await tx
      .update(projects)
      .set({ ioSettings: { ...rest, ioTableId: tableIds.get(ioTableKey) as string } })
      .where(eq(projects.id, projectId));
  }

  for (const workshop of bundle.workshops) {
    let code = workshop.code;
    if (workshop.status !== 'closed') {
      // Loop until free: a fresh code is taken by an open workshop about once in a billion.
      for (;;) {
        const [taken] = await tx
          .select({ id: workshops.id })
          .from(workshops)
          .where(and(eq(workshops.code, code), ne(workshops.status, 'closed')));
        if (!taken) break;
        code = newJoinCode();
      }
    }
    const [row] = await tx
      .insert(workshops)
      .values({
        projectId,
        title: workshop.title,
        template: workshop.template,
        code,
        status: workshop.status,
        definition: workshop.definition,
        results: workshop.results,
        createdBy,
        ...(workshop.createdAt ? { createdAt: new Date(workshop.createdAt) } : {}),
        ...(workshop.updatedAt ? { updatedAt: new Date(workshop.updatedAt) } : {}),
      })
      .returning({ id: workshops.id });
    const workshopId = (row as { id: string }).id;
    if (workshop.key !== undefined) workshopIds.set(workshop.key, workshopId);
    const participantIds = new Map<string, string>();
    // A statement per 500 seats (7 columns each), not one per seat.
    for (let start = 0; start < workshop.participants.length; start += 500) {
      const seats = workshop.participants.slice(start, start + 500);
      const inserted = await tx
        .insert(workshopParticipants)
        .values(
          seats.map((p) => ({
            workshopId,
            tokenSha256: `imported:${randomBytes(24).toString('hex')}`,
            name: p.name,
            organisationId: p.organisationKey ? (orgIds.get(p.organisationKey) ?? null) : null,
            isFacilitator: p.isFacilitator,
            userId: person(p.user),
            ...(p.createdAt ? { createdAt: new Date(p.createdAt) } : {}),
          })),
        )
        .returning({ id: workshopParticipants.id });
      seats.forEach((p, i) => participantIds.set(p.key, (inserted[i] as { id: string }).id));
    }
    for (let start = 0; start < workshop.events.length; start += 500) {
      await tx.insert(workshopEvents).values(
        workshop.events.slice(start, start + 500).map((e, i) => ({
          workshopId,
          seq: start + i + 1,
          participantId: e.participantKey ? (participantIds.get(e.participantKey) ?? null) : null,
          messageId: e.messageId,
          // The actor is a participant key: the new row's id, so replay names the same people.
          command: {
            ...e.command,
            participantId: participantIds.get(e.command.participantId) ?? e.command.participantId,
          },
          at: new Date(e.at),
        })),
      );
    }
  }
  return {
    ioTables: bundle.ioTables.length,
    workshops: bundle.workshops.length,
    workshopIds,
  };
}

/** The project's IO tables, IO settings and workshops as bundle records; ids become keys. */
export async function exportWorkshopPart(
  db: Db,
  projectId: string,
  ioSettings: IoSettings | null,
  organisationKeys: ReadonlySet<string>,
  email: (userId: string | null) => string | null,
): Promise<WorkshopPart> {
  const [tableRows, workshopRows] = await Promise.all([
    db
      .select()
      .from(ioTables)
      .where(eq(ioTables.projectId, projectId))
      .orderBy(asc(ioTables.createdAt), asc(ioTables.id)),
    db
      .select()
      .from(workshops)
      .where(eq(workshops.projectId, projectId))
      .orderBy(asc(workshops.createdAt), asc(workshops.id)),
  ]);
  const ids = workshopRows.map((w) => w.id);
  const [participantRows, eventRows] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(workshopParticipants)
          .where(inArray(workshopParticipants.workshopId, ids))
          .orderBy(asc(workshopParticipants.createdAt), asc(workshopParticipants.id)),
        db
          .select()
          .from(workshopEvents)
          .where(inArray(workshopEvents.workshopId, ids))
          .orderBy(asc(workshopEvents.workshopId), asc(workshopEvents.seq)),
      ])
    : [[], []];
  const tableKeys = new Set(tableRows.map((t) => t.id));
  return {
    // Settings naming a deleted table are left out, as the table is.
    ioSettings:
      ioSettings && tableKeys.has(ioSettings.ioTableId)
        ? {
            ioTableKey: ioSettings.ioTableId,
            clusterIndustries: ioSettings.clusterIndustries,
            ...(ioSettings.excludedRows ? { excludedRows: ioSettings.excludedRows } : {}),
          }
        : null,
    ioTables: tableRows.map((t) => ({
      key: t.id,
      name: t.name,
      fileName: t.fileName,
      layout: t.layout,
      suppliers: t.suppliers,
      industries: t.industries,
      cells: t.cells,
      names: t.names,
      createdAt: t.createdAt.toISOString(),
    })),
    workshops: workshopRows.map((w) => ({
      key: w.id,
      title: w.title,
      template: w.template,
      code: w.code,
      status: w.status,
      definition: w.definition,
      results: w.results ?? null,
      createdAt: w.createdAt.toISOString(),
      updatedAt: w.updatedAt.toISOString(),
      participants: participantRows
        .filter((p) => p.workshopId === w.id)
        .map((p) => ({
          key: p.id,
          name: p.name,
          organisationKey:
            p.organisationId && organisationKeys.has(p.organisationId) ? p.organisationId : null,
          isFacilitator: p.isFacilitator,
          user: email(p.userId),
          createdAt: p.createdAt.toISOString(),
        })),
      events: eventRows
        .filter((e) => e.workshopId === w.id)
        .map((e) => ({
          participantKey: e.participantId,
          messageId: e.messageId,
          command: e.command,
          at: e.at.toISOString(),
        })),
    })),
  };
}
