// The project bundle's Information Day: events (agenda, deck settings, poll workshop) with their
// registrations, the benchmark case library and the logo. Used by importBundle (inside its
// transaction) and exportBundle. Invitations are not carried (their link tokens are secrets).

import { createHash, randomBytes, randomInt } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import {
  emailKey,
  newPublicCode,
  type DeckSettings,
  type IsoDate,
  type ProjectBundle,
} from '@kume/core';
import type { Db } from '../database';
import { benchmarkCases, eventRegistrations, events, projectLogos } from '../schema/index';

type InformationDayPart = Pick<ProjectBundle, 'events' | 'benchmarkCases' | 'logo'>;
export interface InformationDayCounts {
  events: number;
  registrations: number;
  benchmarkCases: number;
}

type BundleDeckSettings = NonNullable<ProjectBundle['events'][number]['deckSettings']>;

/** Deck settings from the bundle: the case by its new id (null when the bundle lacks it). */
function settingsIn(
  settings: BundleDeckSettings,
  caseIds: ReadonlyMap<string, string>,
): DeckSettings {
  const { benchmarkCaseKey, ...rest } = settings;
  return {
    ...rest,
    benchmarkCaseId: benchmarkCaseKey ? (caseIds.get(benchmarkCaseKey) ?? null) : null,
  };
}

/** Deck settings for the bundle: the case by its key (null for a case no longer there). */
function settingsOut(settings: DeckSettings, caseKeys: ReadonlySet<string>): BundleDeckSettings {
  const { benchmarkCaseId, ...rest } = settings;
  return {
    ...rest,
    benchmarkCaseKey: benchmarkCaseId && caseKeys.has(benchmarkCaseId) ? benchmarkCaseId : null,
  };
}

/** The SHA-256 of a random ticket nobody holds: an imported guest is checked in from the list. */
const unheldTicket = () => createHash('sha256').update(randomBytes(32)).digest('base64url');
const secureRandom = () => randomInt(2 ** 32) / 2 ** 32;

/**
 * Inserts the benchmark cases, the logo and the events with their registrations into the project.
 * Organisations, workshops and cases are found by their bundle keys; an event's public code taken
 * by another event of this installation is replaced by a fresh one. Registrations get a new random
 * ticket (the bundle has no ticket hashes), so old ticket links do not open imported registrations.
 */
export async function importInformationDayPart(
  tx: Db,
  bundle: InformationDayPart,
  context: {
    projectId: string;
    orgIds: ReadonlyMap<string, string>;
    workshopIds: ReadonlyMap<string, string>;
    createdBy: string | null;
  },
): Promise<InformationDayCounts> {
  const { projectId, orgIds, workshopIds, createdBy } = context;
  const caseIds = new Map<string, string>();
  for (const c of bundle.benchmarkCases) {
    const [row] = await tx
      .insert(benchmarkCases)
      .values({
        projectId,
        builtinKey: c.builtinKey,
        hidden: c.hidden,
        content: c.content,
        ...(c.createdAt
          ? { createdAt: new Date(c.createdAt), updatedAt: new Date(c.createdAt) }
          : {}),
      })
      .returning({ id: benchmarkCases.id });
    caseIds.set(c.key, (row as { id: string }).id);
  }
  if (bundle.logo) await tx.insert(projectLogos).values({ projectId, ...bundle.logo });

  let registrationCount = 0;
  for (const event of bundle.events) {
    let code = event.publicCode ?? newPublicCode(secureRandom);
    // Loop until free: a fresh code is taken about once in a trillion.
    for (;;) {
      const [taken] = await tx
        .select({ id: events.id })
        .from(events)
        .where(eq(events.publicCode, code));
      if (!taken) break;
      code = newPublicCode(secureRandom);
    }
    const [row] = await tx
      .insert(events)
      .values({
        projectId,
        title: event.title,
        eventDate: event.date,
        startTime: event.startTime,
        endTime: event.endTime,
        venue: event.venue,
        address: event.address,
        description: event.description,
        agenda: event.agenda,
        capacity: event.capacity,
        waitlist: event.waitlist,
        registrationOpen: event.registrationOpen,
        publicCode: code,
        pollWorkshopId: event.pollWorkshopKey
          ? (workshopIds.get(event.pollWorkshopKey) ?? null)
          : null,
        deckSettings: event.deckSettings && settingsIn(event.deckSettings, caseIds),
        createdBy,
        ...(event.createdAt
          ? { createdAt: new Date(event.createdAt), updatedAt: new Date(event.createdAt) }
          : {}),
      })
      .returning({ id: events.id });
    const eventId = (row as { id: string }).id;
    for (let start = 0; start < event.registrations.length; start += 500) {
      await tx.insert(eventRegistrations).values(
        event.registrations.slice(start, start + 500).map((r) => ({
          eventId,
          name: r.name,
          organisationName: r.organisationName,
          organisationId: r.organisationKey ? (orgIds.get(r.organisationKey) ?? null) : null,
          email: r.email,
          emailKey: emailKey(r.email),
          consentAt: new Date(r.consentAt),
          status: r.status,
          source: r.source,
          ticketSha256: unheldTicket(),
          checkedInAt: r.checkedInAt ? new Date(r.checkedInAt) : null,
          cancelledAt: r.cancelledAt ? new Date(r.cancelledAt) : null,
          createdAt: new Date(r.createdAt),
        })),
      );
    }
    registrationCount += event.registrations.length;
  }
  return {
    events: bundle.events.length,
    registrations: registrationCount,
    benchmarkCases: bundle.benchmarkCases.length,
  };
}

/**
 * The project's events (oldest first, registrations in the order they came), benchmark cases
 * (hidden ones too) and logo as bundle records; ids become keys. A poll workshop or case that is
 * gone is left out (null), as are organisations that are not in `organisationKeys`.
 */
export async function exportInformationDayPart(
  db: Db,
  projectId: string,
  organisationKeys: ReadonlySet<string>,
  workshopKeys: ReadonlySet<string>,
): Promise<InformationDayPart> {
  const [eventRows, caseRows, [logo]] = await Promise.all([
    db
      .select()
      .from(events)
      .where(eq(events.projectId, projectId))
      .orderBy(asc(events.createdAt), asc(events.id)),
    db
      .select()
      .from(benchmarkCases)
      .where(eq(benchmarkCases.projectId, projectId))
      .orderBy(asc(benchmarkCases.createdAt), asc(benchmarkCases.id)),
    db.select().from(projectLogos).where(eq(projectLogos.projectId, projectId)),
  ]);
  const ids = eventRows.map((e) => e.id);
  const registrationRows = ids.length
    ? await db
        .select()
        .from(eventRegistrations)
        .where(inArray(eventRegistrations.eventId, ids))
        .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id))
    : [];
  const caseKeys = new Set(caseRows.map((c) => c.id));
  return {
    benchmarkCases: caseRows.map((c) => ({
      key: c.id,
      builtinKey: c.builtinKey,
      hidden: c.hidden,
      content: c.content,
      createdAt: c.createdAt.toISOString(),
    })),
    logo: logo
      ? { mediaType: logo.mediaType, base64: logo.base64, width: logo.width, height: logo.height }
      : null,
    events: eventRows.map((e) => {
      return {
        key: e.id,
        title: e.title,
        date: e.eventDate as IsoDate,
        startTime: e.startTime,
        endTime: e.endTime,
        venue: e.venue,
        address: e.address,
        description: e.description,
        agenda: e.agenda,
        capacity: e.capacity,
        waitlist: e.waitlist,
        registrationOpen: e.registrationOpen,
        publicCode: e.publicCode,
        pollWorkshopKey:
          e.pollWorkshopId && workshopKeys.has(e.pollWorkshopId) ? e.pollWorkshopId : null,
        deckSettings: e.deckSettings && settingsOut(e.deckSettings, caseKeys),
        createdAt: e.createdAt.toISOString(),
        registrations: registrationRows
          .filter((r) => r.eventId === e.id)
          .map((r) => ({
            name: r.name,
            organisationName: r.organisationName,
            organisationKey:
              r.organisationId && organisationKeys.has(r.organisationId) ? r.organisationId : null,
            email: r.email,
            status: r.status,
            source: r.source,
            consentAt: r.consentAt.toISOString(),
            checkedInAt: r.checkedInAt?.toISOString() ?? null,
            cancelledAt: r.cancelledAt?.toISOString() ?? null,
            createdAt: r.createdAt.toISOString(),
          })),
      };
    }),
  };
}
