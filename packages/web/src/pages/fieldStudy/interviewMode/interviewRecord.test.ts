// Interview records: revisions, what counts as synced, and the body sent to the server.

import { describe, expect, it } from 'vitest';
import {
  editInterview,
  interviewPayload,
  interviewSyncState,
  markFailed,
  markSent,
  needsSync,
  newInterview,
  newInterviewId,
} from './interviewRecord';

const t0 = new Date('2026-05-04T09:00:00Z');
const t1 = new Date('2026-05-04T09:05:00Z');
const start = (organisationId: string | null = 'org-1') =>
  newInterview(
    {
      projectSlug: 'izmir',
      questionnaireId: 'q-1',
      organisationId,
      organisationName: organisationId ? 'Ege Döküm' : 'Yeni Firma Ltd.',
      heldOn: '2026-05-04',
      notes: '',
    },
    'id-1',
    t0,
  );

describe('interview records', () => {
  it('a new interview waits to be sent', () => {
    const record = start();
    expect(needsSync(record)).toBe(true);
    expect(interviewSyncState(record)).toBe('waiting');
  });

  it('is synced once the server accepted its revision, and waits again after a change', () => {
    const sent = markSent(start(), 1, t1);
    expect(needsSync(sent)).toBe(false);
    expect(interviewSyncState(sent)).toBe('synced');
    expect(sent.syncedAt).toBe(t1.toISOString());
    const changed = editInterview(sent, { data: { q1: 'yes' } }, t1);
    expect(changed.revision).toBe(2);
    expect(needsSync(changed)).toBe(true);
  });

  it('a change made while a send was under way stays to be sent', () => {
    const record = start();
    const changedMeanwhile = editInterview(record, { submitted: true }, t1);
    const afterSend = markSent(changedMeanwhile, record.revision, t1);
    expect(afterSend.syncedRevision).toBe(1);
    expect(afterSend.submitted).toBe(true);
    expect(needsSync(afterSend)).toBe(true);
  });

  it('an answer for an older revision never lowers what the server has', () => {
    const record = markSent({ ...start(), revision: 3 }, 3, t1);
    expect(markSent(record, 2, t1).syncedRevision).toBe(3);
  });

  it('a refused revision is not sent again until the interview changes', () => {
    const refused = markFailed(start(), 1, 'answers.q1: unknown question', true);
    expect(interviewSyncState(refused)).toBe('error');
    expect(refused.lastError).toBe('answers.q1: unknown question');
    expect(needsSync(refused)).toBe(false);
    expect(needsSync(editInterview(refused, { notes: 'fixed' }, t1))).toBe(true);
  });

  it('a failure worth retrying leaves the revision to be sent', () => {
    const failed = markFailed(start(), 1, 'server error', false);
    expect(needsSync(failed)).toBe(true);
    expect(interviewSyncState(failed)).toBe('error');
    expect(interviewSyncState(markSent(failed, 1, t1))).toBe('synced');
    expect(markSent(failed, 1, t1).lastError).toBeNull();
  });

  it('sends the registry organisation by id and a new firm by name', () => {
    const answers = { q1: 'yes' };
    expect(interviewPayload(start('org-1'), answers)).toEqual({
      id: 'id-1',
      organisationId: 'org-1',
      answers,
      submitted: false,
      heldOn: '2026-05-04',
      notes: '',
    });
    const payload = interviewPayload(start(null), answers);
    expect(payload).toMatchObject({ organisationName: 'Yeni Firma Ltd.' });
    expect(payload).not.toHaveProperty('organisationId');
  });

  it('makes distinct version 4 uuids', () => {
    const ids = new Set(Array.from({ length: 50 }, newInterviewId));
    expect(ids.size).toBe(50);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
