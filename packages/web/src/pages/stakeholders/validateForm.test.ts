// Inline validation messages: core's schemas read in the UI language.

import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { commitmentInputSchema, organisationInputSchema } from '@kume/core';
import { translateMessage, validateForm } from './validateForm';

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

  it('calls an unanswered score required, not a wrong number', () => {
    const result = validateForm(commitmentInputSchema, { assessedOn: '2026-11-26' }, t);
    expect(result.errors.willingness).toBe('validation.required');
    expect(result.errors.influence).toBe('validation.required');
  });

  it('returns the parsed input when the values are valid', () => {
    const result = validateForm(organisationInputSchema, { name: ' Döküm A.Ş. ', type: 'firm' }, t);
    expect(result).toMatchObject({ ok: true, data: { name: 'Döküm A.Ş.', type: 'firm' } });
  });
});

describe('translateMessage', () => {
  it('translates the import check and duplicate messages, keeping their numbers and names', () => {
    expect(translateMessage('duplicate of row 4', t)).toBe('validation.duplicateOfRow {"row":4}');
    expect(translateMessage('at most 200 characters', t)).toBe('validation.maxLength {"max":200}');
    expect(
      translateMessage('an organisation named "Ege Döküm" is already in the registry', t),
    ).toBe('validation.duplicateName {"name":"Ege Döküm"}');
  });

  it('leaves a message it does not know as the server wrote it', () => {
    expect(translateMessage('something new', t)).toBe('something new');
  });
});
