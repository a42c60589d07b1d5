// The roadmap's indicators as the API shows them: each with its action's title, its recorded values
// (oldest first) and its health today (core indicatorHealth).

import { z } from 'zod';
import {
  INDICATOR_HEALTHS,
  indicatorHealth,
  type IndicatorHealth,
  type IndicatorHealthReport,
  type IsoDate,
} from '@kume/core';
import {
  findProjectIndicator,
  listIndicatorValues,
  listProjectIndicators,
  type Db,
  type IndicatorValueRow,
  type ProjectIndicator,
} from '@kume/db';

/** A calendar day `YYYY-MM-DD` in an answer (already checked when it was stored). */
export const isoDayView = z.custom<IsoDate>((value) => typeof value === 'string');

export const indicatorValueViewSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  /** The day the value was measured. */
  on: isoDayView,
  value: z.number(),
  unit: z.string(),
  note: z.string(),
  /** When it was typed in (ISO 8601 instant). */
  recordedAt: z.string(),
});
export type IndicatorValueView = z.output<typeof indicatorValueViewSchema>;

export const indicatorViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  baselineOn: isoDayView,
  target: z.number(),
  dueOn: isoDayView,
  /** The cluster support programme's preset it was made from, or null. */
  presetCode: z.string().nullable(),
  /** Null: an indicator of the whole roadmap. */
  actionId: z.string().nullable(),
  actionTitle: z.string().nullable(),
  /** Oldest first (by the day measured, then the day typed). */
  values: z.array(indicatorValueViewSchema),
  health: z.custom<IndicatorHealthReport>(),
});
export type IndicatorView = z.output<typeof indicatorViewSchema>;

/** GET .../roadmap/monitoring: every indicator (actions' then the roadmap's) and how many of each health. */
export const monitoringViewSchema = z.object({
  today: isoDayView,
  indicators: z.array(indicatorViewSchema),
  counts: z.custom<Record<IndicatorHealth, number>>(),
});
export type MonitoringView = z.output<typeof monitoringViewSchema>;

/** An indicator as the API shows it, from its row, its action's title and its values (oldest first). */
export function presentIndicator(
  { indicator, actionTitle }: ProjectIndicator,
  values: readonly IndicatorValueRow[],
  today: IsoDate,
): IndicatorView {
  const valueViews = values.map(presentIndicatorValue);
  const view = {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineOn: indicator.baselineOn as IsoDate,
    target: indicator.target,
    dueOn: indicator.dueOn as IsoDate,
    presetCode: indicator.presetCode,
    actionId: indicator.actionId,
    actionTitle,
  };
  return { ...view, values: valueViews, health: indicatorHealth(view, valueViews, today) };
}

export function presentIndicatorValue(row: IndicatorValueRow): IndicatorValueView {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    on: row.measuredOn as IsoDate,
    value: row.value,
    unit: row.unit,
    note: row.note,
    recordedAt: row.createdAt.toISOString(),
  };
}

/**
 * Every indicator of the project, actions' (in the actions' order, then their own) then the
 * roadmap's, each with its values and its health on `today`.
 */
export async function indicatorViews(
  db: Db,
  projectId: string,
  today: IsoDate,
): Promise<IndicatorView[]> {
  const [indicators, values] = await Promise.all([
    listProjectIndicators(db, projectId),
    listIndicatorValues(db, projectId),
  ]);
  const valuesOf = new Map<string, IndicatorValueRow[]>();
  for (const value of values) {
    const list = valuesOf.get(value.indicatorId);
    if (list) list.push(value);
    else valuesOf.set(value.indicatorId, [value]);
  }
  return indicators.map((row) =>
    presentIndicator(row, valuesOf.get(row.indicator.id) ?? [], today),
  );
}

/** One indicator of the project as the API shows it, or undefined when it is not the project's. */
export async function indicatorView(
  db: Db,
  projectId: string,
  id: string,
  today: IsoDate,
): Promise<IndicatorView | undefined> {
  const row = await findProjectIndicator(db, projectId, id);
  if (!row) return undefined;
  return presentIndicator(row, await listIndicatorValues(db, projectId, [id]), today);
}

/** The monitoring page: every indicator with its health, and how many stand in each health. */
export async function loadMonitoringView(
  db: Db,
  projectId: string,
  today: IsoDate,
): Promise<MonitoringView> {
  const indicators = await indicatorViews(db, projectId, today);
  const counts = Object.fromEntries(INDICATOR_HEALTHS.map((health) => [health, 0])) as Record<
    IndicatorHealth,
    number
  >;
  for (const indicator of indicators) counts[indicator.health.health] += 1;
  return { today, indicators, counts };
}
