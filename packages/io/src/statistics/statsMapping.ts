// A column mapping for generic statistics files whose headings Kume does not recognise (TÜİK or
// SGK spreadsheets, columns in any order): the analyst says which column holds which field.

import { STATS_MAPPING_FIELDS, type StatsMappingField } from '@kume/core/stats/statsMappingFields';
import { matchStatsColumns, type StatsColumns } from './statsColumns';
import type { StatsRowError } from './statsRowError';

export { STATS_MAPPING_FIELDS, type StatsMappingField };

/**
 * The column (0-based position in the heading row) of each field; absent or null = not in the
 * file. region, industry and employment are required, and year unless every row's year is given
 * as an option; establishments, payroll and employmentFlag are optional (missing values are NaN).
 */
export type StatsMapping = Partial<Record<StatsMappingField, number | null>>;

const REQUIRED: readonly StatsMappingField[] = ['region', 'industry', 'year', 'employment'];

/**
 * The columns a mapping names, checked against the heading row: every required field mapped
 * (year only without `yearKnown`), each to a column the heading row has, no column for two
 * fields. Errors are on line 1 and carry the `field` they are about.
 */
export function columnsFromMapping(
  mapping: StatsMapping,
  headings: readonly string[],
  /** Every row's year is given (the `year` option), so no year column is needed. */
  yearKnown = false,
): { columns: StatsColumns; errors: [] } | { columns: null; errors: StatsRowError[] } {
  const errors: StatsRowError[] = [];
  const found: Partial<Record<StatsMappingField, number>> = {};
  const fieldOfColumn = new Map<number, StatsMappingField>();
  for (const field of STATS_MAPPING_FIELDS) {
    const column = mapping[field];
    if (column === undefined || column === null) {
      if (REQUIRED.includes(field) && !(field === 'year' && yearKnown))
        errors.push({
          line: 1,
          column: 1,
          field,
          message: `mapping: ${field} is required but no column is chosen for it`,
        });
      continue;
    }
    if (!Number.isInteger(column) || column < 0) {
      errors.push({
        line: 1,
        column: 1,
        field,
        message: `mapping: ${field}: ${String(column)} is not a column position (0 is the first column)`,
      });
      continue;
    }
    if (column >= headings.length) {
      errors.push({
        line: 1,
        column: column + 1,
        field,
        message: `mapping: ${field} points to column ${column + 1}, but the heading row has ${headings.length} column${headings.length === 1 ? '' : 's'}`,
      });
      continue;
    }
    const other = fieldOfColumn.get(column);
    if (other !== undefined) {
      errors.push({
        line: 1,
        column: column + 1,
        field,
        message: `mapping: ${other} and ${field} both point to column ${column + 1} ("${headings[column]}"): choose one column per field`,
      });
      continue;
    }
    fieldOfColumn.set(column, field);
    found[field] = column;
  }
  if (errors.length > 0) return { columns: null, errors };
  const column = (field: StatsMappingField) => found[field] ?? -1;
  return {
    columns: {
      layout: 'generic',
      region: column('region'),
      county: -1,
      industry: column('industry'),
      year: column('year'),
      employment: column('employment'),
      establishments: column('establishments'),
      payroll: column('payroll'),
      flag: column('employmentFlag'),
      legalForm: -1,
    },
    errors: [],
  };
}

/** The columns of a table: from the mapping when there is one, else matched by their headings. */
export function findStatsColumns(
  headings: readonly string[],
  mapping: StatsMapping | undefined,
  yearKnown: boolean,
): { columns: StatsColumns; errors: [] } | { columns: null; errors: StatsRowError[] } {
  return mapping
    ? columnsFromMapping(mapping, headings, yearKnown)
    : matchStatsColumns(headings, yearKnown);
}
