// The project bundle's Information Day: events with their agenda, deck settings, poll workshop and
// registrations; the benchmark case library and the logo. Bundles written before them have none.
// Invitations are not carried: their link tokens are secrets, and a new installation sends new ones.

import { z } from 'zod';
import { deckSettingsSchema, benchmarkCaseInputSchema } from '../deck/deckSettings';
import { emailKey } from '../event/emailKey';
import {
  checkEventTimes,
  eventFieldsSchema,
  REGISTRATION_SOURCES,
  REGISTRATION_STATUSES,
} from '../event/eventInput';
import { PUBLIC_CODE_ALPHABET, PUBLIC_CODE_LENGTH } from '../event/newPublicCode';

const key = z.string().min(1).max(100);
const instant = z.iso.datetime({ offset: true });

/**
 * A guest's registration, without its ticket: only the ticket's hash was stored, so an imported
 * registration gets a new random ticket nobody holds (the guest is checked in from the list).
 */
export const bundleRegistrationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisationName: z.string().max(200).default(''),
  /** The registry's organisation by its bundle key, or null. */
  organisationKey: key.nullable().default(null),
  email: z.string().trim().min(1).max(254),
  status: z.enum(REGISTRATION_STATUSES),
  source: z.enum(REGISTRATION_SOURCES),
  consentAt: instant,
  checkedInAt: instant.nullable().default(null),
  cancelledAt: instant.nullable().default(null),
  createdAt: instant,
});

/** The deck settings with the benchmark case named by its bundle key instead of its id. */
export const bundleDeckSettingsSchema = deckSettingsSchema
  .omit({ benchmarkCaseId: true })
  .extend({ benchmarkCaseKey: key.nullable().default(null) });

export const bundleEventSchema = eventFieldsSchema.extend({
  key,
  /** The public code; on import, a code another event has is replaced by a fresh one. */
  publicCode: z
    .string()
    .regex(new RegExp(`^[${PUBLIC_CODE_ALPHABET}]{${PUBLIC_CODE_LENGTH}}$`))
    .optional(),
  /** The poll workshop by its key in the bundle's workshops, or null. */
  pollWorkshopKey: key.nullable().default(null),
  deckSettings: bundleDeckSettingsSchema.nullable().default(null),
  createdAt: instant.optional(),
  registrations: z.array(bundleRegistrationSchema).max(100_000).default([]),
});

/** A case of the benchmark library: the shipped case's key (or null for the project's own). */
export const bundleBenchmarkCaseSchema = z.object({
  key,
  builtinKey: z.string().min(1).max(100).nullable().default(null),
  /** A shipped case the project deleted: kept hidden so it is not copied in again. */
  hidden: z.boolean().default(false),
  content: benchmarkCaseInputSchema,
  /** Keeps the library's order (the project's own cases are listed oldest first). */
  createdAt: instant.optional(),
});

/** At most 1 MB of image: 4/3 of it in base64. */
const MAX_LOGO_BASE64 = Math.ceil((1024 * 1024 * 4) / 3) + 4;

export const bundleLogoSchema = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  base64: z
    .string()
    .max(MAX_LOGO_BASE64)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64'),
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
});

type InformationDayRecords = {
  events: z.output<typeof bundleEventSchema>[];
  benchmarkCases: z.output<typeof bundleBenchmarkCaseSchema>[];
  workshops: { key?: string | undefined }[];
};

/**
 * Reports what would not import: an event's times (core checkEventTimes), repeated keys, a
 * reference to no record of the bundle, two live registrations of one email for an event, and a
 * shipped case copied twice.
 */
export function checkInformationDayReferences(
  bundle: InformationDayRecords,
  organisationKeys: ReadonlySet<string>,
  report: (path: (string | number)[], message: string) => void,
): void {
  const workshopKeys = new Set(bundle.workshops.flatMap((w) => (w.key ? [w.key] : [])));
  const caseKeys = new Set<string>();
  const builtinKeys = new Set<string>();
  bundle.benchmarkCases.forEach((c, i) => {
    if (caseKeys.has(c.key)) report(['benchmarkCases', i, 'key'], `duplicate key "${c.key}"`);
    caseKeys.add(c.key);
    if (c.builtinKey !== null && builtinKeys.has(c.builtinKey))
      report(
        ['benchmarkCases', i, 'builtinKey'],
        `the shipped case "${c.builtinKey}" is listed twice`,
      );
    if (c.builtinKey !== null) builtinKeys.add(c.builtinKey);
  });
  const eventKeys = new Set<string>();
  bundle.events.forEach((event, i) => {
    checkEventTimes(event, (path, message) => report(['events', i, ...path], message));
    if (eventKeys.has(event.key)) report(['events', i, 'key'], `duplicate key "${event.key}"`);
    eventKeys.add(event.key);
    if (event.pollWorkshopKey !== null && !workshopKeys.has(event.pollWorkshopKey))
      report(['events', i, 'pollWorkshopKey'], `no workshop has key "${event.pollWorkshopKey}"`);
    const caseKey = event.deckSettings?.benchmarkCaseKey ?? null;
    if (caseKey !== null && !caseKeys.has(caseKey))
      report(
        ['events', i, 'deckSettings', 'benchmarkCaseKey'],
        `no benchmark case has key "${caseKey}"`,
      );
    const emails = new Set<string>();
    event.registrations.forEach((r, j) => {
      const path = ['events', i, 'registrations', j];
      if (r.organisationKey !== null && !organisationKeys.has(r.organisationKey))
        report([...path, 'organisationKey'], `no organisation has key "${r.organisationKey}"`);
      if (r.status === 'cancelled') return;
      if (emails.has(emailKey(r.email)))
        report([...path, 'email'], `${r.email} is registered twice for this event`);
      emails.add(emailKey(r.email));
    });
  });
}
