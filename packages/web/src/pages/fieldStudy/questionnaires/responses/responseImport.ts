// Importing responses exported from another survey tool: read the file (headings, first rows,
// the answer columns it can fill, a suggested mapping), then check (dry run) or import it.

import type { LocalText, QuestionType } from '@kume/core';
import { api } from '../../../../api/client';
import { questionnairePath } from '../questionnaireQueries';

/** A column of the file by heading or by position (0-based), as the server takes it. */
type ColumnRef = string | number;

export interface ResponseMappingRefs {
  answers: Record<string, ColumnRef>;
  organisation?: ColumnRef;
  respondent?: ColumnRef;
}

/** What the server reads from an uploaded file before the mapping. */
export interface ResponseImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
  headings: string[];
  rowCount: number;
  sampleRows: string[][];
  /** The answer keys a column can fill: a question id, or `id.row` for a matrix row. */
  targets: {
    key: string;
    questionId: string;
    type: QuestionType;
    title: LocalText;
    row: string | null;
  }[];
  suggestedMapping: ResponseMappingRefs;
}

export interface ResponseImportResult {
  fileName: string;
  dryRun: boolean;
  rowCount: number;
  emptyRows: number;
  validCount: number;
  imported: number;
  matchedOrganisations: number;
  unmatchedOrganisations: { row: number; name: string }[];
}

/** The mapping in the editor: answer key (or the two extra fields) -> column index. */
export type IndexMapping = Partial<Record<string, number>>;
/** The keys of the mapping that are not answers. */
export const ORGANISATION_KEY = '__organisation';
export const RESPONDENT_KEY = '__respondent';

/** The server's suggestion (headings) as column indexes; unknown headings are left out. */
export function indexMapping(
  suggested: ResponseMappingRefs,
  headings: readonly string[],
): IndexMapping {
  const index = (ref: ColumnRef | undefined) => {
    if (ref === undefined) return undefined;
    const found = typeof ref === 'number' ? ref : headings.indexOf(ref);
    return found >= 0 && found < headings.length ? found : undefined;
  };
  const mapping: IndexMapping = {};
  for (const [key, ref] of Object.entries(suggested.answers)) {
    const column = index(ref);
    if (column !== undefined) mapping[key] = column;
  }
  const organisation = index(suggested.organisation);
  const respondent = index(suggested.respondent);
  if (organisation !== undefined) mapping[ORGANISATION_KEY] = organisation;
  if (respondent !== undefined) mapping[RESPONDENT_KEY] = respondent;
  return mapping;
}

/** The editor's mapping in the server's shape. */
export function mappingRefs(mapping: IndexMapping): ResponseMappingRefs {
  const answers: Record<string, number> = {};
  for (const [key, column] of Object.entries(mapping))
    if (column !== undefined && key !== ORGANISATION_KEY && key !== RESPONDENT_KEY)
      answers[key] = column;
  const organisation = mapping[ORGANISATION_KEY];
  const respondent = mapping[RESPONDENT_KEY];
  return {
    answers,
    ...(organisation === undefined ? {} : { organisation }),
    ...(respondent === undefined ? {} : { respondent }),
  };
}

export function previewResponseImport(slug: string, id: string, file: File, sheet: string | null) {
  const body = new FormData();
  body.append('options', JSON.stringify(sheet ? { sheet } : {}));
  body.append('file', file);
  return api.post<ResponseImportPreview>(
    questionnairePath(slug, id, '/responses/import/preview'),
    body,
  );
}

export function runResponseImport(
  slug: string,
  id: string,
  file: File,
  options: { mapping: IndexMapping; sheet: string | null; dryRun: boolean },
) {
  const body = new FormData();
  body.append(
    'options',
    JSON.stringify({
      mapping: mappingRefs(options.mapping),
      ...(options.sheet ? { sheet: options.sheet } : {}),
      dryRun: options.dryRun,
    }),
  );
  body.append('file', file);
  return api.post<ResponseImportResult>(questionnairePath(slug, id, '/responses/import'), body);
}
