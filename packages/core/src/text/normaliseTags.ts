// Tags as people type them made into a clean list: the codes a facilitator puts on interview
// quotes and on free-text answers ("energy cost", "skills gap").

import { z } from 'zod';
import { foldForSearch } from './foldForSearch';

/** At most this many tags on one answer or quote. */
export const MAX_TAGS = 20;
/** At most this many characters in one tag, after trimming. */
export const MAX_TAG_LENGTH = 40;

/**
 * Trims each tag and collapses its inner white space, drops empty ones and keeps one tag per
 * case- and Turkish-fold-insensitive spelling ("Enerji", "ENERJİ" and "enerji" are one tag), in its
 * first spelling, in the order given. Lengths and counts are not checked here: see tagListSchema.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = foldForSearch(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/**
 * A list of tags from a request: normalised, then at most MAX_TAGS of at most MAX_TAG_LENGTH
 * characters each (the input may hold more before duplicates and blanks are dropped).
 */
export const tagListSchema = z
  .array(z.string().max(500))
  .max(MAX_TAGS * 5)
  .transform(normaliseTags)
  .pipe(
    z
      .array(
        z
          .string()
          .max(MAX_TAG_LENGTH, { message: `a tag has at most ${MAX_TAG_LENGTH} characters` }),
      )
      .max(MAX_TAGS, { message: `at most ${MAX_TAGS} tags` }),
  );
