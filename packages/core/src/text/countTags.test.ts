// countTags: tag frequencies over tagged items, fold-insensitive, most used first.

import { describe, expect, it } from 'vitest';
import { countTags } from './countTags';

describe('countTags', () => {
  it('counts items per tag, case- and Turkish-fold-insensitively, in the first spelling met', () => {
    expect(countTags([['Enerji', 'işgücü'], ['enerji'], ['İŞGÜCÜ', 'ENERJİ'], []])).toEqual([
      { tag: 'Enerji', count: 3 },
      { tag: 'işgücü', count: 2 },
    ]);
  });

  it('counts an item once even when it repeats a tag in another case', () => {
    expect(countTags([['maliyet', 'Maliyet']])).toEqual([{ tag: 'maliyet', count: 1 }]);
  });

  it('orders ties in the collation of the language (Turkish: ç after c)', () => {
    expect(countTags([['çevre'], ['dış ticaret'], ['cam']]).map((c) => c.tag)).toEqual([
      'cam',
      'çevre',
      'dış ticaret',
    ]);
  });

  it('ignores blank tags and gives nothing for no items', () => {
    expect(countTags([[' ', '']])).toEqual([]);
    expect(countTags([])).toEqual([]);
  });
});
