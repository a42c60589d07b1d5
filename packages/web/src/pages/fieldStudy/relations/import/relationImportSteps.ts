// Pure helpers of the relation import's screens: which required fields are unmapped, whether a
// check allows the import, and the words (translation key and values) of a check's error.

import {
  REQUIRED_RELATION_IMPORT_FIELDS,
  type RelationImportError,
  type RelationImportField,
  type RelationImportMapping,
} from '@kume/core';
import type { RelationImportResultView } from '@kume/server';

/** The required fields (source, target, type) that no column feeds yet. */
export function missingRelationFields(mapping: RelationImportMapping): RelationImportField[] {
  return REQUIRED_RELATION_IMPORT_FIELDS.filter((field) => mapping[field] === undefined);
}

/** The mapping with `field` fed by `column`, or by none when `column` is undefined. */
export function withColumn(
  mapping: RelationImportMapping,
  field: RelationImportField,
  column: number | undefined,
): RelationImportMapping {
  const next = { ...mapping };
  if (column === undefined) delete next[field];
  else next[field] = column;
  return next;
}

/** Whether the import may run: no error, and something new to add. */
export function canImportRelations(check: RelationImportResultView | null): boolean {
  return check !== null && check.errorCount === 0 && check.toAdd > 0;
}

/**
 * The translation key under `relations.import.error` and its values for one error of the check.
 * `field` is the field's code: the screen words it with its label.
 */
export function relationImportErrorText(error: RelationImportError): {
  key: string;
  values: Record<string, string | number>;
} {
  const values: Record<string, string | number> = { ...error.params };
  if (error.field) values.field = error.field;
  const key =
    error.code === 'unknown_organisation' && error.params?.suggestion !== undefined
      ? 'unknown_organisation_suggest'
      : error.code;
  return { key: `relations.import.error.${key}`, values };
}
