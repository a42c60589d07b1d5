// The project bundle's IO tables and workshops (with their event logs), and the checks that
// their keys refer to records of the same bundle. Bundles written before them have neither.

import { z } from 'zod';
import { workshopCommandSchema } from '../workshop/workshopCommand';
import { WORKSHOP_TEMPLATE_IDS, workshopDefinitionSchema } from '../workshop/workshopModel';
import type { WorkshopResults } from '../workshop/workshopResults';

const key = z.string().min(1).max(100);
const code = z.string().min(1).max(100);
const instant = z.iso.datetime({ offset: true });

/** An input-output direct-requirements table: cells are [supplier, industry, coefficient]. */
export const bundleIoTableSchema = z.object({
  key,
  name: z.string().min(1).max(200),
  fileName: z.string().max(500).default(''),
  layout: z.string().min(1).max(20),
  suppliers: z.array(code).max(10_000),
  industries: z.array(code).max(10_000),
  cells: z.array(z.tuple([code, code, z.number().finite()])).max(2_000_000),
  names: z.record(code, z.string().max(500)).default({}),
  createdAt: instant.optional(),
});

/** The project's IO choices for the cluster map; the table by its bundle key. */
export const bundleIoSettingsSchema = z.object({
  ioTableKey: key,
  clusterIndustries: z.array(code).max(10_000),
  excludedRows: z.array(code).max(10_000).optional(),
});

/**
 * A workshop with who joined it and every accepted command in order, so replaying the log gives
 * the same state. Participants carry no token: nobody can rejoin an imported workshop as an old
 * participant (they join again as new ones).
 */
export const bundleWorkshopSchema = z.object({
  /** Names the workshop for other records (an event's polls); older bundles have none. */
  key: key.optional(),
  title: z.string().min(1).max(200),
  template: z.enum(WORKSHOP_TEMPLATE_IDS),
  /** The join code; on import, a code taken by a workshop that is not closed is replaced. */
  code: z.string().min(1).max(20),
  status: z.enum(['draft', 'live', 'closed']),
  definition: workshopDefinitionSchema,
  /** The results at closing; null before. */
  results: z
    .custom<WorkshopResults>((value) => typeof value === 'object' && value !== null)
    .nullable()
    .default(null),
  createdAt: instant.optional(),
  /** Its last change: for a closed workshop, when it closed (the roadmap dates its items by it). */
  updatedAt: instant.optional(),
  participants: z
    .array(
      z.object({
        key,
        name: z.string().max(200).nullable().default(null),
        organisationKey: key.nullable().default(null),
        isFacilitator: z.boolean().default(false),
        /** The signed-in user behind a facilitator seat, by email; matched like visit teams. */
        user: z.email().nullable().default(null),
        createdAt: instant.optional(),
      }),
    )
    .max(10_000)
    .default([]),
  /**
   * The commands, oldest first; `seq` is their position from 1. A command's `participantId` is a
   * participant key and is remapped with it on import.
   */
  events: z
    .array(
      z.object({
        participantKey: key.nullable().default(null),
        messageId: z.string().min(1).max(200).nullable().default(null),
        command: workshopCommandSchema,
        at: instant,
      }),
    )
    .max(1_000_000)
    .default([]),
});

type WorkshopRecords = {
  project: { ioSettings: z.output<typeof bundleIoSettingsSchema> | null };
  ioTables: z.output<typeof bundleIoTableSchema>[];
  workshops: z.output<typeof bundleWorkshopSchema>[];
};

/** Reports each IO table or workshop reference that names no record of the bundle. */
export function checkWorkshopReferences(
  bundle: WorkshopRecords,
  organisationKeys: ReadonlySet<string>,
  report: (path: (string | number)[], message: string) => void,
): void {
  const tableKeys = new Set(bundle.ioTables.map((t) => t.key));
  const settings = bundle.project.ioSettings;
  if (settings && !tableKeys.has(settings.ioTableKey))
    report(['project', 'ioSettings', 'ioTableKey'], `no IO table has key "${settings.ioTableKey}"`);
  const workshopKeys = new Set<string>();
  bundle.workshops.forEach((workshop, i) => {
    if (workshop.key !== undefined && workshopKeys.has(workshop.key))
      report(['workshops', i, 'key'], `duplicate key "${workshop.key}"`);
    if (workshop.key !== undefined) workshopKeys.add(workshop.key);
    const participantKeys = new Set(workshop.participants.map((p) => p.key));
    workshop.participants.forEach((p, j) => {
      if (p.organisationKey !== null && !organisationKeys.has(p.organisationKey))
        report(
          ['workshops', i, 'participants', j, 'organisationKey'],
          `no organisation has key "${p.organisationKey}"`,
        );
    });
    workshop.events.forEach((e, j) => {
      if (e.participantKey !== null && !participantKeys.has(e.participantKey))
        report(
          ['workshops', i, 'events', j, 'participantKey'],
          `no participant has key "${e.participantKey}"`,
        );
    });
  });
}
