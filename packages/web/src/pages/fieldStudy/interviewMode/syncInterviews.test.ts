// The sync queue's logic against an in-memory store and a scripted server.

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { editInterview, newInterview, type InterviewRecord } from './interviewRecord';
import {
  classifySyncError,
  interviewsToSend,
  InterviewSyncQueue,
  syncInterviews,
  type SyncDeps,
} from './syncInterviews';

const now = () => new Date('2026-05-04T10:00:00Z');
const record = (id: string, minute: number): InterviewRecord =>
  newInterview(
    {
      projectSlug: 'izmir',
      questionnaireId: 'q-1',
      organisationId: `org-${id}`,
      organisationName: `Firm ${id}`,
      heldOn: '2026-05-04',
      notes: '',
    },
    id,
    new Date(Date.UTC(2026, 4, 4, 9, minute)),
  );

/** A store in a Map and a server that answers with `answer(record)` (undefined: accepted). */
function fakes(
  records: InterviewRecord[],
  answer: (r: InterviewRecord) => unknown = () => undefined,
) {
  const store = new Map(records.map((r) => [r.id, r]));
  const sent: { id: string; revision: number }[] = [];
  const deps: SyncDeps = {
    list: () => Promise.resolve([...store.values()]),
    send: (r) => {
      sent.push({ id: r.id, revision: r.revision });
      const error = answer(r);
      return error === undefined ? Promise.resolve() : Promise.reject(error);
    },
    update: (id, change) => {
      const current = store.get(id);
      if (current) store.set(id, change(current));
      return Promise.resolve();
    },
    now,
  };
  return { store, sent, deps };
}

describe('classifySyncError', () => {
  it('tells offline, expired session, refusal and passing trouble apart', () => {
    expect(classifySyncError(new ApiError(0, 'network', 'x'))).toBe('offline');
    expect(classifySyncError(new ApiError(401, 'unauthorised', 'x'))).toBe('signedOut');
    expect(classifySyncError(new ApiError(400, 'validation', 'x'))).toBe('refused');
    expect(classifySyncError(new ApiError(409, 'conflict', 'x'))).toBe('refused');
    expect(classifySyncError(new ApiError(429, 'rate_limited', 'x'))).toBe('retry');
    expect(classifySyncError(new ApiError(503, 'unavailable', 'x'))).toBe('retry');
  });
});

describe('syncInterviews', () => {
  it('sends unsynced interviews oldest first and marks each synced', async () => {
    const { store, sent, deps } = fakes([record('b', 5), record('a', 1)]);
    expect(await syncInterviews(deps)).toEqual({ kind: 'done', sent: 2, failed: 0 });
    expect(sent.map((s) => s.id)).toEqual(['a', 'b']);
    expect([...store.values()].every((r) => r.syncedRevision === r.revision)).toBe(true);
  });

  it('never sends the same revision twice', async () => {
    const { sent, deps } = fakes([record('a', 1)]);
    await syncInterviews(deps);
    await syncInterviews(deps);
    expect(sent).toEqual([{ id: 'a', revision: 1 }]);
  });

  it('sends a changed interview again with its new revision', async () => {
    const { store, sent, deps } = fakes([record('a', 1)]);
    await syncInterviews(deps);
    const current = store.get('a');
    if (current) store.set('a', editInterview(current, { submitted: true }, now()));
    await syncInterviews(deps);
    expect(sent).toEqual([
      { id: 'a', revision: 1 },
      { id: 'a', revision: 2 },
    ]);
  });

  it('stops when offline and leaves everything to send later', async () => {
    const { store, sent, deps } = fakes(
      [record('a', 1), record('b', 2)],
      () => new ApiError(0, 'network', 'x'),
    );
    expect(await syncInterviews(deps)).toEqual({ kind: 'offline', sent: 0 });
    expect(sent).toHaveLength(1);
    expect(store.get('a')?.lastError).toBeNull();
    expect(interviewsToSend([...store.values()])).toHaveLength(2);
  });

  it('stops on an expired session without marking an error', async () => {
    const { store, deps } = fakes(
      [record('a', 1)],
      () => new ApiError(401, 'unauthorised', 'Sign in'),
    );
    expect(await syncInterviews(deps)).toEqual({ kind: 'signedOut', sent: 0 });
    expect(store.get('a')?.lastError).toBeNull();
  });

  it('records a refusal with its message, goes on with the others, and does not resend it', async () => {
    const refusal = new ApiError(400, 'validation', 'answers.q9: unknown question');
    const { store, sent, deps } = fakes([record('a', 1), record('b', 2)], (r) =>
      r.id === 'a' ? refusal : undefined,
    );
    expect(await syncInterviews(deps)).toEqual({ kind: 'done', sent: 1, failed: 1 });
    expect(store.get('a')?.lastError).toBe('answers.q9: unknown question');
    expect(store.get('b')?.syncedRevision).toBe(1);
    await syncInterviews(deps);
    expect(sent.filter((s) => s.id === 'a')).toHaveLength(1);
  });

  it('retries a server failure on the next run', async () => {
    let down = true;
    const { store, sent, deps } = fakes([record('a', 1)], () =>
      down ? new ApiError(503, 'unavailable', 'busy') : undefined,
    );
    await syncInterviews(deps);
    expect(store.get('a')?.lastError).toBe('busy');
    down = false;
    await syncInterviews(deps);
    expect(sent).toHaveLength(2);
    expect(store.get('a')?.lastError).toBeNull();
  });
});

describe('InterviewSyncQueue', () => {
  it('runs one sync at a time and once more for a request made during a run', async () => {
    const { store, sent, deps } = fakes([record('a', 1)]);
    const outcomes: string[] = [];
    const queue = new InterviewSyncQueue(deps, (outcome) => outcomes.push(outcome.kind));
    const first = queue.run();
    // A change saved while the first run is under way, then two more sync requests.
    const current = store.get('a');
    if (current) store.set('a', editInterview(current, { notes: 'later' }, now()));
    const second = queue.run();
    const third = queue.run();
    await Promise.all([first, second, third]);
    expect(queue.busy).toBe(false);
    expect(outcomes).toEqual(['done', 'done']);
    expect(sent.map((s) => s.revision)).toEqual([1, 2]);
  });
});
