// The roadmap as the API answers it: settings, the sources' availability, the items with their
// links, the action plan with its indicators, the coverage check and the roadmap's own indicators.

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  uncoveredItems,
  ACTION_LAYERS,
  ACTION_STATUSES,
  HORIZONS,
  IPA_QUADRANTS,
  ROADMAP_ITEM_KINDS,
  ROADMAP_SOURCE_KINDS,
  type ActionLayer,
  type ActionStatus,
  type Horizon,
  type IsoDate,
  type RoadmapItem,
  type RoadmapSettings,
} from '@kume/core';
import {
  listRoadmapActions,
  listRoadmapItems,
  roadmapAssembledAt,
  schema,
  type Db,
  type ProjectRow,
  type RoadmapActionRow,
} from '@kume/db';
import { indicatorViews, indicatorViewSchema, type IndicatorView } from './indicatorViews';
import {
  effectiveRoadmapSettings,
  presentRoadmapAction,
  presentRoadmapItem,
} from './presentRoadmap';
import { roadmapSourceAvailability } from './roadmapSources';

const localTextViewSchema = z.object({ tr: z.string(), en: z.string() });

export const roadmapItemViewSchema = z.object({
  key: z.string(),
  kind: z.enum(ROADMAP_ITEM_KINDS),
  title: localTextViewSchema,
  detail: localTextViewSchema,
  weight: z.number().nullable(),
  score: z.number().nullable(),
  figures: z.record(z.string(), z.number()),
  quadrant: z.enum(IPA_QUADRANTS).nullable(),
  parentKey: z.string().nullable(),
  source: z.object({
    kind: z.enum(ROADMAP_SOURCE_KINDS),
    id: z.string(),
    label: localTextViewSchema,
    date: z.string().nullable(),
  }),
  sourceState: z.enum(['present', 'gone']),
  /** Dismissed: deleted from the roadmap but kept, so that a later assembly does not bring it back. */
  dismissed: z.boolean(),
  /** The actions whose itemKeys name this item, in the plan's order. */
  linkedActionIds: z.array(z.string()),
  /** Where the source is shown in the web app, within the project; null for manual items. */
  sourcePath: z.string().nullable(),
});

/** An item of the roadmap with its state on this project. */
export type RoadmapItemView = RoadmapItem & {
  dismissed: boolean;
  linkedActionIds: string[];
  /**
   * Web path within the project: workshop -> `/workshops/<id>`, cluster_map ->
   * `/field-study/map`, statistics -> `/statistics/clusters`, manual -> null.
   */
  sourcePath: string | null;
};

const indicatorViewsSchema = z.array(indicatorViewSchema);

export const roadmapActionViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  objective: z.string(),
  layer: z.enum(ACTION_LAYERS),
  /** The horizon chosen by hand; null: derived from the end date. */
  horizon: z.enum(HORIZONS).nullable(),
  effectiveHorizon: z.enum(HORIZONS),
  itemKeys: z.array(z.string()),
  ownerOrganisationId: z.string().nullable(),
  ownerName: z.string().nullable(),
  partnerOrganisationIds: z.array(z.string()),
  /** In the order of partnerOrganisationIds. */
  partnerNames: z.array(z.string()),
  startOn: z.string(),
  endOn: z.string(),
  budget: z.number().nullable(),
  currency: z.string(),
  fundingSource: z.string(),
  status: z.enum(ACTION_STATUSES),
  indicators: indicatorViewsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An action of the plan with its owner's and partners' names and its indicators. */
export interface RoadmapActionView {
  id: string;
  title: string;
  objective: string;
  layer: ActionLayer;
  horizon: Horizon | null;
  effectiveHorizon: Horizon;
  itemKeys: string[];
  ownerOrganisationId: string | null;
  ownerName: string | null;
  partnerOrganisationIds: string[];
  partnerNames: string[];
  startOn: IsoDate;
  endOn: IsoDate;
  budget: number | null;
  currency: string;
  fundingSource: string;
  status: ActionStatus;
  indicators: IndicatorView[];
  /** ISO 8601 instants. */
  createdAt: string;
  updatedAt: string;
}

export const SOURCE_MISSING_CODES = [
  'no_vision_workshop',
  'no_factors_workshop',
  'no_skills_workshop',
  'no_value_chain',
  'no_relations',
  'no_statistics_settings',
] as const;
export type SourceMissingCode = (typeof SOURCE_MISSING_CODES)[number];

export const sourceAvailabilitySchema = z.object({
  available: z.boolean(),
  label: z.string().nullable(),
  missing: z.enum(SOURCE_MISSING_CODES).nullable(),
});

/** Whether a source of the roadmap has something to give; `missing` says why not. */
export interface SourceAvailability {
  available: boolean;
  /** The workshop's title, "TR31 · 2023", ...; null when unavailable. */
  label: string | null;
  missing: SourceMissingCode | null;
}

const roadmapSettingsViewSchema = z.object({
  startsOn: z.string(),
  coverage: z.object({
    minFactorWeight: z.number().nullable(),
    largeGapScore: z.number(),
  }),
});

export const roadmapViewSchema = z.object({
  settings: roadmapSettingsViewSchema,
  settingsStored: z.boolean(),
  assembledAt: z.string().nullable(),
  sources: z.object({
    vision: sourceAvailabilitySchema,
    factors: sourceAvailabilitySchema,
    skills: sourceAvailabilitySchema,
    map: sourceAvailabilitySchema,
    statistics: sourceAvailabilitySchema,
  }),
  items: z.array(roadmapItemViewSchema),
  actions: z.array(roadmapActionViewSchema),
  uncoveredKeys: z.array(z.string()),
  roadmapIndicators: indicatorViewsSchema,
  today: z.string(),
});

/** GET /api/projects/:slug/roadmap. */
export interface RoadmapView {
  /** Stored, else the defaults: starting January 1 of the year after today. */
  settings: RoadmapSettings;
  settingsStored: boolean;
  /** When the roadmap was last assembled (ISO 8601); null: never (the page offers to assemble). */
  assembledAt: string | null;
  sources: {
    vision: SourceAvailability;
    factors: SourceAvailability;
    skills: SourceAvailability;
    map: SourceAvailability;
    statistics: SourceAvailability;
  };
  /** Stored order (position); dismissed ones included, flagged. */
  items: RoadmapItemView[];
  /** Position order. */
  actions: RoadmapActionView[];
  /** core uncoveredItems over the items not dismissed, the actions and settings.coverage. */
  uncoveredKeys: string[];
  /** The indicators of the whole roadmap (actionId null). */
  roadmapIndicators: IndicatorView[];
  today: IsoDate;
}

/** The names of the project's organisations, by id. */
async function organisationNames(db: Db, projectId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: schema.organisations.id, name: schema.organisations.name })
    .from(schema.organisations)
    .where(eq(schema.organisations.projectId, projectId));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The project's actions presented, in plan order, with every indicator view of the project. */
export async function loadRoadmapActions(
  db: Db,
  project: ProjectRow,
  today: IsoDate,
): Promise<{
  actions: RoadmapActionView[];
  rows: RoadmapActionRow[];
  indicators: IndicatorView[];
}> {
  const [rows, indicators, names] = await Promise.all([
    listRoadmapActions(db, project.id),
    indicatorViews(db, project.id, today),
    organisationNames(db, project.id),
  ]);
  const { startsOn } = effectiveRoadmapSettings(project.roadmapSettings, today);
  const actions = rows.map((row) =>
    presentRoadmapAction(
      row,
      indicators.filter((indicator) => indicator.actionId === row.id),
      names,
      startsOn,
    ),
  );
  return { actions, rows, indicators };
}

/** GET .../roadmap: everything the roadmap page shows, on `today`. */
export async function loadRoadmapView(
  db: Db,
  project: ProjectRow,
  today: IsoDate,
): Promise<RoadmapView> {
  const settings = effectiveRoadmapSettings(project.roadmapSettings, today);
  const [itemRows, assembledAt, sources, plan] = await Promise.all([
    listRoadmapItems(db, project.id),
    roadmapAssembledAt(db, project.id),
    roadmapSourceAvailability(db, project),
    loadRoadmapActions(db, project, today),
  ]);
  const items = itemRows.map((row) => presentRoadmapItem(row, plan.rows));
  const standing = items.filter((item) => !item.dismissed);
  return {
    settings,
    settingsStored: project.roadmapSettings !== null,
    assembledAt: assembledAt?.toISOString() ?? null,
    sources,
    items,
    actions: plan.actions,
    uncoveredKeys: uncoveredItems(standing, plan.actions, settings.coverage).map(
      (item) => item.key,
    ),
    roadmapIndicators: plan.indicators.filter((indicator) => indicator.actionId === null),
    today,
  };
}
