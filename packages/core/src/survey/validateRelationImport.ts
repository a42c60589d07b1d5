// Checks the rows of a relation file (CSV or XLSX already read into text cells) against the
// project's organisations and relations. All or nothing: the caller writes only when there is
// no error. Fast enough for 100,000 rows: each distinct cell is folded and resolved once.

import { columnLetter } from '../organisation/importFields';
import { closestName } from '../text/closestName';
import { foldForSearch } from '../text/foldForSearch';
import {
  parseConfirmed,
  parseRelationFrequency,
  parseRelationLocation,
  parseRelationType,
  parseSharePercent,
  REQUIRED_RELATION_IMPORT_FIELDS,
  type RelationImportField,
  type RelationImportMapping,
} from './relationImportFields';
import type { RelationFrequency, RelationLocation, RelationType } from './relationTypes';

/** Rows a file may hold: far above a cluster's relations, below what one request should carry. */
export const MAX_RELATION_IMPORT_ROWS = 200_000;
/** Errors and duplicates listed by default; the rest are only counted. */
export const RELATION_IMPORT_LIST_LIMIT = 100;

/** What can be wrong with a relation file or one of its rows. */
export const RELATION_IMPORT_ERROR_CODES = [
  'unmapped_field',
  'too_many_rows',
  'required',
  'unknown_organisation',
  'self_loop',
  'unknown_type',
  'share_not_number',
  'share_out_of_range',
  'unknown_frequency',
  'unknown_location',
  'not_yes_no',
  'conflicting_duplicate',
] as const;
export type RelationImportErrorCode = (typeof RELATION_IMPORT_ERROR_CODES)[number];

export interface RelationImportError {
  /** The spreadsheet row, 1-based, the heading row being row 1. */
  row: number;
  /** Column letter and heading, e.g. "B (Hedef)"; null for errors about the file. */
  column: string | null;
  field: RelationImportField | null;
  code: RelationImportErrorCode;
  /** The error in English (the API's words); the web app words it from `code` and `params`. */
  message: string;
  /** The offending cell, cut to 60 characters (text, never HTML). */
  value?: string;
  /** Values the message names: `suggestion` (nearest registry name), `firstRow`, `limit`. */
  params?: Record<string, string | number>;
}

export interface OrganisationRef {
  id: string;
  name: string;
}

/** A relation ready to be stored. */
export interface RelationImportRecord {
  row: number;
  sourceOrganisationId: string;
  targetOrganisationId: string;
  relationType: RelationType;
  sharePercent: number | null;
  frequency: RelationFrequency | null;
  location: RelationLocation | null;
  confirmed: boolean;
}

/** A row not imported because its relation is there already: in the project or earlier in the file. */
export interface SkippedRelationRow {
  row: number;
  source: string;
  target: string;
  relationType: RelationType;
  /** For a repeat inside the file: the row it repeats. */
  firstRow?: number;
}

export interface RelationImportCheck {
  /** Rows below the heading row, empty ones included. */
  rowsRead: number;
  emptyRows: number;
  /** The relations to add (existing ones and repeats left out); empty when there are errors. */
  records: RelationImportRecord[];
  /** The first errors (up to the list limit), in row order. */
  errors: RelationImportError[];
  errorCount: number;
  /** Rows whose source, target and type the project has already: skipped. */
  existing: { count: number; rows: SkippedRelationRow[] };
  /** Rows repeating an earlier row exactly (same source, target, type and details): merged. */
  repeated: { count: number; rows: SkippedRelationRow[] };
}

export interface RelationImportContext {
  organisations: readonly OrganisationRef[];
  /** `relationKey` of every relation the project has. */
  existingKeys: ReadonlySet<string>;
  /** Errors and skipped rows listed (default 100). */
  listLimit?: number;
}

/** The identity of a relation for duplicates: same source, target and type. */
export function relationKey(source: string, target: string, type: RelationType): string {
  return `${source}|${target}|${type}`;
}

const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks every row. An organisation is named by its id or by its name (Turkish-aware folding,
 * exact after folding). Self-loops, shares outside 0-100 and unknown codes are errors naming the
 * row and column. Duplicates: a relation the project has (same source, target, type) is skipped
 * and counted; a row repeating an earlier row of the file is merged into it when its details
 * agree, and an error when they differ (the file contradicts itself: the user decides).
 */
export function validateRelationImport(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: RelationImportMapping,
  context: RelationImportContext,
): RelationImportCheck {
  const limit = context.listLimit ?? RELATION_IMPORT_LIST_LIMIT;
  const check: RelationImportCheck = {
    rowsRead: rows.length,
    emptyRows: 0,
    records: [],
    errors: [],
    errorCount: 0,
    existing: { count: 0, rows: [] },
    repeated: { count: 0, rows: [] },
  };
  const fail = (error: RelationImportError) => {
    if (check.errors.length < limit) check.errors.push(error);
    check.errorCount += 1;
  };
  const columnLabel = (index: number) => `${columnLetter(index)} (${headings[index] ?? ''})`;

  for (const field of REQUIRED_RELATION_IMPORT_FIELDS)
    if (mapping[field] === undefined)
      fail({
        row: 1,
        column: null,
        field,
        code: 'unmapped_field',
        message: `no column is mapped to the ${field}`,
      });
  for (const [field, index] of Object.entries(mapping) as [RelationImportField, number][])
    if (index < 0 || index >= headings.length)
      fail({
        row: 1,
        column: null,
        field,
        code: 'unmapped_field',
        message: `the ${field} is mapped to column ${index + 1}, which the file does not have`,
      });
  if (rows.length > MAX_RELATION_IMPORT_ROWS)
    fail({
      row: MAX_RELATION_IMPORT_ROWS + 2,
      column: null,
      field: null,
      code: 'too_many_rows',
      message: `more than ${MAX_RELATION_IMPORT_ROWS} rows; split the file`,
      params: { limit: MAX_RELATION_IMPORT_ROWS },
    });
  if (check.errorCount > 0) return check;

  const byId = new Map<string, OrganisationRef>();
  const byKey = new Map<string, OrganisationRef>();
  const keyed: { key: string; organisation: OrganisationRef }[] = [];
  for (const organisation of context.organisations) {
    byId.set(organisation.id.toLowerCase(), organisation);
    const key = foldForSearch(organisation.name);
    if (!byKey.has(key)) {
      byKey.set(key, organisation);
      keyed.push({ key, organisation });
    }
  }
  // One resolution per distinct cell text: a file names its few thousand organisations again and again.
  const resolved = new Map<string, OrganisationRef | null>();
  const resolve = (text: string): OrganisationRef | null => {
    let found = resolved.get(text);
    if (found === undefined) {
      found = (UUID.test(text) ? byId.get(text.toLowerCase()) : undefined) ?? null;
      found ??= byKey.get(foldForSearch(text)) ?? null;
      resolved.set(text, found);
    }
    return found;
  };
  const suggestions = new Map<string, string | undefined>();
  const suggest = (text: string) => {
    const key = foldForSearch(text);
    if (!suggestions.has(key))
      suggestions.set(key, closestName(key, keyed, (k) => k.key)?.organisation.name);
    return suggestions.get(key);
  };

  const firstOfKey = new Map<string, RelationImportRecord>();
  const skip = (list: RelationImportCheck['existing'], entry: SkippedRelationRow) => {
    if (list.rows.length < limit) list.rows.push(entry);
    list.count += 1;
  };

  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((text) => text.trim() === '')) {
      check.emptyRows += 1;
      return;
    }
    const errorsBefore = check.errorCount;
    const cell = (field: RelationImportField) => {
      const column = mapping[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    const rowFail = (
      field: RelationImportField,
      code: RelationImportErrorCode,
      message: string,
      params?: Record<string, string | number>,
    ) => {
      const column = mapping[field];
      fail({
        row,
        column: column === undefined ? null : columnLabel(column),
        field,
        code,
        message,
        value: cut(cell(field)),
        ...(params ? { params } : {}),
      });
    };

    const end = (field: 'source' | 'target') => {
      const text = cell(field);
      if (text === '') {
        rowFail(field, 'required', `the ${field} is empty`);
        return null;
      }
      const organisation = resolve(text);
      if (organisation) return organisation;
      // Suggestions only for errors that are listed: a file of unknown names stays fast.
      const suggestion = check.errors.length < limit ? suggest(text) : undefined;
      rowFail(
        field,
        'unknown_organisation',
        `no organisation named "${text}" in the registry` +
          (suggestion ? ` (did you mean "${suggestion}"?)` : ''),
        suggestion ? { suggestion } : undefined,
      );
      return null;
    };
    const source = end('source');
    const target = end('target');
    if (source && target && source.id === target.id)
      rowFail('target', 'self_loop', 'the source and the target are the same organisation');

    const typeText = cell('type');
    const relationType = typeText === '' ? undefined : parseRelationType(typeText);
    if (typeText === '') rowFail('type', 'required', 'the type is empty');
    else if (!relationType) rowFail('type', 'unknown_type', 'not a known relation type');

    let sharePercent: number | null = null;
    const shareText = cell('share');
    if (shareText !== '') {
      const share = parseSharePercent(shareText);
      if (share === undefined) rowFail('share', 'share_not_number', 'the share is not a number');
      else if (share < 0 || share > 100)
        rowFail('share', 'share_out_of_range', 'the share must be from 0 to 100 (percent)');
      else sharePercent = Math.round(share);
    }
    const frequencyText = cell('frequency');
    const frequency = frequencyText === '' ? null : (parseRelationFrequency(frequencyText) ?? null);
    if (frequencyText !== '' && !frequency)
      rowFail('frequency', 'unknown_frequency', 'not a known frequency');
    const locationText = cell('location');
    const location = locationText === '' ? null : (parseRelationLocation(locationText) ?? null);
    if (locationText !== '' && !location)
      rowFail('location', 'unknown_location', 'not a known location');
    const confirmed = parseConfirmed(cell('confirmed'));
    if (confirmed === undefined) rowFail('confirmed', 'not_yes_no', 'not yes or no');

    if (check.errorCount > errorsBefore || !source || !target || !relationType) return;
    const record: RelationImportRecord = {
      row,
      sourceOrganisationId: source.id,
      targetOrganisationId: target.id,
      relationType,
      sharePercent,
      frequency,
      location,
      confirmed: confirmed ?? false,
    };
    const key = relationKey(source.id, target.id, relationType);
    const named = { row, source: source.name, target: target.name, relationType };
    if (context.existingKeys.has(key)) {
      skip(check.existing, named);
      return;
    }
    const first = firstOfKey.get(key);
    if (!first) {
      firstOfKey.set(key, record);
      check.records.push(record);
    } else if (sameDetails(first, record)) {
      skip(check.repeated, { ...named, firstRow: first.row });
    } else {
      rowFail(
        'type',
        'conflicting_duplicate',
        `repeats row ${first.row} (same source, target and type) with other details`,
        { firstRow: first.row },
      );
    }
  });
  if (check.errorCount > 0) check.records = [];
  return check;
}

function sameDetails(a: RelationImportRecord, b: RelationImportRecord): boolean {
  return (
    a.sharePercent === b.sharePercent &&
    a.frequency === b.frequency &&
    a.location === b.location &&
    a.confirmed === b.confirmed
  );
}
