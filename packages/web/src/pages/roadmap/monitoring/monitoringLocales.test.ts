// The monitoring, self-assessment and documents pages' words exist in Turkish and English: the
// same keys in both files, every fixed key the pages look up, and every key built from a state.

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { INDICATOR_HEALTHS, SELF_ASSESSMENT_LEVELS, type SelfAssessmentChange } from '@kume/core';
import en from '../../../locales/en/monitoring.json';
import tr from '../../../locales/tr/monitoring.json';

/** The pages' source: the three pages and their folders. */
const sources = import.meta.glob<string>(
  [
    '../{MonitoringPage,SelfAssessmentPage,DocumentsPage}.tsx',
    './**/*.{ts,tsx}',
    '../selfAssessment/**/*.{ts,tsx}',
    '../documents/**/*.{ts,tsx}',
    '!./**/*.test.ts',
    '!../selfAssessment/**/*.test.ts',
    '!../documents/**/*.test.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** Every leaf key of a locale as a dotted path (arrays are one leaf), plurals under their base too. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

const withBaseNames = (keys: string[]) =>
  new Set(keys.flatMap((key) => [key, key.replace(/_(one|other)$/, '')]));

const changes: SelfAssessmentChange[] = ['improved', 'fell', 'unchanged', 'not_comparable'];

describe('the monitoring words', () => {
  it('have the same keys in Turkish and English', () => {
    expect(keysOf(tr).sort()).toEqual(keysOf(en).sort());
  });

  it('include every fixed key the pages look up', () => {
    const known = withBaseNames(keysOf(en));
    const used = new Set<string>();
    for (const text of Object.values(sources))
      for (const match of text.matchAll(/\bt\(\s*'(monitoring:)?([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g))
        if (match[2]) used.add(match[2]);
    expect(used.size).toBeGreaterThan(120);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });

  it('include the keys the pages build from a state, for every state', () => {
    const known = withBaseNames(keysOf(en));
    const built = [
      ...INDICATOR_HEALTHS.map((h) => `health.${h}`),
      ...SELF_ASSESSMENT_LEVELS.map((l) => `level.${l}`),
      ...changes.map((c) => `change.${c}`),
      ...['improved', 'fell'].map((c) => `comparison.${c}`),
      ...['on', 'value', 'unit', 'note'].map((k) => `value.${k}`),
      ...['name', 'unit', 'baseline', 'baselineOn', 'target', 'dueOn'].map((k) => `indicator.${k}`),
      ...['nameTr', 'nameEn', 'unitTr', 'unitEn', 'evidenceTr', 'evidenceEn'].map(
        (k) => `indicatorList.${k}`,
      ),
      ...['beforeFrom', 'beforeTo', 'afterFrom', 'afterTo'].map((k) => `network.${k}`),
      ...['required', 'number', 'dueAfter', 'none'].map((p) => `presets.problem.${p}`),
      ...['required', 'number'].map((p) => `assessment.problem.${p}`),
      ...['roadmap', 'report'].flatMap((kind) =>
        ['title', 'description', 'contents'].map((part) => `documents.${kind}.${part}`),
      ),
      ...['docx', 'pdf'].map((format) => `documents.download.${format}`),
    ];
    expect(built.filter((key) => !known.has(key))).toEqual([]);
  });

  it('list as many document contents in Turkish as in English', () => {
    expect(tr.documents.roadmap.contents).toHaveLength(en.documents.roadmap.contents.length);
    expect(tr.documents.report.contents).toHaveLength(en.documents.report.contents.length);
  });

  it('are never empty', () => {
    const empty = (tree: unknown): boolean =>
      typeof tree === 'string' ? tree.trim() === '' : Object.values(tree as object).some(empty);
    expect(empty(en)).toBe(false);
    expect(empty(tr)).toBe(false);
  });
});
