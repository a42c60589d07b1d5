// The derive page's words exist in Turkish and English: the same keys in both files' derive
// blocks, and every key the page looks up (fixed ones and those built from a method or measure).

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/statistics.json';
import tr from '../../../locales/tr/statistics.json';

const sources = import.meta.glob<string>(['./*.tsx', './*.ts', '!./*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every leaf key as a dotted path. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

const withBaseNames = (keys: string[]) =>
  new Set(keys.flatMap((key) => [key, key.replace(/_(one|other)$/, '')]));

describe('the derive page words', () => {
  it('have the same keys in Turkish and English', () => {
    expect(keysOf(tr.derive, 'derive').sort()).toEqual(keysOf(en.derive, 'derive').sort());
  });

  it('include every fixed key the page looks up, and the built ones', () => {
    const known = withBaseNames(keysOf(en));
    const used = new Set<string>();
    for (const text of Object.values(sources))
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g))
        if (match[1]) used.add(match[1]);
    for (const method of ['grid', 'hierarchical', 'kmeans', 'louvain'])
      used.add(`derive.method.${method}`);
    for (const key of [
      'measure.employment',
      'measure.establishments',
      'notes.notInIo',
      'notes.constant',
      'form.share',
      'form.lq',
    ])
      used.add(`derive.${key}`);
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
