// serverFieldErrors places the server's complaints on the form fields they name, translated.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { serverFieldErrors } from './serverFieldErrors';

/** A stand-in for i18next that shows the key it was asked for. */
const t = ((key: string) => key) as unknown as TFunction;

const rejected = (...issues: { path: string; message: string }[]) =>
  new ApiError(400, 'validation', 'invalid body', issues);

describe('serverFieldErrors', () => {
  it('places an issue on the field it names, with or without the "body." of request checks', () => {
    const error = rejected(
      { path: 'body.email', message: 'not an email address' },
      { path: 'name', message: 'an organisation named "Ege" is already in the registry' },
    );
    expect(serverFieldErrors(error, ['name', 'email', 'phone'], t)).toEqual({
      email: 'validation.email',
      name: 'validation.duplicateName',
    });
  });

  it('keeps the row and field of an issue inside a list', () => {
    const error = rejected({ path: 'body.followUps.1.dueOn', message: 'not a date (YYYY-MM-DD)' });
    expect(serverFieldErrors(error, ['visitedOn', 'followUps'], t)).toEqual({
      'followUps.1.dueOn': 'validation.date',
    });
  });

  it("maps an API path to a form field, keeping a contact's name off the organisation's", () => {
    const error = rejected({ path: 'body.contacts.0.name', message: 'required' });
    expect(serverFieldErrors(error, ['name', 'type'], t)).toEqual({});
    expect(serverFieldErrors(error, { name: 'contacts.0.name' }, t)).toEqual({
      name: 'validation.required',
    });
  });

  it('keeps a message it cannot translate as the server wrote it', () => {
    const error = rejected({ path: 'body.name', message: 'something new' });
    expect(serverFieldErrors(error, ['name'], t)).toEqual({ name: 'something new' });
  });

  it('is empty for an error that is no answer of the API', () => {
    expect(serverFieldErrors(new Error('offline'), ['name'], t)).toEqual({});
    expect(serverFieldErrors(undefined, ['name'], t)).toEqual({});
  });
});
