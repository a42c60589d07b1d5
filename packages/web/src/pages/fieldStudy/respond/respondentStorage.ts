// What a respondent's browser keeps in localStorage: the answers not yet saved on the server (so
// a failed save loses nothing) and, for a public link, the token of the draft it started.

/** The part of the Web Storage API used here (a Map-backed fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Answers in SurveyJS data shape, with the instant they were kept (ISO). */
export interface DraftBackup {
  data: Record<string, unknown>;
  keptAt: string;
}

const draftKey = (token: string) => `kume.respond.draft.${token}`;
const publicTokenKey = (code: string) => `kume.respond.public.${code}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps unsaved answers under the token. A full or blocked storage (private mode, quota) is
 * ignored: the in-page state still holds the answers and the save is retried.
 */
export function keepDraftBackup(
  storage: KeyValueStorage,
  token: string,
  data: Record<string, unknown>,
  now: Date,
): void {
  try {
    storage.setItem(draftKey(token), JSON.stringify({ data, keptAt: now.toISOString() }));
  } catch {
    // storage unavailable: nothing better to do here
  }
}

/** The kept answers, or null when there are none or they cannot be read. */
export function readDraftBackup(storage: KeyValueStorage, token: string): DraftBackup | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(draftKey(token)) ?? 'null');
    if (!isRecord(parsed) || !isRecord(parsed.data) || typeof parsed.keptAt !== 'string')
      return null;
    return { data: parsed.data, keptAt: parsed.keptAt };
  } catch {
    return null;
  }
}

export function dropDraftBackup(storage: KeyValueStorage, token: string): void {
  try {
    storage.removeItem(draftKey(token));
  } catch {
    // storage unavailable: nothing was kept
  }
}

/** The token a public link's start gave this browser, so that a reload resumes the same draft. */
export function readPublicToken(storage: KeyValueStorage, code: string): string | null {
  try {
    const token = storage.getItem(publicTokenKey(code));
    return token && /^[\w-]{16,200}$/.test(token) ? token : null;
  } catch {
    return null;
  }
}

export function keepPublicToken(storage: KeyValueStorage, code: string, token: string): void {
  try {
    storage.setItem(publicTokenKey(code), token);
  } catch {
    // storage unavailable: a reload starts a new draft
  }
}

export function dropPublicToken(storage: KeyValueStorage, code: string): void {
  try {
    storage.removeItem(publicTokenKey(code));
  } catch {
    // storage unavailable: nothing was kept
  }
}
