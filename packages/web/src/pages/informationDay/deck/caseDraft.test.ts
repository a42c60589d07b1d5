// Tests of the benchmark case form's values: a case to the form and back, the year as typed,
// empty lines dropped, and core's schema with the form's own "either language" check.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { benchmarkCaseInputSchema, type BenchmarkCase } from '@kume/core';
import { validateForm } from '../../../forms/validateForm';
import {
  caseDraftFrom,
  caseInputFromDraft,
  dropEmptyLines,
  emptyCaseDraft,
  missingBothLanguages,
} from './caseDraft';

/** Stands in for i18next: the key it was asked for and the values it was given. */
const t = ((key: string, options?: Record<string, unknown>) => {
  const { ns: _ns, ...values } = options ?? {};
  return Object.keys(values).length ? `${key} ${JSON.stringify(values)}` : key;
}) as unknown as TFunction;

const basque: BenchmarkCase = {
  id: '6f1c2a9e-8d4b-4c3a-9e2f-1a2b3c4d5e6f',
  name: 'Basque Automotive Cluster (ACICAE)',
  country: { tr: 'İspanya', en: 'Spain' },
  sector: { tr: 'Otomotiv', en: 'Automotive' },
  founded: 1993,
  summary: { tr: 'Özet', en: 'Summary' },
  scale: { tr: '', en: 'about 300 firms' },
  highlights: [{ tr: 'Ortak Ar-Ge', en: 'Joint R&D' }],
  lessons: [{ tr: '', en: 'Start with a few committed firms' }],
  source: 'https://www.acicae.es',
};

function check(draft: ReturnType<typeof emptyCaseDraft>) {
  const refined = Object.fromEntries(missingBothLanguages(draft).map((p) => [p, 'either']));
  return validateForm(benchmarkCaseInputSchema, caseInputFromDraft(draft), t, refined);
}

describe('the case form values', () => {
  it('turn a case into the form and back into the same input the API takes', () => {
    const result = check(caseDraftFrom(basque));
    expect(result.ok).toBe(true);
    const { id: _id, ...input } = basque;
    expect(result.data).toEqual(input);
  });

  it('read an empty year as unknown, and words or a fraction as problems of the year', () => {
    const draft = caseDraftFrom(basque);
    expect(caseInputFromDraft({ ...draft, founded: '  ' }).founded).toBeNull();
    expect(check({ ...draft, founded: 'long ago' }).errors).toEqual({
      founded: 'validation.number',
    });
    expect(check({ ...draft, founded: '1993.5' }).errors).toEqual({
      founded: 'validation.wholeNumber',
    });
    expect(check({ ...draft, founded: '1700' }).errors).toEqual({
      founded: 'validation.tooSmall {"count":1800}',
    });
  });

  it('ask for the name and a summary in at least one language on a new case', () => {
    expect(check(emptyCaseDraft()).errors).toEqual({
      name: 'validation.required',
      summary: 'either',
    });
    const english = { ...emptyCaseDraft(), name: 'X', summary: { tr: '', en: 'About X' } };
    expect(check(english).ok).toBe(true);
  });

  it('drop highlight and lesson rows empty in both languages, and keep a row written in one', () => {
    const draft = caseDraftFrom(basque);
    const withEmpty = {
      ...draft,
      highlights: [...draft.highlights, { key: 7, tr: ' ', en: '' }],
      lessons: [{ key: 3, tr: '', en: '' }, ...draft.lessons],
    };
    expect(missingBothLanguages(withEmpty)).toEqual(['highlights.1', 'lessons.0']);
    const cleaned = dropEmptyLines(withEmpty);
    expect(cleaned.highlights.map((row) => row.key)).toEqual([0]);
    expect(cleaned.lessons.map((row) => row.en)).toEqual(['Start with a few committed firms']);
    expect(missingBothLanguages(cleaned)).toEqual([]);
  });

  it('refuse a ninth highlight as core does', () => {
    const draft = caseDraftFrom(basque);
    const nine = Array.from({ length: 9 }, (_, key) => ({ key, tr: `${key}`, en: '' }));
    expect(check({ ...draft, highlights: nine }).errors).toEqual({
      highlights: 'validation.chooseAtMost {"count":8}',
    });
  });
});
