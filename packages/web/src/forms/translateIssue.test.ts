// translateIssue and translateMessage choose translated words for a schema's issue or a known
// message of core and the server; every word they may choose exists in English and Turkish.

/// <reference types="vite/client" />
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { accountInputSchema, projectInputSchema } from '@kume/core';
import enCommon from '../locales/en/common.json';
import trCommon from '../locales/tr/common.json';
import { translateIssue, translateMessage, type FormIssue } from './translateIssue';
// The module's own text: every key it names is looked up in the locales below.
import source from './translateIssue.ts?raw';

/** Stands in for i18next: the key and the values it was given; the words live in `common`. */
const t = ((key: string, options?: Record<string, unknown>) => {
  const { ns, ...values } = options ?? {};
  if (ns !== 'common') throw new Error(`${key} looked up outside the common namespace`);
  return Object.keys(values).length ? `${key} ${JSON.stringify(values)}` : key;
}) as unknown as TFunction;

function messagesOf(result: { success: boolean; error?: { issues: readonly FormIssue[] } }) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((i) => [String(i.path[0]), translateIssue(i, t)]),
  );
}

describe('translateIssue', () => {
  it('calls an empty required text "required" and names the limits of the others', () => {
    const messages = messagesOf(
      projectInputSchema.safeParse({ name: '  ', sector: 'x'.repeat(201), languages: [] }),
    );
    expect(messages).toEqual({
      name: 'validation.required',
      sector: 'validation.maxLength {"count":200}',
      languages: 'validation.chooseLanguage',
    });
  });

  it('says a password is too short with the minimum length, and an email is malformed', () => {
    const messages = messagesOf(
      accountInputSchema.safeParse({ name: 'Ayşe', email: 'ayse@', password: 'short' }),
    );
    expect(messages).toEqual({
      email: 'validation.email',
      password: 'validation.minLength {"count":10}',
    });
  });

  // Each rule: the issue (less its path) and the key, with values, it is told in.
  it.each<[string, Omit<FormIssue, 'path'>, string]>([
    [
      'a text shorter than its minimum is told the minimum length',
      { code: 'too_small', origin: 'string', minimum: 3, message: '' },
      'validation.minLength {"count":3}',
    ],
    [
      'too few choices are told how many to choose',
      { code: 'too_small', origin: 'array', minimum: 2, message: '' },
      'validation.chooseAtLeast {"count":2}',
    ],
    [
      'a number below its minimum is told the minimum',
      { code: 'too_small', origin: 'number', minimum: 0, message: '' },
      'validation.tooSmall {"count":0}',
    ],
    [
      'too many choices are told the most there may be',
      { code: 'too_big', origin: 'array', maximum: 50, message: '' },
      'validation.chooseAtMost {"count":50}',
    ],
    [
      'a number above its maximum is told the maximum',
      { code: 'too_big', origin: 'number', maximum: 5, message: '' },
      'validation.tooBig {"count":5}',
    ],
    [
      'a missing value is required, whatever type was expected',
      { code: 'invalid_type', expected: 'number', message: 'expected number, received undefined' },
      'validation.required',
    ],
    [
      'a value that is no number is told so',
      { code: 'invalid_type', expected: 'number', message: 'expected number, received NaN' },
      'validation.number',
    ],
    [
      'a fraction where a whole number belongs is told so',
      { code: 'invalid_type', expected: 'int', message: 'expected int, received number' },
      'validation.wholeNumber',
    ],
    [
      'a value outside the options asks for one of them',
      { code: 'invalid_value', message: 'Invalid option' },
      'validation.choose',
    ],
    [
      "core's own words win over the issue code",
      {
        code: 'too_small',
        origin: 'array',
        minimum: 1,
        message: 'choose at least one organisation',
      },
      'validation.chooseOrganisation',
    ],
    [
      'a known message of a custom check is translated',
      { code: 'custom', message: 'not a date (YYYY-MM-DD)' },
      'validation.date',
    ],
    [
      'a format other than email is "not in the expected format"',
      { code: 'invalid_format', format: 'uuid', message: 'Invalid UUID' },
      'validation.format',
    ],
    [
      'an issue it has no words for gets a general message',
      { code: 'not_multiple_of', message: 'odd' },
      'validation.invalid',
    ],
  ])('%s', (_rule, fields, expected) => {
    expect(translateIssue({ path: ['x'], ...fields }, t)).toBe(expected);
  });
});

describe('translateMessage', () => {
  it('translates the import check and duplicate messages, keeping their numbers and names', () => {
    expect(translateMessage('duplicate of row 4', t)).toBe('validation.duplicateOfRow {"row":4}');
    expect(translateMessage('at most 200 characters', t)).toBe(
      'validation.maxLength {"count":200}',
    );
    expect(
      translateMessage('an organisation named "Ege Döküm" is already in the registry', t),
    ).toBe('validation.duplicateName {"name":"Ege Döküm"}');
    expect(translateMessage('the file has no rows to import', t)).toBe('validation.noRows');
  });

  it("translates the server's account messages", () => {
    expect(translateMessage('an account with this email exists already', t)).toBe(
      'validation.emailTaken',
    );
    expect(translateMessage('wrong password', t)).toBe('validation.wrongCurrentPassword');
  });

  it('leaves a message it does not know as the server wrote it', () => {
    expect(translateMessage('something new', t)).toBe('something new');
  });
});

describe('the words', () => {
  const keys = [...new Set(source.match(/validation\.\w+/g))];

  it.each([
    ['English', enCommon],
    ['Turkish', trCommon],
  ])('of every message chosen are in %s', (_language, locale) => {
    const words: Record<string, unknown> = locale.validation;
    expect(keys.length).toBeGreaterThan(20);
    const missing = keys.filter((key) => {
      const name = key.slice('validation.'.length);
      return words[name] === undefined && words[`${name}_other`] === undefined;
    });
    expect(missing).toEqual([]);
  });
});
