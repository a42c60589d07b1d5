// The roadmap: its items traced to their sources (workshops, cluster map, statistics, typed by
// hand), the action plan with indicators and their measured values, and the cluster management's
// self-assessments. The roadmap's settings live on the project (projects.roadmap_settings).

import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  ActionLayer,
  ActionStatus,
  Horizon,
  IpaQuadrant,
  LocalText,
  RoadmapItemKind,
  RoadmapItemSource,
  RoadmapSourceState,
  SelfAssessmentAnswer,
} from '@kume/core';
import { users } from './accounts';
import { projects } from './projects';
import { organisations } from './stakeholders';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const projectId = () =>
  uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' });

/** A roadmap item (core RoadmapItem) keyed by its stable source key within the project. */
export const roadmapItems = pgTable(
  'roadmap_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    key: text('key').notNull(),
    kind: text('kind').$type<RoadmapItemKind>().notNull(),
    title: jsonb('title').$type<LocalText>().notNull(),
    detail: jsonb('detail').$type<LocalText>().notNull(),
    weight: doublePrecision('weight'),
    score: doublePrecision('score'),
    figures: jsonb('figures').$type<Record<string, number>>().notNull().default({}),
    quadrant: text('quadrant').$type<IpaQuadrant>(),
    parentKey: text('parent_key'),
    source: jsonb('source').$type<RoadmapItemSource>().notNull(),
    sourceState: text('source_state').$type<RoadmapSourceState>().notNull().default('present'),
    /**
     * Taken off the roadmap by a facilitator: an assembled item stays dismissed when assembled
     * again (manual items are deleted instead). Restorable.
     */
    dismissed: boolean('dismissed').notNull().default(false),
    /** The order of the last assembly (assembleRoadmapItems' order, then manual, then gone). */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('roadmap_items_project_key').on(table.projectId, table.key)],
);

/** An action of the action plan (core RoadmapAction without its indicators). */
export const roadmapActions = pgTable(
  'roadmap_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    title: text('title').notNull(),
    objective: text('objective').notNull().default(''),
    layer: text('layer').$type<ActionLayer>().notNull(),
    /** Chosen by hand; null: derived from the end date (core horizonOf). */
    horizon: text('horizon').$type<Horizon>(),
    /** The roadmap item keys the action addresses (roadmap_items.key). */
    itemKeys: jsonb('item_keys').$type<string[]>().notNull().default([]),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    partnerOrganisationIds: jsonb('partner_organisation_ids')
      .$type<string[]>()
      .notNull()
      .default([]),
    startOn: date('start_on').notNull(),
    endOn: date('end_on').notNull(),
    budget: doublePrecision('budget'),
    currency: text('currency').notNull().default('TRY'),
    fundingSource: text('funding_source').notNull().default(''),
    status: text('status').$type<ActionStatus>().notNull().default('planned'),
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('roadmap_actions_project').on(table.projectId)],
);

/**
 * An indicator (core Indicator): of an action, or of the roadmap as a whole when action_id is
 * null (the cluster support programme's indicators).
 */
export const roadmapIndicators = pgTable(
  'roadmap_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    actionId: uuid('action_id').references(() => roadmapActions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    baselineOn: date('baseline_on').notNull(),
    target: doublePrecision('target').notNull(),
    dueOn: date('due_on').notNull(),
    presetCode: text('preset_code'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [
    index('roadmap_indicators_project').on(table.projectId),
    index('roadmap_indicators_action').on(table.actionId),
  ],
);

/** A measured value of an indicator (core IndicatorValueInput), on the day it was measured. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => roadmapIndicators.id, { onDelete: 'cascade' }),
    measuredOn: date('measured_on').notNull(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('indicator_values_indicator').on(table.indicatorId, table.measuredOn)],
);

/**
 * One cluster-management self-assessment: the answers to the project's indicator list as it was
 * (the list is copied in, so later edits to the list do not rewrite history).
 */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    assessedOn: date('assessed_on').notNull(),
    title: text('title').notNull().default(''),
    /** core SelfAssessmentIndicator[] at the time of the assessment. */
    indicators: jsonb('indicators').notNull(),
    answers: jsonb('answers').$type<SelfAssessmentAnswer[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('self_assessments_project').on(table.projectId, table.assessedOn)],
);
