// The tags a facilitator typed on an answer, spelled as the question's existing tags, so that
// "Enerji" typed on one answer joins the "enerji" already used on others.

import { foldForSearch, normaliseTags } from '@kume/core';

/**
 * Normalises the typed tags (trimmed, one per folded spelling) and replaces each by the known
 * tag with the same case- and Turkish-folded spelling, if there is one. Order is kept.
 */
export function canonicalTags(typed: readonly string[], known: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of known) {
    const key = foldForSearch(tag);
    if (key && !byKey.has(key)) byKey.set(key, tag);
  }
  return normaliseTags(normaliseTags(typed).map((tag) => byKey.get(foldForSearch(tag)) ?? tag));
}
