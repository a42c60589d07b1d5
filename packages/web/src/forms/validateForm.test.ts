// validateForm reads core's schemas' verdict on a form's input as messages by field path.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  accountInputSchema,
  commitmentInputSchema,
  organisationInputSchema,
  visitInputSchema,
} from '@kume/core';
import { validateForm } from './validateForm';

/** A stand-in for i18next: the key and its values, so the tests see which message was chosen. */
const t = ((key: string, options?: Record<string, unknown>) => {
  const { ns: _ns, ...values } = options ?? {};
  return Object.keys(values).length ? `${key} ${JSON.stringify(values)}` : key;
}) as unknown as TFunction;

describe('validateForm', () => {
  it('names every invalid field once, by its path', () => {
    const result = validateForm(
      organisationInputSchema,
      { name: ' ', type: undefined, industryCode: 'zzz', employees: Number.NaN },
      t,
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      name: 'validation.required',
      type: 'validation.choose',
      industryCode: 'validation.industryCode',
      employees: 'validation.number',
    });
  });

  it('keys the messages of nested rows by their full path', () => {
    const result = validateForm(
      visitInputSchema,
      {
        visitedOn: '2026-11-26',
        level: 'local',
        organisationIds: [],
        followUps: [{ description: 'Send the brochure', dueOn: '2026-02-30' }],
      },
      t,
    );
    expect(result.errors).toEqual({
      organisationIds: 'validation.chooseOrganisation',
      'followUps.0.dueOn': 'validation.date',
    });
  });

  it('calls an unanswered score required, not a wrong number', () => {
    const result = validateForm(commitmentInputSchema, { assessedOn: '2026-11-26' }, t);
    expect(result.errors.willingness).toBe('validation.required');
    expect(result.errors.influence).toBe('validation.required');
  });

  it('calls an empty text that breaks any rule missing, not malformed', () => {
    const result = validateForm(accountInputSchema, { name: 'Ayşe', email: ' ', password: '' }, t);
    expect(result.errors).toEqual({
      email: 'validation.required',
      password: 'validation.required',
    });
  });

  it('puts the checks the schema cannot make first, and they make the input invalid', () => {
    const valid = { name: 'Ayşe', email: 'ayse@ajans.example', password: 'long enough!' };
    const result = validateForm(accountInputSchema, valid, t, {
      password: 'passwordsDiffer',
      email: undefined,
    });
    expect(result).toEqual({ ok: false, data: null, errors: { password: 'passwordsDiffer' } });
  });

  it('returns the parsed input when the values are valid', () => {
    const result = validateForm(organisationInputSchema, { name: ' Döküm A.Ş. ', type: 'firm' }, t);
    expect(result).toMatchObject({ ok: true, data: { name: 'Döküm A.Ş.', type: 'firm' } });
  });
});
