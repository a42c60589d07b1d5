// Sends a file import as multipart form data through XMLHttpRequest, which (unlike fetch) reports
// upload progress, so a 200 MB statistics file shows a moving bar and then "processing".

import { ApiError, currentCsrfToken, type ApiIssue } from '../../../api/client';

export type UploadPhase = 'uploading' | 'processing';

export interface UploadProgress {
  phase: UploadPhase;
  /** Bytes sent so far and in all; `total` is 0 when the browser cannot tell. */
  loaded: number;
  total: number;
}

/** The error of a failed answer, in the shape of the API client's errors. */
function errorOf(status: number, statusText: string, text: string): ApiError {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (a proxy's error page): the status speaks for it
  }
  const error = (
    body as
      | { error?: { code?: string; message?: string; issues?: ApiIssue[]; details?: unknown } }
      | undefined
  )?.error;
  return new ApiError(
    status,
    error?.code ?? 'http',
    error?.message ?? `${status} ${statusText}`,
    error?.issues ?? [],
    error?.details,
  );
}

/**
 * POSTs `file` and the JSON `options` to `path`; `onProgress` hears each step of the upload and
 * then 'processing' once every byte is sent (the server reads and checks the file). Resolves with
 * the parsed answer; rejects with an ApiError. `signal` aborts the request.
 */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  options: object,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const body = new FormData();
    // Options first: the server reads the parts in order and needs them before the file's bytes.
    body.append('options', JSON.stringify(options));
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.withCredentials = true;
    request.upload.onprogress = (event) =>
      onProgress({
        phase: 'uploading',
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : 0,
      });
    request.upload.onload = () =>
      onProgress({ phase: 'processing', loaded: file.size, total: file.size });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve((request.responseText ? JSON.parse(request.responseText) : undefined) as T);
        } catch {
          reject(new ApiError(request.status, 'http', 'The answer of the server is not JSON.'));
        }
      } else reject(errorOf(request.status, request.statusText, request.responseText));
    };
    request.onerror = () =>
      reject(
        new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.'),
      );
    request.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was cancelled.'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(body);
  });
}
