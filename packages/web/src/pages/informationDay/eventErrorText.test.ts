// eventErrorText puts the Information Day refusals in the UI language by their code, and leaves
// the words of errors it does not know as they came.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { eventErrorText, localisedFormError } from './eventErrorText';

/** Stands in for i18next: the key and the values it was given. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('eventErrorText', () => {
  it('tells a duplicate email, a full event and a closed registration by their codes', () => {
    expect(eventErrorText(new ApiError(409, 'duplicate_email', 'x'), t)).toBe(
      'informationDay:errors.duplicate_email',
    );
    expect(eventErrorText(new ApiError(409, 'event_full', 'x'), t)).toBe(
      'informationDay:errors.event_full',
    );
    expect(eventErrorText(new ApiError(410, 'registration_closed', 'x'), t)).toBe(
      'informationDay:errors.registration_closed',
    );
  });

  it('takes the number of seated guests from the capacity refusal', () => {
    const error = new ApiError(
      409,
      'capacity_below_registered',
      '12 guests hold a seat; choose at least 12 or cancel registrations first',
    );
    expect(eventErrorText(error, t)).toBe(
      'informationDay:errors.capacity_below_registered {"count":12}',
    );
  });

  it('names the guest of an already-checked-in refusal from its details', () => {
    const error = new ApiError(
      409,
      'already_checked_in',
      'Ayşe was already checked in at 10:02',
      [],
      {
        registration: { id: 'r1', name: 'Ayşe' },
      },
    );
    expect(eventErrorText(error, t)).toBe(
      'informationDay:errors.already_checked_in {"name":"Ayşe"}',
    );
  });

  it('calls a public link the server does not know not valid, and keeps other not_found words', () => {
    expect(eventErrorText(new ApiError(404, 'not_found', 'this event link is not valid'), t)).toBe(
      'informationDay:errors.not_found',
    );
    expect(eventErrorText(new ApiError(404, 'not_found', 'event not found'), t)).toBe(
      'event not found',
    );
  });

  it('keeps the message of an error it does not know', () => {
    expect(eventErrorText(new ApiError(500, 'internal', 'disk full'), t)).toBe('disk full');
    expect(eventErrorText(new Error('offline'), t)).toBe('offline');
  });
});

describe('localisedFormError', () => {
  it('puts the translated sentence on the field a refusal names', () => {
    const error = new ApiError(
      409,
      'capacity_below_registered',
      '12 guests hold a seat; choose at least 12 or cancel registrations first',
      [{ path: 'capacity', message: 'at least 12' }],
    );
    const local = localisedFormError(error, t);
    expect(local).toBeInstanceOf(ApiError);
    expect((local as ApiError).issues).toEqual([
      { path: 'capacity', message: 'informationDay:errors.capacity_below_registered {"count":12}' },
    ]);
  });

  it('leaves other errors as they are', () => {
    const error = new ApiError(400, 'validation', 'invalid body', [
      { path: 'title', message: 'required' },
    ]);
    expect(localisedFormError(error, t)).toBe(error);
    expect(localisedFormError(null, t)).toBeNull();
  });
});
