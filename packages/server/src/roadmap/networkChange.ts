// How the cluster's network changed, read from the project's relations by the day each was
// reported: two periods compared (new and lost ties, densities) and the density month by month.

import { z } from 'zod';
import { asc, eq } from 'drizzle-orm';
import {
  compareNetworksByDate,
  isoDateOf,
  networkDensityByDate,
  type DatedRelation,
  type IsoDate,
  type NetworkChange,
  type NetworkPeriod,
  type NetworkSnapshot,
} from '@kume/core';
import { schema, type Db } from '@kume/db';

export const networkChangeViewSchema = z.object({
  relationCount: z.number(),
  /** The first and last days a relation was reported; null without relations. */
  firstOn: z.custom<IsoDate>((value) => typeof value === 'string').nullable(),
  lastOn: z.custom<IsoDate>((value) => typeof value === 'string').nullable(),
  before: z.custom<NetworkPeriod>(),
  after: z.custom<NetworkPeriod>(),
  change: z.custom<NetworkChange>(),
  /** The network on each distinct reporting month's last day, up to 24. */
  densityByDate: z.custom<(NetworkSnapshot & { on: IsoDate })[]>(),
});
export type NetworkChangeView = z.output<typeof networkChangeViewSchema>;

/** The two periods compared; a day left out takes its default (see loadNetworkChange). */
export interface NetworkChangePeriods {
  beforeFrom?: IsoDate;
  beforeTo?: IsoDate;
  afterFrom?: IsoDate;
  afterTo?: IsoDate;
}

/** At most this many points in densityByDate: the latest months. */
export const DENSITY_MONTHS = 24;

/** The last calendar day of the month of `day`. */
export function monthEnd(day: IsoDate): IsoDate {
  const [year, month] = day.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return isoDateOf(new Date(Date.UTC(year, month, 0)));
}

/** The project's relations, each dated by the UTC day it was reported or entered. */
async function datedRelations(db: Db, projectId: string): Promise<DatedRelation[]> {
  const r = schema.relations;
  const rows = await db
    .select({
      sourceOrganisationId: r.sourceOrganisationId,
      targetOrganisationId: r.targetOrganisationId,
      reportedAt: r.reportedAt,
    })
    .from(r)
    .where(eq(r.projectId, projectId))
    .orderBy(asc(r.reportedAt), asc(r.id));
  return rows.map(({ reportedAt, ...ends }) => ({ ...ends, recordedOn: isoDateOf(reportedAt) }));
}

/**
 * How the project's network changed between two periods of reported relations, measured over
 * the registry's organisations (so both densities share a denominator). Defaults: the earlier
 * period runs from the start to the median reporting day (the lower median of the relations'
 * days), the later one from the start to the last reporting day, so without days given the
 * answer shows how the list grew (nothing lost). Give both ends of both periods to compare two
 * field studies: a tie not reported again shows as lost. Without relations the periods end on
 * `today`.
 */
export async function loadNetworkChange(
  db: Db,
  projectId: string,
  periods: NetworkChangePeriods = {},
  today: IsoDate = isoDateOf(new Date()),
): Promise<NetworkChangeView> {
  const o = schema.organisations;
  const [relations, organisations] = await Promise.all([
    datedRelations(db, projectId),
    db.select({ id: o.id }).from(o).where(eq(o.projectId, projectId)),
  ]);
  const days = relations.map((r) => r.recordedOn).sort();
  const firstOn = days[0] ?? null;
  const lastOn = days.at(-1) ?? null;
  const median = days[Math.floor((days.length - 1) / 2)] ?? today;

  const before: NetworkPeriod = { to: periods.beforeTo ?? median };
  if (periods.beforeFrom) before.from = periods.beforeFrom;
  const after: NetworkPeriod = { to: periods.afterTo ?? lastOn ?? today };
  if (periods.afterFrom) after.from = periods.afterFrom;

  // Relations reach only the project's organisations; the union guards the shared denominator.
  const organisationIds = [
    ...new Set([
      ...organisations.map((row) => row.id),
      ...relations.flatMap((r) => [r.sourceOrganisationId, r.targetOrganisationId]),
    ]),
  ];
  const months = [...new Set(days.map(monthEnd))].slice(-DENSITY_MONTHS);
  return {
    relationCount: relations.length,
    firstOn,
    lastOn,
    before,
    after,
    change: compareNetworksByDate(relations, before, after, { organisationIds }),
    densityByDate: networkDensityByDate(relations, months, { organisationIds }),
  };
}
