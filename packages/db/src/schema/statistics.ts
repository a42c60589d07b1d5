// Secondary research: imported statistics datasets (stored columnar, see core
// `encodeStatsTable`), cluster definitions and cluster relatedness matrices, several per project.

import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  customType,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { projects } from './projects';

/** PostgreSQL bytea as bytes (PGlite gives Uint8Array, node-postgres a Buffer, which is one). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** One entry of a cluster definition: an industry code in a cluster (traded or local). */
export interface ClusterDefinitionEntry {
  industry: string;
  cluster: string;
  clusterName?: string;
  type: 'traded' | 'local';
  subcluster?: string;
}

export const datasets = pgTable(
  'datasets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    fileName: text('file_name').notNull(),
    /** 'cbp' | 'eurostat' | 'generic' */
    sourceFormat: text('source_format').notNull(),
    rowCount: integer('row_count').notNull(),
    regionCount: integer('region_count').notNull(),
    industryCount: integer('industry_count').notNull(),
    years: integer('years').array().notNull(),
    /** The StatsTable, encoded by core `encodeStatsTable`, then deflated (zlib). */
    data: bytea('data').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('datasets_project_idx').on(table.projectId)],
);

export const clusterDefinitions = pgTable(
  'cluster_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Where it came from: a file name, or 'edited'. */
    source: text('source').notNull().default(''),
    entries: jsonb('entries').$type<ClusterDefinitionEntry[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('cluster_definitions_project_idx').on(table.projectId)],
);

/** One directed pair of a relatedness matrix, cluster codes (or names) as in the imported file. */
export interface RelatednessPair {
  cluster: string;
  related: string;
  /** The relatedness score (US Cluster Mapping: cr_all). */
  score: number;
  /** The score's percentile among all pairs, 0-100 (cr_all_pc). */
  percentile: number;
}

export const relatednessMatrices = pgTable(
  'relatedness_matrices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    fileName: text('file_name').notNull().default(''),
    pairCount: integer('pair_count').notNull(),
    pairs: jsonb('pairs').$type<RelatednessPair[]>().notNull(),
    /** Cluster names by code, where the file gives them (the published matrix numbers clusters). */
    clusterNames: jsonb('cluster_names').$type<Record<string, string>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('relatedness_matrices_project_idx').on(table.projectId)],
);

/** One non-zero cell of a direct-requirements table: [supplier, industry, coefficient]. */
export type IoTableCell = [supplier: string, industry: string, coefficient: number];

/** Input-output direct-requirements tables (dollars of a supplier's output per dollar of an industry's). */
export const ioTables = pgTable(
  'io_tables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    fileName: text('file_name').notNull().default(''),
    /** 'bea' | 'long' | 'matrix' */
    layout: text('layout').notNull(),
    cellCount: integer('cell_count').notNull(),
    /** Row codes (value-added rows included) and column codes, in file order. */
    suppliers: jsonb('suppliers').$type<string[]>().notNull(),
    industries: jsonb('industries').$type<string[]>().notNull(),
    cells: jsonb('cells').$type<IoTableCell[]>().notNull(),
    /** Code -> name, where a names file gave them. */
    names: jsonb('names').$type<Record<string, string>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('io_tables_project_idx').on(table.projectId)],
);
