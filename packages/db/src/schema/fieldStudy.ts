// The field study's primary research: questionnaires and their links, responses, interviews and
// focus groups with quotes, and the relations between organisations that the answers report
// (the cluster map's edges).

import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  Answers,
  Questionnaire,
  RelationFrequency,
  RelationLocation,
  RelationType,
} from '@kume/core';
import { users } from './accounts';
import { projects } from './projects';
import { contacts, organisations } from './stakeholders';

const projectId = () =>
  uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export type QuestionnaireStatus = 'draft' | 'open' | 'closed';
export type ResponseChannel = 'link' | 'public' | 'interview' | 'import';
export type ResponseStatus = 'draft' | 'submitted';
export type InterviewKind = 'interview' | 'focus_group';

export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    definition: jsonb('definition').$type<Questionnaire>().notNull(),
    status: text('status').$type<QuestionnaireStatus>().notNull().default('draft'),
    opensOn: date('opens_on'),
    closesOn: date('closes_on'),
    /** The public link's code (random, 22 characters); null while the public link is off. */
    publicCode: text('public_code'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('questionnaires_project_idx').on(table.projectId),
    uniqueIndex('questionnaires_public_code_idx').on(table.publicCode),
  ],
);

/** A respondent's unguessable link: only the token's SHA-256 is stored. */
export const respondentLinks = pgTable(
  'respondent_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    /** Null for a link started from the public link. */
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('respondent_links_token_idx').on(table.tokenHash),
    index('respondent_links_questionnaire_idx').on(table.questionnaireId),
  ],
);

export const responses = pgTable(
  'responses',
  {
    /** May be chosen by the client: interview mode syncs idempotently by it. */
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    /** One response per link. */
    linkId: uuid('link_id').references(() => respondentLinks.id, { onDelete: 'set null' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    channel: text('channel').$type<ResponseChannel>().notNull(),
    status: text('status').$type<ResponseStatus>().notNull().default('draft'),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    respondentName: text('respondent_name').notNull().default(''),
    respondentEmail: text('respondent_email').notNull().default(''),
    interviewerId: uuid('interviewer_id').references(() => users.id, { onDelete: 'set null' }),
    startedAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('responses_link_idx').on(table.linkId),
    index('responses_questionnaire_idx').on(table.questionnaireId),
    index('responses_organisation_idx').on(table.organisationId),
  ],
);

/**
 * A facilitator's codes (tags) on one free-text answer of a submitted response (qualitative
 * coding). No row when the answer has no tags.
 */
export const answerTags = pgTable(
  'answer_tags',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    /** The text or longText question of the response's questionnaire. */
    questionId: text('question_id').notNull(),
    tags: text('tags').array().notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [primaryKey({ columns: [table.responseId, table.questionId] })],
);

/** An interview or a focus group meeting. */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    kind: text('kind').$type<InterviewKind>().notNull(),
    heldOn: date('held_on').notNull(),
    title: text('title').notNull().default(''),
    notes: text('notes').notNull().default(''),
    facilitatorId: uuid('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    /** The questionnaire answers taken during an interview, if any. */
    responseId: uuid('response_id').references(() => responses.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('interviews_project_idx').on(table.projectId),
    uniqueIndex('interviews_response_idx').on(table.responseId),
  ],
);

export const interviewParticipants = pgTable(
  'interview_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    /** A person named without a contact record. */
    name: text('name').notNull().default(''),
    position: smallint('position').notNull().default(0),
  },
  (table) => [index('interview_participants_interview_idx').on(table.interviewId)],
);

export const quotes = pgTable(
  'quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    text: text('text').notNull(),
    tags: text('tags').array().notNull().default([]),
    position: smallint('position').notNull().default(0),
  },
  (table) => [index('quotes_interview_idx').on(table.interviewId)],
);

/**
 * A relation between two organisations of the project, from the source's view ("B is A's
 * supplier" is source A, type supplier, target B). Confirmed when the target reported the
 * matching relation too.
 */
export const relations = pgTable(
  'relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: projectId(),
    sourceOrganisationId: uuid('source_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    targetOrganisationId: uuid('target_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    relationType: text('relation_type').$type<RelationType>().notNull(),
    /** Share of the source's purchases or sales, 0-100. */
    sharePercent: smallint('share_percent'),
    frequency: text('frequency').$type<RelationFrequency>(),
    location: text('location').$type<RelationLocation>(),
    /** Provenance: the response that reported it (null when entered by hand or imported). */
    responseId: uuid('response_id').references(() => responses.id, { onDelete: 'cascade' }),
    questionId: text('question_id'),
    reportedByOrganisationId: uuid('reported_by_organisation_id').references(
      () => organisations.id,
      { onDelete: 'set null' },
    ),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Provenance of an imported relation: the file's name (null when reported or entered by hand). */
    sourceFile: text('source_file'),
    confirmed: boolean('confirmed').notNull().default(false),
  },
  (table) => [
    index('relations_project_idx').on(table.projectId),
    index('relations_source_idx').on(table.sourceOrganisationId),
    index('relations_target_idx').on(table.targetOrganisationId),
    index('relations_response_idx').on(table.responseId),
  ],
);
