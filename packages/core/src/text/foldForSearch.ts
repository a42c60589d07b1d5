// Turkish-aware folding of text for search: "İZMİR", "izmir" and "Izmir" all find "İzmir".

/**
 * Lower-cases with Turkish rules (İ -> i, I -> ı), then maps ı to i and strips diacritics
 * (ç ğ ö ş ü -> c g o s u), so that a search typed on any keyboard matches. Also collapses
 * white space. Used for search and for the duplicate-name key of organisations.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in one of the texts (folded). An empty query matches. */
export function matchesSearch(
  query: string,
  texts: readonly (string | null | undefined)[],
): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts
    .filter((t): t is string => typeof t === 'string')
    .map(foldForSearch)
    .join('\n');
  return words.every((word) => haystack.includes(word));
}
