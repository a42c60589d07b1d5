// Every error code a live workshop can answer with is worded in both languages.

import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import en from '../../../locales/en/workshops.json';
import tr from '../../../locales/tr/workshops.json';
import { WORDED_ERROR_CODES, workshopErrorText } from './workshopErrorText';

const wordings: Record<string, Record<string, unknown>> = { en, tr };

describe('workshopErrorText', () => {
  it.each(['en', 'tr'])('has a %s sentence for every workshop and live error code', (language) => {
    const errors = wordings[language]?.errors as Record<string, string>;
    const missing = [...WORDED_ERROR_CODES, 'unknown'].filter((code) => !errors[code]?.trim());
    expect(missing).toEqual([]);
  });

  it('words a known code by its key and an unknown one with the general sentence', () => {
    const t = ((key: string) => `<${key}>`) as unknown as TFunction;
    expect(workshopErrorText(t, 'round_closed')).toBe('<workshops:errors.round_closed>');
    expect(workshopErrorText(t, 'rate_limited')).toBe('<workshops:errors.rate_limited>');
    expect(workshopErrorText(t, 'something_new')).toBe('<workshops:errors.unknown>');
    expect(workshopErrorText(t, undefined)).toBe('<workshops:errors.unknown>');
  });
});
