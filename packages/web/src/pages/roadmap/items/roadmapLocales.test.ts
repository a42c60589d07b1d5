// The roadmap, action plan and action editor pages' words exist in Turkish and English: the same
// keys in both files, every fixed key the pages look up, and every key built from a state.

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import {
  ACTION_LAYERS,
  ACTION_STATUSES,
  HORIZONS,
  INDICATOR_HEALTHS,
  ROADMAP_ITEM_KINDS,
} from '@kume/core';
import en from '../../../locales/en/roadmap.json';
import tr from '../../../locales/tr/roadmap.json';
import { ITEM_SECTIONS } from './itemDisplay';

/** The pages' source: the three pages and their folders. */
const sources = import.meta.glob<string>(
  [
    '../{RoadmapPage,ActionPlanPage,ActionEditorPage}.tsx',
    './**/*.{ts,tsx}',
    '../actions/**/*.{ts,tsx}',
    '!./**/*.test.ts',
    '!../actions/**/*.test.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** Every leaf key of a locale as a dotted path. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** The keys with plural forms also under their base name ("coverage.count_one" is "coverage.count"). */
const withBaseNames = (keys: string[]) =>
  new Set(keys.flatMap((key) => [key, key.replace(/_(one|other)$/, '')]));

const MISSING_SOURCES = [
  'no_vision_workshop',
  'no_factors_workshop',
  'no_skills_workshop',
  'no_value_chain',
  'no_relations',
  'no_statistics_settings',
];

describe('the roadmap words', () => {
  it('have the same keys in Turkish and English', () => {
    expect(keysOf(tr).sort()).toEqual(keysOf(en).sort());
  });

  it('include every fixed key the pages look up', () => {
    const known = withBaseNames(keysOf(en));
    const used = new Set<string>();
    for (const text of Object.values(sources))
      for (const match of text.matchAll(/\bt\(\s*'(roadmap:)?([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g))
        if (match[2]) used.add(match[2]);
    // The error texts name their keys in a table, not in t() calls.
    for (const text of Object.values(sources))
      for (const match of text.matchAll(/key: '(editor\.[a-zA-Z]+)'/g))
        if (match[1]) used.add(match[1]);
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });

  it('include the keys the pages build from a state, for every state', () => {
    const known = withBaseNames(keysOf(en));
    const built = [
      ...ROADMAP_ITEM_KINDS.map((kind) => `kind.${kind}`),
      ...ACTION_LAYERS.flatMap((layer) => [`layer.${layer}`, `layerQuestion.${layer}`]),
      ...HORIZONS.flatMap((horizon) => [`term.${horizon}`, `termShort.${horizon}`]),
      ...ACTION_STATUSES.map((status) => `status.${status}`),
      ...INDICATOR_HEALTHS.map((health) => `health.${health}`),
      ...['vision', 'factors', 'skills', 'map', 'statistics'].map((s) => `sources.name.${s}`),
      ...MISSING_SOURCES.flatMap((code) => [`sources.todo.${code}`, `sources.go.${code}`]),
      ...ITEM_SECTIONS.flatMap(({ id }) => [`section.${id}`, `section.empty.${id}`]),
      ...['added', 'returned', 'updated', 'gone'].flatMap((change) => [
        `assemble.count.${change}`,
        `assemble.heading.${change}`,
      ]),
      ...['strong', 'emerging', 'focus'].map((standing) => `item.standing.${standing}`),
      ...['table', 'roadmap', 'timeline'].map((view) => `plan.view.${view}`),
    ];
    expect(built.filter((key) => !known.has(key))).toEqual([]);
  });

  it('are never empty', () => {
    const empty = (tree: unknown): boolean =>
      typeof tree === 'string' ? tree.trim() === '' : Object.values(tree as object).some(empty);
    expect(empty(en)).toBe(false);
    expect(empty(tr)).toBe(false);
  });
});
