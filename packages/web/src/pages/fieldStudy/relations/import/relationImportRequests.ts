// The relation import's requests: read a file (headings, first rows, suggested mapping), then
// check it (dry run) or import it. Both send the file again: the server keeps no upload.

import type { RelationImportMapping } from '@kume/core';
import type { RelationImportPreviewView, RelationImportResultView } from '@kume/server';
import { api, ApiError, projectPath } from '../../../../api/client';

export function previewRelationImport(slug: string, file: File, sheet: string | null) {
  const body = new FormData();
  body.append('options', JSON.stringify(sheet ? { sheet } : {}));
  body.append('file', file);
  return api.post<RelationImportPreviewView>(projectPath(slug, '/relations/import/preview'), body);
}

export function runRelationImport(
  slug: string,
  file: File,
  options: { mapping: RelationImportMapping; sheet: string | null },
  dryRun: boolean,
) {
  const body = new FormData();
  body.append(
    'options',
    JSON.stringify({
      mapping: options.mapping,
      ...(options.sheet ? { sheet: options.sheet } : {}),
      dryRun,
    }),
  );
  body.append('file', file);
  return api.post<RelationImportResultView>(projectPath(slug, '/relations/import'), body);
}

/** The check inside a 422 `import_invalid` answer (nothing was imported), or null. */
export function rejectedRelationImport(error: unknown): RelationImportResultView | null {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return null;
  const details = error.details as RelationImportResultView | undefined;
  return details && Array.isArray(details.errors) && 'toAdd' in details ? details : null;
}
