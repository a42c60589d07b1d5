// Map shapes a project imported (GeoJSON of NUTS regions, Turkish provinces or districts, ...),
// kept for the choropleth map of the field study's secondary research.

import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { projects } from './projects';
import { bytea } from './statistics';

/** A region of an imported map: its code (the feature's id) and name, if the file gives one. */
export interface GeographyRegion {
  id: string;
  name: string | null;
}

export const geographies = pgTable(
  'geographies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    fileName: text('file_name').notNull().default(''),
    /** The property of the file's features that held the region codes. */
    idProperty: text('id_property').notNull(),
    /** The property that held the region names; null when none. */
    nameProperty: text('name_property'),
    featureCount: integer('feature_count').notNull(),
    /** Each feature's code and name, in file order, to match region codes without the shapes. */
    regions: jsonb('regions').$type<GeographyRegion[]>().notNull(),
    /**
     * The shapes as GeoJSON text (core `regionsGeoJson`: the code as feature id, the name as the
     * only property), gzipped: served as is to browsers, which unpack it themselves.
     */
    shapes: bytea('shapes').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('geographies_project_idx').on(table.projectId)],
);
