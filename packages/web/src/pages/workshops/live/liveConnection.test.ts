// The live connection's reducer and backoff: versions only move forward, reconnects count attempts.

import { describe, expect, it } from 'vitest';
import type { WorkshopView } from '@kume/core';
import { initialLiveConnection, liveConnectionReducer, reconnectDelay } from './liveConnection';

const view = (roundId: string) => ({ currentRoundId: roundId }) as unknown as WorkshopView;

describe('liveConnectionReducer', () => {
  it('opens on welcome with the participant and the token', () => {
    const state = liveConnectionReducer(initialLiveConnection(null), {
      type: 'welcome',
      participantId: 'p1',
      token: 'tok',
    });
    expect(state).toMatchObject({ status: 'open', participantId: 'p1', token: 'tok', attempt: 0 });
  });

  it('takes a newer state and keeps the very same object for an older or repeated version', () => {
    const first = liveConnectionReducer(initialLiveConnection(null), {
      type: 'state',
      version: 5,
      view: view('r1'),
      workshopStatus: 'live',
    });
    expect(first.version).toBe(5);
    expect(first.view?.currentRoundId).toBe('r1');
    const repeated = liveConnectionReducer(first, {
      type: 'state',
      version: 5,
      view: view('r2'),
      workshopStatus: 'live',
    });
    const older = liveConnectionReducer(first, {
      type: 'state',
      version: 4,
      view: view('r0'),
      workshopStatus: 'live',
    });
    expect(repeated).toBe(first);
    expect(older).toBe(first);
  });

  it('counts lost connections as reconnecting attempts and resets them on the next welcome', () => {
    const open = liveConnectionReducer(initialLiveConnection('tok'), {
      type: 'welcome',
      participantId: 'p1',
      token: 'tok',
    });
    const lostOnce = liveConnectionReducer(open, { type: 'lost' });
    const lostTwice = liveConnectionReducer(lostOnce, { type: 'lost' });
    expect(lostTwice).toMatchObject({ status: 'reconnecting', attempt: 2, participantId: 'p1' });
    const back = liveConnectionReducer(lostTwice, {
      type: 'welcome',
      participantId: 'p1',
      token: 'tok',
    });
    expect(back).toMatchObject({ status: 'open', attempt: 0 });
  });

  it('stays closed after a fatal close, even when a late lost event arrives', () => {
    const closed = liveConnectionReducer(initialLiveConnection(null), {
      type: 'closed',
      error: { code: 'unknown_session', message: 'no' },
    });
    expect(closed.status).toBe('closed');
    expect(closed.error?.code).toBe('unknown_session');
    expect(liveConnectionReducer(closed, { type: 'lost' })).toBe(closed);
  });

  it('keeps the same object when the same error is reported again', () => {
    const error = { code: 'rate_limited', message: 'slow down' };
    const once = liveConnectionReducer(initialLiveConnection(null), { type: 'error', error });
    expect(once.error).toEqual(error);
    expect(liveConnectionReducer(once, { type: 'error', error: { ...error } })).toBe(once);
  });
});

describe('reconnectDelay', () => {
  it('starts at half a second, doubles, and stops at five seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(reconnectDelay)).toEqual([
      500, 1000, 2000, 4000, 5000, 5000, 5000,
    ]);
  });
});
