// Downloads the generated deck (PPTX or PDF) through fetch rather than a plain link, so the page
// can show that the file is being made and show the server's message when it cannot be.

import { ApiError, projectPath, query } from '../../../api/client';

export type DeckFormat = 'pptx' | 'pdf';
export type DeckLanguage = 'tr' | 'en';

/** The deck endpoint of an event, in a language and format (also the links' href). */
export function deckPath(
  slug: string,
  eventId: string,
  lang: DeckLanguage,
  format: DeckFormat,
): string {
  return projectPath(slug, `/events/${encodeURIComponent(eventId)}/deck${query({ lang, format })}`);
}

/**
 * The file name a Content-Disposition header gives (RFC 6266: `filename*` in UTF-8 before the
 * plain `filename`), or `fallback` when it gives none.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  return name || fallback;
}

/** The error an answer that is not the file stands for, with the API's code and message. */
async function answerError(response: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string } } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // not JSON (a proxy's page): the status says enough
  }
  return new ApiError(
    response.status,
    body?.error?.code ?? 'http',
    body?.error?.message ?? `${response.status} ${response.statusText}`,
  );
}

/** Fetches the deck at `path`; throws ApiError with the server's message when it is no file. */
export async function fetchDeck(
  path: string,
  fallbackName: string,
): Promise<{ blob: Blob; fileName: string }> {
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
  if (!response.ok) throw await answerError(response);
  const fileName = fileNameFromDisposition(
    response.headers.get('content-disposition'),
    fallbackName,
  );
  return { blob: await response.blob(), fileName };
}
