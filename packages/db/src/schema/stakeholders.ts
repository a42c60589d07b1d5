// Stage 1: the organisation registry, contacts, visits, follow-ups, commitment assessments and
// the readiness gate decisions.

import {
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  boolean,
} from 'drizzle-orm/pg-core';
import type { OrganisationType, VisitLevel } from '@kume/core';
import { users } from './accounts';
import { projects } from './projects';

const projectId = () =>
  uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    name: text('name').notNull(),
    /** foldForSearch(name): two organisations of a project may not share it. */
    nameKey: text('name_key').notNull(),
    type: text('type').$type<OrganisationType>().notNull(),
    industryCode: text('industry_code'),
    valueChainStage: text('value_chain_stage'),
    employees: integer('employees'),
    district: text('district'),
    city: text('city'),
    address: text('address'),
    website: text('website'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    notes: text('notes'),
    /** Added by a field study answer that named an unknown organisation: to be checked. */
    needsReview: boolean('needs_review').notNull().default(false),
    /** Where the record came from when not typed in: '' or 'field_study'. */
    source: text('source').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('organisations_name_key_idx').on(table.projectId, table.nameKey)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    consentToContact: boolean('consent_to_contact').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [index('contacts_organisation_idx').on(table.organisationId)],
);

export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    visitedOn: date('visited_on').notNull(),
    level: text('level').$type<VisitLevel>().notNull(),
    purpose: text('purpose').notNull().default(''),
    notes: text('notes').notNull().default(''),
    outcomes: text('outcomes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('visits_project_idx').on(table.projectId, table.visitedOn)],
);

export const visitOrganisations = pgTable(
  'visit_organisations',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.visitId, table.organisationId] }),
    index('visit_organisations_org_idx').on(table.organisationId),
  ],
);

export const visitContacts = pgTable(
  'visit_contacts',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.visitId, table.contactId] })],
);

export const visitTeam = pgTable(
  'visit_team',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.visitId, table.userId] })],
);

export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('follow_ups_project_idx').on(table.projectId, table.dueOn)],
);

export const commitmentAssessments = pgTable(
  'commitment_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    willingness: smallint('willingness').notNull(),
    influence: smallint('influence').notNull(),
    resourcesPledged: text('resources_pledged').notNull().default(''),
    pledgedAmount: numeric('pledged_amount', { mode: 'number' }),
    currency: text('currency').notNull().default('TRY'),
    assessedOn: date('assessed_on').notNull(),
    assessorUserId: uuid('assessor_user_id').references(() => users.id, { onDelete: 'set null' }),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
  },
  (table) => [
    index('commitments_org_idx').on(table.organisationId),
    index('commitments_project_idx').on(table.projectId),
  ],
);

export const gateDecisions = pgTable(
  'gate_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    decision: text('decision').$type<'go' | 'no_go'>().notNull(),
    decidedOn: date('decided_on').notNull(),
    note: text('note').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('gate_decisions_project_idx').on(table.projectId)],
);
