// The Information Day pages' words exist in Turkish and English: the same keys in both files,
// and every fixed key the pages look up.

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { REGISTRATION_SOURCES, REGISTRATION_STATUSES } from '@kume/core';
import en from '../../locales/en/informationDay.json';
import tr from '../../locales/tr/informationDay.json';
import { KNOWN_EVENT_ERRORS } from './eventErrorText';

/** The pages' source (the deck has its own namespace and is left out). */
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./deck/**', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every leaf key of a locale as a dotted path, plurals under their base name too. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

const withBaseNames = (keys: string[]) =>
  new Set(keys.flatMap((key) => [key, key.replace(/_(one|other)$/, '')]));

describe('the informationDay words', () => {
  it('have the same keys in Turkish and English', () => {
    expect(keysOf(tr).sort()).toEqual(keysOf(en).sort());
  });

  it('include every fixed key the pages look up', () => {
    const known = withBaseNames(keysOf(en));
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(
        /\bt\(\s*'(informationDay:)?([a-zA-Z_]+(?:\.[a-zA-Z_]+)+)'/g,
      ))
        if (match[2]) used.add(match[2]);
    }
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });

  it('include the keys the pages build from a state, for every state', () => {
    const known = withBaseNames(keysOf(en));
    const built = [
      ...['insecure', 'unsupported', 'denied', 'none', 'busy', 'error'].map(
        (s) => `checkIn.camera.${s}`,
      ),
      ...['open', 'waitlist', 'full', 'closed'].map((s) => `public.seats.${s}`),
      ...['full', 'closed'].flatMap((s) => [`public.${s}Title`, `public.${s}Text`]),
      ...REGISTRATION_STATUSES.map((s) => `status.${s}`),
      ...REGISTRATION_SOURCES.map((s) => `source.${s}`),
      ...['registered', 'cancelled'].map((s) => `ticket.${s}`),
      ...['details', 'guests', 'invitations', 'polls'].map((s) => `event.tabs.${s}`),
      ...[
        'required',
        'tooLong',
        'tooFewChoices',
        'tooManyChoices',
        'duplicateChoice',
        'tooManyPolls',
      ].map((s) => `polls.problem.${s}`),
      ...['name', 'organisation', 'email'].map((s) => `guest.${s}`),
      ...[...KNOWN_EVENT_ERRORS, 'already_checked_in', 'waitlisted', 'not_found'].map(
        (code) => `errors.${code}`,
      ),
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
