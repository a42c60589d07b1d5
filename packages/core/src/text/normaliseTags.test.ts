// normaliseTags and tagListSchema: the clean tag lists stored on quotes and free-text answers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from './foldForSearch';
import { MAX_TAG_LENGTH, MAX_TAGS, normaliseTags, tagListSchema } from './normaliseTags';

describe('normaliseTags', () => {
  it('trims, collapses inner white space and drops blank tags', () => {
    expect(normaliseTags(['  energy   cost ', '', '   ', 'skills\tgap'])).toEqual([
      'energy cost',
      'skills gap',
    ]);
  });

  it('keeps one tag per case- and Turkish-folded spelling, the first one, in order', () => {
    expect(normaliseTags(['İşgücü', 'enerji', 'ENERJİ', 'isgucu', 'Enerji'])).toEqual([
      'İşgücü',
      'enerji',
    ]);
  });

  it('gives a list without fold duplicates or blanks for any input, and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }), (tags) => {
        const result = normaliseTags(tags);
        const keys = result.map(foldForSearch);
        expect(new Set(keys).size).toBe(result.length);
        expect(keys.every(Boolean)).toBe(true);
        expect(normaliseTags(result)).toEqual(result);
      }),
    );
  });
});

describe('tagListSchema', () => {
  it('accepts more raw tags than the limit when duplicates bring them under it', () => {
    const raw = Array.from({ length: MAX_TAGS + 5 }, (_, i) => (i % 2 ? 'Enerji' : 'enerji'));
    expect(tagListSchema.parse(raw)).toEqual(['enerji']);
  });

  it(`refuses more than ${MAX_TAGS} distinct tags`, () => {
    const raw = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag ${i}`);
    expect(tagListSchema.safeParse(raw).success).toBe(false);
    expect(tagListSchema.safeParse(raw.slice(1)).success).toBe(true);
  });

  it(`refuses a tag longer than ${MAX_TAG_LENGTH} characters after trimming`, () => {
    expect(tagListSchema.safeParse(['x'.repeat(MAX_TAG_LENGTH + 1)]).success).toBe(false);
    expect(tagListSchema.parse([` ${'x'.repeat(MAX_TAG_LENGTH)} `])).toEqual([
      'x'.repeat(MAX_TAG_LENGTH),
    ]);
  });

  it('keeps markup as text', () => {
    expect(tagListSchema.parse(['<script>alert(1)</script>'])).toEqual([
      '<script>alert(1)</script>',
    ]);
  });
});
