// How often each tag is used over a set of tagged items (quotes, free-text answers).

import { collatorFor } from './compareText';
import { foldForSearch } from './foldForSearch';

export interface TagCount {
  /** The first spelling met of the tag. */
  tag: string;
  /** Items carrying the tag; an item counts once even if it repeats the tag in another case. */
  count: number;
}

/**
 * Counts tags case- and Turkish-fold-insensitively over the items' tag lists ("Enerji" and
 * "enerji" are one tag). Most used first, then in the collation of `language`. Empty tags are
 * ignored; no items give an empty list.
 */
export function countTags(
  tagLists: readonly (readonly string[])[],
  language: string = 'tr',
): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const tags of tagLists) {
    const seen = new Set<string>();
    for (const tag of tags) {
      const key = foldForSearch(tag);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { tag: tag.trim(), count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  const collator = collatorFor(language);
  return [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}
