// Secondary research: imported statistics datasets (stored columnar, see core
// `encodeStatsTable`) and cluster definitions, several of each per project.

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
    /** The StatsTable, encoded by core `encodeStatsTable`. */
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
