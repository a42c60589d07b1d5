// The fields of a generic statistics table that a column mapping assigns columns to, shared by
// the file reader (io) and the mapping step of the web app.

/** In the order a form lists them; region, industry, year and employment are required. */
export const STATS_MAPPING_FIELDS = [
  'region',
  'industry',
  'year',
  'employment',
  'establishments',
  'payroll',
  'employmentFlag',
] as const;

export type StatsMappingField = (typeof STATS_MAPPING_FIELDS)[number];
