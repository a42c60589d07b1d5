// Live workshops, event-sourced: the workshop (its definition, status and join code), the people
// who joined it (only their token's SHA-256) and the commands that changed it, in order.

import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  WorkshopCommand,
  WorkshopDefinition,
  WorkshopResults,
  WorkshopTemplateId,
} from '@kume/core';
import { users } from './accounts';
import { projects } from './projects';
import { organisations } from './stakeholders';

export type WorkshopStatus = 'draft' | 'live' | 'closed';

export const workshops = pgTable(
  'workshops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    template: text('template').$type<WorkshopTemplateId>().notNull(),
    /** 6 characters without 0/O/1/I; unique among the workshops that are not closed. */
    code: text('code').notNull(),
    status: text('status').$type<WorkshopStatus>().notNull().default('draft'),
    definition: jsonb('definition').$type<WorkshopDefinition>().notNull(),
    /** workshopResults of the state when the workshop closed; null before. */
    results: jsonb('results').$type<WorkshopResults>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('workshops_project_idx').on(table.projectId),
    uniqueIndex('workshops_open_code_idx')
      .on(table.code)
      .where(sql`${table.status} <> 'closed'`),
  ],
);

/** Who joined a workshop; the token that rejoins as them is stored as its SHA-256 only. */
export const workshopParticipants = pgTable(
  'workshop_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    tokenSha256: text('token_sha256').notNull(),
    name: text('name'),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    isFacilitator: boolean('is_facilitator').notNull().default(false),
    /** The signed-in user behind a facilitator participant. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('workshop_participants_token_idx').on(table.tokenSha256),
    index('workshop_participants_workshop_idx').on(table.workshopId),
  ],
);

/**
 * Every accepted command of a workshop, numbered from 1 without gaps: folding them in order with
 * core's applyCommand at their `at` rebuilds the state on any server instance. A client's message
 * id is stored so a repeat reaching another instance is recognised and never applied twice.
 */
export const workshopEvents = pgTable(
  'workshop_events',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    participantId: uuid('participant_id').references(() => workshopParticipants.id, {
      onDelete: 'set null',
    }),
    messageId: text('message_id'),
    command: jsonb('command').$type<WorkshopCommand>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.workshopId, table.seq] }),
    uniqueIndex('workshop_events_message_idx').on(
      table.workshopId,
      table.participantId,
      table.messageId,
    ),
  ],
);
