// An interview held in the field, as this device keeps it until the server has it: its answers,
// a revision counted up by every change, and which revision the server last accepted.

/** What the interview-mode page keeps per interview (IndexedDB, keyed by `id`). */
export interface InterviewRecord {
  /** A client uuid: the server upserts by it, so a repeated sync never duplicates. */
  id: string;
  projectSlug: string;
  questionnaireId: string;
  /** The registry's organisation, or null for a firm not in the registry. */
  organisationId: string | null;
  /** Shown in lists; sent to the server only for a firm not in the registry. */
  organisationName: string;
  /** YYYY-MM-DD. */
  heldOn: string;
  notes: string;
  /** The answers in SurveyJS data shape (converted with fromSurveyJsData when sent). */
  data: Record<string, unknown>;
  /** Finished by the facilitator (the response is submitted). */
  submitted: boolean;
  /** Counts every change; the server has the record when `syncedRevision === revision`. */
  revision: number;
  syncedRevision: number;
  /** The revision the server refused (a 4xx): not sent again until the interview changes. */
  refusedRevision: number | null;
  /** ISO instants. */
  createdAt: string;
  updatedAt: string;
  syncedAt: string | null;
  /** The last failed sync's message; null after a successful one. */
  lastError: string | null;
}

export type InterviewSyncState = 'synced' | 'waiting' | 'error';

export interface NewInterview {
  projectSlug: string;
  questionnaireId: string;
  organisationId: string | null;
  organisationName: string;
  heldOn: string;
  notes: string;
}

export function newInterview(input: NewInterview, id: string, now: Date): InterviewRecord {
  const at = now.toISOString();
  return {
    ...input,
    id,
    data: {},
    submitted: false,
    revision: 1,
    syncedRevision: 0,
    refusedRevision: null,
    createdAt: at,
    updatedAt: at,
    syncedAt: null,
    lastError: null,
  };
}

/** The record after a change by the facilitator: a new revision to send. */
export function editInterview(
  record: InterviewRecord,
  change: Partial<Pick<InterviewRecord, 'data' | 'submitted' | 'notes' | 'heldOn'>>,
  now: Date,
): InterviewRecord {
  return { ...record, ...change, revision: record.revision + 1, updatedAt: now.toISOString() };
}

/** True when the server lacks this revision and has not refused it. */
export function needsSync(record: InterviewRecord): boolean {
  return record.syncedRevision !== record.revision && record.refusedRevision !== record.revision;
}

export function interviewSyncState(record: InterviewRecord): InterviewSyncState {
  if (record.syncedRevision === record.revision) return 'synced';
  return record.lastError ? 'error' : 'waiting';
}

/**
 * The record (as stored now) after the server accepted `sentRevision`. Changes made while the
 * request was under way keep their newer revision, so they are sent next.
 */
export function markSent(
  current: InterviewRecord,
  sentRevision: number,
  now: Date,
): InterviewRecord {
  return {
    ...current,
    syncedRevision: Math.max(current.syncedRevision, sentRevision),
    syncedAt: now.toISOString(),
    lastError: null,
  };
}

/** The record after a failed send; `refused` (a 4xx) keeps that revision from being sent again. */
export function markFailed(
  current: InterviewRecord,
  sentRevision: number,
  message: string,
  refused: boolean,
): InterviewRecord {
  return {
    ...current,
    lastError: message,
    refusedRevision: refused ? sentRevision : current.refusedRevision,
  };
}

/** The body of `POST .../interview-responses` for `record` with its answers already converted. */
export function interviewPayload(record: InterviewRecord, answers: Record<string, unknown>) {
  return {
    id: record.id,
    ...(record.organisationId
      ? { organisationId: record.organisationId }
      : { organisationName: record.organisationName }),
    answers,
    submitted: record.submitted,
    heldOn: record.heldOn,
    notes: record.notes,
  };
}

/** A random uuid v4; `crypto.randomUUID` is missing over plain http on a LAN address. */
export function newInterviewId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
