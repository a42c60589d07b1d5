// The Information Day: the event (date, venue, agenda, capacity, public code, deck settings), the
// guests' registrations with their ticket (only its SHA-256 is stored) and check-in, personal
// invitations to stakeholders, and the project's benchmark case library and logo for the deck.

import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
  AgendaItem,
  BenchmarkCase,
  DeckSettings,
  RegistrationSource,
  RegistrationStatus,
} from '@kume/core';
import { users } from './accounts';
import { projects } from './projects';
import { organisations } from './stakeholders';
import { workshops } from './workshops';

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    eventDate: date('event_date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    venue: text('venue').notNull(),
    address: text('address').notNull().default(''),
    description: text('description').notNull().default(''),
    agenda: jsonb('agenda').$type<AgendaItem[]>().notNull().default([]),
    capacity: integer('capacity').notNull(),
    waitlist: boolean('waitlist').notNull().default(true),
    registrationOpen: boolean('registration_open').notNull().default(true),
    /** The public registration page's address (/e/CODE): 8 characters without 0/O/1/I. */
    publicCode: text('public_code').notNull(),
    /** The custom workshop of poll rounds run during the event. */
    pollWorkshopId: uuid('poll_workshop_id').references(() => workshops.id, {
      onDelete: 'set null',
    }),
    /** Sections, benchmark case, workshop calendar and next steps of the generated deck. */
    deckSettings: jsonb('deck_settings').$type<DeckSettings>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('events_project_idx').on(table.projectId),
    uniqueIndex('events_public_code_idx').on(table.publicCode),
  ],
);

/** A personal link sent to a stakeholder: registering through it ties the guest to the organisation. */
export const eventInvitations = pgTable(
  'event_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The contact it is addressed to, when the organisation has one with an email. */
    contactName: text('contact_name').notNull().default(''),
    email: text('email').notNull().default(''),
    tokenSha256: text('token_sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('event_invitations_token_idx').on(table.tokenSha256),
    uniqueIndex('event_invitations_organisation_idx').on(table.eventId, table.organisationId),
  ],
);

export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisationName: text('organisation_name').notNull().default(''),
    /** The registry's organisation: from an invitation, or matched by name by the facilitator. */
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    email: text('email').notNull(),
    /** The email trimmed and lower-cased: one registration per address and event. */
    emailKey: text('email_key').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    status: text('status').$type<RegistrationStatus>().notNull(),
    source: text('source').$type<RegistrationSource>().notNull(),
    invitationId: uuid('invitation_id').references(() => eventInvitations.id, {
      onDelete: 'set null',
    }),
    /** The ticket in the guest's QR code, as its SHA-256. */
    ticketSha256: text('ticket_sha256').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInBy: uuid('checked_in_by').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('event_registrations_event_idx').on(table.eventId),
    uniqueIndex('event_registrations_ticket_idx').on(table.ticketSha256),
    uniqueIndex('event_registrations_email_idx')
      .on(table.eventId, table.emailKey)
      .where(sql`${table.status} <> 'cancelled'`),
  ],
);

/** The project's library of benchmark cluster initiatives for the deck; shipped cases keep their key. */
export const benchmarkCases = pgTable(
  'benchmark_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** The shipped case it was copied from (core's BENCHMARK_CASES), or null for the project's own. */
    builtinKey: text('builtin_key'),
    content: jsonb('content').$type<Omit<BenchmarkCase, 'id'>>().notNull(),
    /** A shipped case the project deleted: kept hidden so it is not copied in again. */
    hidden: boolean('hidden').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('benchmark_cases_project_idx').on(table.projectId),
    uniqueIndex('benchmark_cases_builtin_idx').on(table.projectId, table.builtinKey),
  ],
);

/** The project's logo, shown on every slide and on the documents (PNG or JPEG, at most 1 MB). */
export const projectLogos = pgTable('project_logos', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  mediaType: text('media_type').$type<'image/png' | 'image/jpeg'>().notNull(),
  /** The image bytes, base64 (the same text on PGlite and PostgreSQL). */
  base64: text('base64').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
