// Fetches a generated document (the roadmap or the project report) and saves it under the name
// the server gives; an error answer becomes an ApiError, as the JSON API's do.

import { ApiError } from '../../../api/client';
import { downloadFile } from '../../statistics/charts/downloadFile';
import { contentDispositionFileName } from './contentDispositionFileName';

/** GETs `path` with the session cookie and saves the file; `fallbackName` if none is given. */
export async function downloadDocument(path: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      0,
      'network',
      'The server cannot be reached. Check the connection and try again.',
    );
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http',
      body?.error?.message ?? `${response.status} ${response.statusText}`,
    );
  }
  const name =
    contentDispositionFileName(response.headers.get('content-disposition')) ?? fallbackName;
  downloadFile(await response.blob(), name);
  return name;
}
