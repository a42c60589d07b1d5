// A refused check-in becomes the right big answer at the door; a forged code is "not a ticket".

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { cameraProblemBefore, cameraProblemOf } from './cameraProblem';
import { outcomeOfError } from './checkInOutcome';

const guest = { id: 'r1', name: 'Ayşe Yılmaz', checkedInAt: '2026-11-26T07:05:00Z' };

describe('outcomeOfError', () => {
  it('is "already" with the guest for a second scan of a ticket', () => {
    const error = new ApiError(409, 'already_checked_in', 'x', [], { registration: guest });
    expect(outcomeOfError(error)).toEqual({ kind: 'already', registration: guest });
  });

  it('is "waitlisted" with the guest, so a seat can be given from the answer', () => {
    const error = new ApiError(409, 'waitlisted', 'x', [], { registration: guest });
    expect(outcomeOfError(error)).toEqual({ kind: 'waitlisted', registration: guest });
  });

  it('is "not a ticket" for an unknown, forged or other event\'s code, and for a malformed one', () => {
    expect(outcomeOfError(new ApiError(404, 'ticket_not_found', 'x'))).toEqual({
      kind: 'notTicket',
    });
    expect(outcomeOfError(new ApiError(400, 'validation', 'x'))).toEqual({ kind: 'notTicket' });
  });

  it('is "cancelled" for a cancelled registration, with the guest when the server names one', () => {
    expect(outcomeOfError(new ApiError(409, 'registration_cancelled', 'x'))).toEqual({
      kind: 'cancelled',
      registration: null,
    });
  });

  it('ignores details that are no registration, and keeps other errors with their message', () => {
    const odd = new ApiError(409, 'already_checked_in', 'x', [], { registration: { id: 3 } });
    expect(outcomeOfError(odd)).toEqual({ kind: 'already', registration: null });
    expect(outcomeOfError(new ApiError(0, 'network', 'offline'))).toEqual({
      kind: 'error',
      message: 'offline',
    });
  });
});

describe('camera problems', () => {
  it('knows before asking that an insecure address or a browser without getUserMedia has no camera', () => {
    expect(cameraProblemBefore(false, { getUserMedia: () => null })).toBe('insecure');
    expect(cameraProblemBefore(true, undefined)).toBe('unsupported');
    expect(cameraProblemBefore(true, { getUserMedia: () => null })).toBeNull();
  });

  it("reads the browser's refusal: denied, no camera, in use, or another error", () => {
    const named = (name: string) => Object.assign(new Error(name), { name });
    expect(cameraProblemOf(named('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(named('NotFoundError'))).toBe('none');
    expect(cameraProblemOf(named('OverconstrainedError'))).toBe('none');
    expect(cameraProblemOf(named('NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(named('AbortError'))).toBe('error');
    expect(cameraProblemOf('strange')).toBe('error');
  });
});
