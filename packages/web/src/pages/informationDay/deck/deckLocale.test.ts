// Every word the deck pages look up exists in Turkish and English: the keys written in the
// pages' source, and the keys they build from sections, data parts and logo problems.

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { DECK_SECTIONS } from '@kume/core';
import en from '../../../locales/en/deck.json';
import tr from '../../../locales/tr/deck.json';
import type { DeckAvailability } from './deckTypes';
import type { LogoProblem } from './logoFile';

const sources = import.meta.glob<string>('./*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The dotted keys of a locale file, plurals under their base name. */
function keysOf(tree: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = `${prefix}${name}`;
    if (value !== null && typeof value === 'object')
      for (const inner of keysOf(value as object, `${key}.`)) keys.add(inner);
    else keys.add(key.replace(/_(one|other)$/, ''));
  }
  return keys;
}

const PARTS: (keyof DeckAvailability)[] = [
  'statistics',
  'fieldStudy',
  'clusterMap',
  'workingGroup',
  'attendance',
];
const PROBLEMS: LogoProblem[] = ['type', 'size', 'empty'];

/** Keys the pages build at run time. */
const built = [
  ...DECK_SECTIONS.flatMap((id) => [`section.${id}.name`, `section.${id}.description`]),
  ...PARTS.flatMap((part) => [`missing.${part}`, `missing.link.${part}`]),
  ...PROBLEMS.map((problem) => `logo.problem.${problem}`),
  ...['pptx', 'pdf'].map((format) => `download.${format}`),
  ...['country', 'sector', 'summary', 'scale', 'highlights', 'lessons'].map((f) => `form.${f}`),
  'place.calendarRow',
  'place.stepRow',
  'place.settings',
];

/** Keys written literally as t('…') in the pages (other namespaces, "ns:key", left out). */
const written = Object.entries(sources)
  .filter(([path]) => !path.endsWith('.test.ts'))
  .flatMap(([, text]) => [...text.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((match) => match[1]!));

describe('the deck words', () => {
  it.each([
    ['English', en],
    ['Turkish', tr],
  ])('of every key looked up are in %s', (_language, locale) => {
    const keys = keysOf(locale);
    expect(written.length).toBeGreaterThan(40);
    expect([...new Set([...built, ...written])].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('are the same keys in both languages', () => {
    expect([...keysOf(tr)].sort()).toEqual([...keysOf(en)].sort());
  });
});
