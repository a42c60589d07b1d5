// The interview sync queue: which interviews to send, one after another, and what the answer
// means for each (sent, refused, try later) — storage and network come in as functions, so the
// logic is tested without IndexedDB or a server.

import { ApiError } from '../../../api/client';
import { markFailed, markSent, needsSync, type InterviewRecord } from './interviewRecord';

export interface SyncDeps {
  /** This device's interviews (of the page's questionnaire). */
  list: () => Promise<InterviewRecord[]>;
  /** Sends one record; rejects with the API's error. */
  send: (record: InterviewRecord) => Promise<void>;
  /** Rewrites one stored record from its current state (read and write in one transaction). */
  update: (id: string, change: (current: InterviewRecord) => InterviewRecord) => Promise<void>;
  now: () => Date;
}

/**
 * - `done`: every record that needed it was tried (`failed` of them got an error).
 * - `offline`: the server cannot be reached; the rest waits.
 * - `signedOut`: the session expired (401); nothing more is sent until the user signs in.
 */
export type SyncOutcome =
  | { kind: 'done'; sent: number; failed: number }
  | { kind: 'offline'; sent: number }
  | { kind: 'signedOut'; sent: number };

export type SyncErrorKind = 'offline' | 'signedOut' | 'refused' | 'retry';

/** A refused request (400, 403, 404, 409, 413) fails the same way again; 5xx, 408, 429 may not. */
export function classifySyncError(error: unknown): SyncErrorKind {
  if (!(error instanceof ApiError)) return 'retry';
  if (error.status === 0) return 'offline';
  if (error.status === 401) return 'signedOut';
  if (error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429)
    return 'refused';
  return 'retry';
}

/** The records to send, oldest change first. */
export function interviewsToSend(records: readonly InterviewRecord[]): InterviewRecord[] {
  return records
    .filter(needsSync)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
}

/** Sends every interview that needs it, in order; stops early when offline or signed out. */
export async function syncInterviews(deps: SyncDeps): Promise<SyncOutcome> {
  let sent = 0;
  let failed = 0;
  for (const record of interviewsToSend(await deps.list())) {
    let error: unknown = null;
    try {
      await deps.send(record);
    } catch (caught) {
      error = caught ?? new Error('failed');
    }
    if (error === null) {
      sent += 1;
      await deps.update(record.id, (current) => markSent(current, record.revision, deps.now()));
      continue;
    }
    const kind = classifySyncError(error);
    if (kind === 'offline') return { kind: 'offline', sent };
    if (kind === 'signedOut') return { kind: 'signedOut', sent };
    failed += 1;
    const message = error instanceof Error ? error.message : String(error);
    await deps.update(record.id, (current) =>
      markFailed(current, record.revision, message, kind === 'refused'),
    );
  }
  return { kind: 'done', sent, failed };
}

/**
 * Runs syncInterviews one at a time: a request to sync during a run is answered by one more run
 * after it (so a change saved meanwhile goes out), never by a second run in parallel (which
 * could send the same revision twice).
 */
export class InterviewSyncQueue {
  private running: Promise<SyncOutcome> | null = null;
  private again = false;

  constructor(
    private readonly deps: SyncDeps,
    private readonly onOutcome: (outcome: SyncOutcome) => void = () => undefined,
    private readonly onBusyChange: (busy: boolean) => void = () => undefined,
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  run(): Promise<SyncOutcome> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.onBusyChange(true);
    this.running = this.loop().finally(() => {
      this.running = null;
      this.onBusyChange(false);
    });
    return this.running;
  }

  private async loop(): Promise<SyncOutcome> {
    let outcome: SyncOutcome;
    do {
      this.again = false;
      outcome = await syncInterviews(this.deps);
      this.onOutcome(outcome);
    } while (this.again && outcome.kind === 'done');
    return outcome;
  }
}
