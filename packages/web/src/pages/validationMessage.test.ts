// validationMessage chooses translated words from the code and limits of a schema's issue.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { accountInputSchema, projectInputSchema } from '@kume/core';
import { validationMessage, type FormIssue } from './validationMessage';

// Stands in for i18next: shows the key and the count it was given.
const t = ((key: string, options?: { count?: number }) =>
  options?.count === undefined ? key : `${key}:${options.count}`) as unknown as TFunction;

function issuesOf(result: { success: boolean; error?: { issues: readonly FormIssue[] } }) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [
      String(issue.path[0]),
      validationMessage(issue, t),
    ]),
  );
}

describe('validationMessage', () => {
  it('calls an empty required text "required" and names the limits of the others', () => {
    const messages = issuesOf(
      projectInputSchema.safeParse({
        name: '  ',
        sector: 'x'.repeat(201),
        languages: [],
      }),
    );
    expect(messages).toEqual({
      name: 'error.required',
      sector: 'validation.maxLength:200',
      languages: 'validation.chooseAtLeast:1',
    });
  });

  it('says a password is too short with the minimum length, and an email is malformed', () => {
    const messages = issuesOf(
      accountInputSchema.safeParse({ name: 'Ayşe', email: 'ayse@', password: 'short' }),
    );
    expect(messages).toEqual({
      email: 'validation.email',
      password: 'validation.minLength:10',
    });
  });

  it('falls back to a general message for issues it has no words for', () => {
    expect(
      validationMessage({ code: 'invalid_type', path: ['x'], message: 'expected string' }, t),
    ).toBe('validation.invalid');
  });
});
