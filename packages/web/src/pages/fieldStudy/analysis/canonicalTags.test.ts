// canonicalTags: typed tags take the spelling of the question's existing tags.

import { describe, expect, it } from 'vitest';
import { canonicalTags } from './canonicalTags';

describe('canonicalTags', () => {
  it('spells a typed tag as the known tag with the same folded spelling', () => {
    expect(canonicalTags(['ENERJİ', 'yeni etiket'], ['enerji', 'işgücü'])).toEqual([
      'enerji',
      'yeni etiket',
    ]);
  });

  it('trims typed tags and keeps one per folded spelling, in the order typed', () => {
    expect(canonicalTags([' İşgücü ', 'isgucu', '', 'maliyet'], ['işgücü'])).toEqual([
      'işgücü',
      'maliyet',
    ]);
  });

  it('keeps the typed spelling when no known tag matches', () => {
    expect(canonicalTags(['Beceri açığı'], [])).toEqual(['Beceri açığı']);
  });
});
