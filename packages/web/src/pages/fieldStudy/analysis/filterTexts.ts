// Which free-text answers the analysis lists: the non-empty ones matching the typed filter and,
// when a tag is chosen, carrying that tag. Case and Turkish letters are ignored in both.

import { foldForSearch } from '@kume/core';

export interface TextFilter {
  /** Typed words; an empty one matches every answer. */
  query: string;
  /** A tag the answer must carry; null for any. */
  tag: string | null;
}

export function filterTexts<T extends { text: string; tags: readonly string[] }>(
  texts: readonly T[],
  { query, tag }: TextFilter,
): T[] {
  const wanted = foldForSearch(query);
  const wantedTag = tag === null ? null : foldForSearch(tag);
  return texts.filter(
    (entry) =>
      entry.text !== '' &&
      (!wanted || foldForSearch(entry.text).includes(wanted)) &&
      (wantedTag === null || entry.tags.some((t) => foldForSearch(t) === wantedTag)),
  );
}
