// filterTexts: the answers listed for a typed filter and a chosen tag.

import { describe, expect, it } from 'vitest';
import { filterTexts } from './filterTexts';

const texts = [
  { text: 'Elektrik çok pahalı', tags: ['Enerji', 'maliyet'] },
  { text: 'Usta bulunmuyor', tags: ['işgücü'] },
  { text: '', tags: ['enerji'] },
  { text: 'Doğalgaz pahalı', tags: [] },
];

describe('filterTexts', () => {
  it('lists every non-empty answer without a filter or tag', () => {
    expect(filterTexts(texts, { query: '', tag: null }).map((t) => t.text)).toEqual([
      'Elektrik çok pahalı',
      'Usta bulunmuyor',
      'Doğalgaz pahalı',
    ]);
  });

  it('keeps only answers carrying the chosen tag, ignoring case and Turkish letters', () => {
    expect(filterTexts(texts, { query: '', tag: 'ENERJİ' }).map((t) => t.text)).toEqual([
      'Elektrik çok pahalı',
    ]);
    expect(filterTexts(texts, { query: '', tag: 'isgucu' }).map((t) => t.text)).toEqual([
      'Usta bulunmuyor',
    ]);
  });

  it('combines the typed filter with the tag', () => {
    expect(filterTexts(texts, { query: 'PAHALI', tag: null }).map((t) => t.text)).toEqual([
      'Elektrik çok pahalı',
      'Doğalgaz pahalı',
    ]);
    expect(filterTexts(texts, { query: 'pahali', tag: 'maliyet' }).map((t) => t.text)).toEqual([
      'Elektrik çok pahalı',
    ]);
  });
});
