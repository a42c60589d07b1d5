// The column mapping of a dataset import while the analyst edits it: which fields still need a
// column, and the `options` the import sends (mapping, fixed year, worksheet).

import {
  STATS_MAPPING_FIELDS as MAPPING_FIELDS,
  type StatsMappingField as MappingField,
} from '@kume/core/stats/statsMappingFields';
import type { DatasetImportOptions, StatsMappingView } from '@kume/server';

export { MAPPING_FIELDS, type MappingField };

/** The chosen column (0-based) of each field; a field without one is absent. */
export type MappingDraft = Partial<Record<MappingField, number>>;

/** The fields a table cannot be read without; the year only when no fixed year is given. */
export function requiredFields(fixedYear: number | null): MappingField[] {
  return fixedYear === null
    ? ['region', 'industry', 'year', 'employment']
    : ['region', 'industry', 'employment'];
}

/** The required fields still without a column. */
export function missingFields(draft: MappingDraft, fixedYear: number | null): MappingField[] {
  return requiredFields(fixedYear).filter((field) => draft[field] === undefined);
}

/** A draft from the server's suggestion (fields it could not place stay unchosen). */
export function draftFromSuggestion(suggested: StatsMappingView): MappingDraft {
  const draft: MappingDraft = {};
  for (const field of MAPPING_FIELDS) {
    const column = suggested[field];
    if (column !== undefined && column !== null) draft[field] = column;
  }
  return draft;
}

/**
 * The draft with `column` chosen for `field` (undefined: none). A column serves one field, so
 * a field that had it loses it; choosing a year column drops a fixed year (see `withFixedYear`).
 */
export function chooseColumn(
  draft: MappingDraft,
  field: MappingField,
  column: number | undefined,
): MappingDraft {
  const next: MappingDraft = {};
  for (const other of MAPPING_FIELDS)
    if (other !== field && draft[other] !== undefined && draft[other] !== column)
      next[other] = draft[other];
  if (column !== undefined) next[field] = column;
  return next;
}

/** The `options` of the import: the mapping, the fixed year (instead of a year column), the sheet. */
export function mappingOptions(
  draft: MappingDraft,
  fixedYear: number | null,
  sheet: string | undefined,
): Pick<DatasetImportOptions, 'mapping' | 'year' | 'sheet'> {
  const mapping: MappingDraft = { ...draft };
  if (fixedYear !== null) delete mapping.year;
  return {
    mapping,
    ...(fixedYear === null ? {} : { year: fixedYear }),
    ...(sheet === undefined ? {} : { sheet }),
  };
}
