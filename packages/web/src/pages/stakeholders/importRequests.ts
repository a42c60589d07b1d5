// The organisation import's requests: read a file (headings, first rows, suggested mapping),
// then check it (dry run) or import it with a column mapping. Both send the file again, so the
// server keeps no upload between steps.

import type { ColumnMapping, OrganisationType } from '@kume/core';
import type { ImportPreviewView, ImportResultView } from '@kume/server';
import { api, ApiError, projectPath } from '../../api/client';

export interface ImportOptions {
  mapping: ColumnMapping;
  defaultType: OrganisationType | null;
  sheet: string | null;
}

export function previewImport(slug: string, file: File, sheet: string | null) {
  const body = new FormData();
  body.append('options', JSON.stringify(sheet ? { sheet } : {}));
  body.append('file', file);
  return api.post<ImportPreviewView>(projectPath(slug, '/organisations/import/preview'), body);
}

export function runImport(slug: string, file: File, options: ImportOptions, dryRun: boolean) {
  const body = new FormData();
  body.append(
    'options',
    JSON.stringify({
      mapping: options.mapping,
      ...(options.defaultType ? { defaultType: options.defaultType } : {}),
      ...(options.sheet ? { sheet: options.sheet } : {}),
      dryRun,
    }),
  );
  body.append('file', file);
  return api.post<ImportResultView>(projectPath(slug, '/organisations/import'), body);
}

/** The check result inside a 422 `import_invalid` answer (nothing was imported). */
export function rejectedImport(error: unknown): ImportResultView | null {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return null;
  const details = error.details as ImportResultView | undefined;
  return details && Array.isArray(details.errors) ? details : null;
}
