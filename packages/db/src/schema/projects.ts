// Projects (cluster initiatives), their members and invitations.

import { sql } from 'drizzle-orm';
import {
  boolean,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  index,
} from 'drizzle-orm/pg-core';
import type {
  ProjectRole,
  ReadinessThresholds,
  RoadmapSettings,
  SelfAssessmentIndicator,
  ValueChain,
} from '@kume/core';
import { users } from './accounts';

/** What the analyst chose in the secondary research; every field optional. */
export interface StatisticsSettings {
  datasetId?: string;
  definitionId?: string;
  relatednessId?: string;
  focusRegion?: string;
  benchmarkRegion?: string | null;
  year?: number;
  fromYear?: number;
  focusClusters?: string[];
}

/** The project's input-output choices for the cluster map's weak-supplier gaps. */
export interface IoSettings {
  /** An io_tables row of the project. */
  ioTableId: string;
  /** The cluster's industries: column codes of the table. */
  clusterIndustries: string[];
  /** Rows that are no supplier industry; absent: the rows that are no column of the table. */
  excludedRows?: string[];
}

/** A confirmed working group: organisation ids, when and by which user. */
export interface ConfirmedWorkingGroup {
  memberIds: string[];
  /** ISO 8601 timestamp. */
  confirmedAt: string;
  /** User id of the facilitator who confirmed it; null when imported and they have no account. */
  confirmedBy: string | null;
}

export const projects = pgTable('projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  sector: text('sector').notNull().default(''),
  region: text('region').notNull().default(''),
  description: text('description').notNull().default(''),
  languages: text('languages')
    .array()
    .notNull()
    .default(sql`'{tr,en}'::text[]`),
  isSample: boolean('is_sample').notNull().default(false),
  readinessThresholds: jsonb('readiness_thresholds').$type<ReadinessThresholds>(),
  /** The field study's chosen dataset, definition, focus region and clusters (carried into later stages). */
  statisticsSettings: jsonb('statistics_settings').$type<StatisticsSettings>(),
  /** The project's own copy of a value-chain template (valueChainSchema); null until chosen. */
  valueChain: jsonb('value_chain').$type<ValueChain>(),
  /** The working group the facilitator confirmed for the workshops; null until confirmed. */
  workingGroup: jsonb('working_group').$type<ConfirmedWorkingGroup>(),
  /** The input-output table and cluster industries the map's supplier gaps use; null until set. */
  ioSettings: jsonb('io_settings').$type<IoSettings>(),
  /** The roadmap's start and coverage options (core RoadmapSettings); null until set. */
  roadmapSettings: jsonb('roadmap_settings').$type<RoadmapSettings>(),
  /** The self-assessment's indicator list (core SelfAssessmentIndicator[]); null: Kume's defaults. */
  selfAssessmentIndicators: jsonb('self_assessment_indicators').$type<SelfAssessmentIndicator[]>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const projectMembers = pgTable(
  'project_members',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<ProjectRole>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.userId] }),
    index('project_members_user_idx').on(table.userId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').$type<ProjectRole>().notNull(),
    /** SHA-256 of the link's token. */
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [index('invitations_project_idx').on(table.projectId)],
);
