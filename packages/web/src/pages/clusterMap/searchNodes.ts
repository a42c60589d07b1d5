// Finds organisations by name or district, Turkish-aware ("izmir" finds "İZMİR").

import { foldForSearch, matchesSearch } from '@kume/core';
import type { ClusterMapNode } from './types';

/**
 * The matching nodes, those whose folded name starts with the query first, then by name; at most
 * `limit`. An empty or blank query finds nothing (the box is not a list of everyone).
 */
export function searchNodes(
  nodes: readonly ClusterMapNode[],
  query: string,
  limit = 10,
): ClusterMapNode[] {
  const folded = foldForSearch(query);
  if (!folded) return [];
  const matches = nodes.filter((n) => matchesSearch(query, [n.name, n.district]));
  const starts = (n: ClusterMapNode) => (foldForSearch(n.name).startsWith(folded) ? 0 : 1);
  return matches
    .sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name, 'tr'))
    .slice(0, limit);
}
