// Validates rows of an organisation import (CSV or XLSX already read into text cells) against a
// column mapping. Imports are all or nothing: the caller writes only when `errors` is empty.

import { foldForSearch } from '../text/foldForSearch';
import { columnLetter, type ColumnMapping, type ImportField } from './importFields';
import {
  contactInputSchema,
  organisationInputSchema,
  type ContactInput,
  type OrganisationInput,
} from './organisationInput';
import { parseOrganisationType, type OrganisationType } from './organisationTypes';

export const MAX_IMPORT_ROWS = 10_000;

export interface ImportError {
  /** The spreadsheet row, 1-based, counting the heading row as row 1. */
  row: number;
  /** Column letter and heading, e.g. "C (Çalışan sayısı)"; null for errors about the whole row or file. */
  column: string | null;
  field: ImportField | null;
  message: string;
  /** The offending cell, cut to 60 characters (shown as text, never as HTML). */
  value?: string;
}

export interface ImportRecord {
  row: number;
  organisation: OrganisationInput;
  contact: ContactInput | null;
}

export interface ImportValidation {
  records: ImportRecord[];
  errors: ImportError[];
  /** Rows with no text in any cell, skipped. */
  emptyRows: number;
}

export interface ImportOptions {
  /** Type given to rows whose type cell is empty (or to all rows when no column is mapped). */
  defaultType?: OrganisationType;
  /** Folded names (see `foldForSearch`) of the organisations already registered. */
  existingNameKeys?: ReadonlySet<string>;
}

/** Integers as agencies type them: 1250, 1.250, 1,250, 1 250. */
function parseWholeNumber(text: string): number | undefined {
  const compact = text.replace(/\s/g, '');
  if (/^\d+$/.test(compact)) return Number(compact);
  if (/^\d{1,3}([.,]\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ''));
  return undefined;
}

/** Decimals with a point or a decimal comma: 38.42 or 38,42. */
function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/\s/g, '').replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(compact) ? Number(compact) : undefined;
}

function parseYesNo(text: string): boolean | undefined {
  const folded = foldForSearch(text);
  if (['yes', 'y', 'true', '1', 'evet', 'e', 'var', 'x'].includes(folded)) return true;
  if (['no', 'n', 'false', '0', 'hayir', 'h', 'yok', ''].includes(folded)) return false;
  return undefined;
}

const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

export function validateOrganisationImport(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: ImportOptions = {},
): ImportValidation {
  const errors: ImportError[] = [];
  const records: ImportRecord[] = [];
  const columnLabel = (index: number) => `${columnLetter(index)} (${headings[index] ?? ''})`;

  if (mapping.name === undefined) {
    errors.push({
      row: 1,
      column: null,
      field: 'name',
      message: 'no column is mapped to the organisation name',
    });
  }
  if (mapping.type === undefined && !options.defaultType) {
    errors.push({
      row: 1,
      column: null,
      field: 'type',
      message: 'no column is mapped to the type, and no default type is chosen',
    });
  }
  for (const [field, index] of Object.entries(mapping)) {
    if (index < 0 || index >= headings.length) {
      errors.push({
        row: 1,
        column: null,
        field: field as ImportField,
        message: `mapped to column ${index + 1}, which the file does not have`,
      });
    }
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    errors.push({
      row: MAX_IMPORT_ROWS + 2,
      column: null,
      field: null,
      message: `more than ${MAX_IMPORT_ROWS} rows; split the file`,
    });
  }
  if (errors.length > 0) return { records, errors, emptyRows: 0 };

  const firstRowOfName = new Map<string, number>();
  let emptyRows = 0;
  rows.forEach((cells, rowIndex) => {
    const row = rowIndex + 2;
    if (cells.every((cell) => cell.trim() === '')) {
      emptyRows += 1;
      return;
    }
    const rowErrors: ImportError[] = [];
    const cell = (field: ImportField) => {
      const index = mapping[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const fail = (field: ImportField, message: string) => {
      const index = mapping[field];
      rowErrors.push({
        row,
        column: index === undefined ? null : columnLabel(index),
        field,
        message,
        value: cut(cell(field)),
      });
    };
    const number = (
      field: ImportField,
      parse: (text: string) => number | undefined,
      what: string,
    ) => {
      const text = cell(field);
      if (text === '') return null;
      const value = parse(text);
      if (value === undefined) fail(field, `not ${what}`);
      return value ?? null;
    };

    const typeText = cell('type');
    const type = typeText === '' ? options.defaultType : parseOrganisationType(typeText);
    if (!type) fail('type', typeText === '' ? 'required' : 'not a known organisation type');

    const candidate = {
      name: cell('name'),
      type: type ?? 'other',
      industryCode: cell('industryCode'),
      valueChainStage: cell('valueChainStage'),
      employees: number('employees', parseWholeNumber, 'a whole number'),
      district: cell('district'),
      city: cell('city'),
      address: cell('address'),
      website: cell('website'),
      latitude: number('latitude', parseDecimal, 'a number'),
      longitude: number('longitude', parseDecimal, 'a number'),
      notes: cell('notes'),
    };
    const organisation = organisationInputSchema.safeParse(candidate);
    if (!organisation.success) {
      for (const issue of organisation.error.issues) {
        const field = issue.path[0] as ImportField;
        if (!rowErrors.some((e) => e.field === field)) fail(field, issue.message);
      }
    }

    let contact: ContactInput | null = null;
    if (cell('contactName') || cell('contactEmail') || cell('contactPhone')) {
      const consent = parseYesNo(cell('contactConsent'));
      if (consent === undefined) fail('contactConsent', 'not yes or no');
      const parsed = contactInputSchema.safeParse({
        name: cell('contactName') || cell('contactEmail') || cell('contactPhone'),
        role: cell('contactRole'),
        email: cell('contactEmail'),
        phone: cell('contactPhone'),
        consentToContact: consent ?? false,
      });
      if (parsed.success) contact = parsed.data;
      else {
        const fieldOf: Record<string, ImportField> = {
          name: 'contactName',
          role: 'contactRole',
          email: 'contactEmail',
          phone: 'contactPhone',
        };
        for (const issue of parsed.error.issues)
          fail(fieldOf[String(issue.path[0])] ?? 'contactName', issue.message);
      }
    }

    const nameKey = foldForSearch(cell('name'));
    if (nameKey !== '') {
      const firstRow = firstRowOfName.get(nameKey);
      if (firstRow !== undefined) fail('name', `duplicate of row ${firstRow}`);
      else if (options.existingNameKeys?.has(nameKey)) fail('name', 'already in the registry');
      else firstRowOfName.set(nameKey, row);
    }

    if (rowErrors.length > 0 || !organisation.success) errors.push(...rowErrors);
    else records.push({ row, organisation: organisation.data, contact });
  });
  if (records.length === 0 && errors.length === 0) {
    errors.push({ row: 2, column: null, field: null, message: 'the file has no rows to import' });
  }
  return { records, errors, emptyRows };
}
