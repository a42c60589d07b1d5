// Merging a new assembly into the stored items: added, updated, returned, gone; nothing deleted.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { mergeAssembledItems } from './mergeAssembledItems';
import type { RoadmapItem } from './roadmapItem';

const item = (key: string, extra: Partial<RoadmapItem> = {}): RoadmapItem => ({
  key,
  kind: key.startsWith('gap:') ? 'value_chain_gap' : 'success_factor',
  title: { tr: key, en: key },
  detail: { tr: '', en: '' },
  weight: null,
  score: null,
  figures: {},
  quadrant: null,
  parentKey: null,
  source: { kind: 'workshop', id: 'w', label: { tr: 'W', en: 'W' }, date: null },
  sourceState: 'present',
  ...extra,
});

describe('mergeAssembledItems', () => {
  const existing = [
    item('factor:w:a', { figures: { performance: 2, x: 1 } }),
    item('manual:m'),
    item('gap:thin_stage:casting', { score: 0.5 }),
    item('gap:empty_stage:pattern', { sourceState: 'gone' }),
    item('factor:w:b'),
  ];
  const assembled = [
    item('factor:w:new'),
    item('factor:w:a', { figures: { x: 1, performance: 2 } }),
    item('gap:thin_stage:casting', { score: 0.27 }),
    item('gap:empty_stage:pattern'),
  ];
  const merged = mergeAssembledItems(existing, assembled);

  it('adds new sources, refreshes changed ones, brings back returned ones and marks vanished ones gone', () => {
    expect(merged.added).toEqual(['factor:w:new']);
    expect(merged.updated).toEqual(['gap:thin_stage:casting']);
    expect(merged.returned).toEqual(['gap:empty_stage:pattern']);
    expect(merged.gone).toEqual(['factor:w:b']);
  });

  it('orders present assembled items, then manual ones, then gone ones', () => {
    expect(merged.items.map((i) => `${i.key} ${i.sourceState}`)).toEqual([
      'factor:w:new present',
      'factor:w:a present',
      'gap:thin_stage:casting present',
      'gap:empty_stage:pattern present',
      'manual:m present',
      'factor:w:b gone',
    ]);
    expect(merged.items[2]!.score).toBe(0.27);
  });

  it('takes the new source day without calling the item updated', () => {
    const source = { kind: 'cluster_map' as const, id: 'cluster-map', label: { tr: 'K', en: 'M' } };
    const stored = [item('gap:x:y', { source: { ...source, date: '2026-01-01' as IsoDate } })];
    const fresh = [item('gap:x:y', { source: { ...source, date: '2026-02-01' as IsoDate } })];
    const result = mergeAssembledItems(stored, fresh);
    expect(result.updated).toEqual([]);
    expect(result.items[0]!.source.date).toBe('2026-02-01');
  });

  it('does not report an item gone twice', () => {
    const again = mergeAssembledItems(merged.items, assembled);
    expect(again.gone).toEqual([]);
    expect(again.added).toEqual([]);
    expect(again.items.find((i) => i.key === 'factor:w:b')!.sourceState).toBe('gone');
  });

  it('keeps manual items even when the assembly holds nothing, and ignores manual keys in it', () => {
    const result = mergeAssembledItems([item('manual:m')], [item('manual:z')]);
    expect(result.items.map((i) => i.key)).toEqual(['manual:m']);
    expect(result.added).toEqual([]);
  });

  it('never loses a stored key and holds every assembled key once', () => {
    const keys = fc.uniqueArray(
      fc.constantFrom<string>(
        'factor:w:a',
        'factor:w:b',
        'skill:w:c',
        'gap:x:y',
        'manual:1',
        'cluster:k',
      ),
    );
    fc.assert(
      fc.property(keys, keys, fc.array(fc.boolean()), (stored, fresh, gone) => {
        const before = stored.map((key, i) =>
          item(key, gone[i] ? { sourceState: 'gone' } : { score: i }),
        );
        const result = mergeAssembledItems(
          before,
          fresh.map((key) => item(key)),
        );
        const after = result.items.map((i) => i.key);
        expect(new Set(after).size).toBe(after.length);
        for (const key of stored) expect(after).toContain(key);
        for (const key of fresh) if (!key.startsWith('manual:')) expect(after).toContain(key);
        for (const i of result.items)
          expect(i.sourceState).toBe(
            fresh.includes(i.key) || i.key.startsWith('manual:') ? 'present' : 'gone',
          );
      }),
    );
  });
});
