// The API client: JSON in and out, the session cookie, and the CSRF token on every write.

export interface ApiIssue {
  path: string;
  message: string;
}

/** An error answer of the API: status, stable code, message and the places of the problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Set from the session answer; sent as x-csrf-token with every write. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The token for a write sent outside `api` (an upload that reports its progress). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      0,
      'network',
      'The server cannot be reached. Check the connection and try again.',
    );
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: reported below when the status is an error
  }
  if (!response.ok) {
    const error = (
      json as
        | { error?: { code?: string; message?: string; issues?: ApiIssue[]; details?: unknown } }
        | undefined
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http',
      error?.message ?? `${response.status} ${response.statusText}`,
      error?.issues ?? [],
      error?.details,
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** `/api/projects/{slug}` + rest, with the slug escaped. */
export function projectPath(slug: string, rest = ''): string {
  return `/api/projects/${encodeURIComponent(slug)}${rest}`;
}

/** Query string from defined values only. */
export function query(
  params: Record<string, string | number | boolean | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
