// The headings an edge list and a nodes file may use, English or Turkish, matched as heading keys
// (lower case, no diacritics, no separators: "Ağırlık" -> "agirlik").

import { headingKey } from '../statistics/statsColumns';

export type EdgeField = 'source' | 'target' | 'weight';

export const EDGE_HEADING_ALIASES: Readonly<Record<EdgeField, readonly string[]>> = {
  source: ['source', 'from', 'src', 'kaynak', 'baslangic', 'kimden'],
  target: ['target', 'to', 'dst', 'hedef', 'bitis', 'kime'],
  weight: ['weight', 'agirlik', 'intensity', 'yogunluk', 'value', 'deger'],
};

export const NODE_ID_ALIASES: readonly string[] = ['id', 'node', 'nodeid', 'dugum', 'kimlik'];

/** Column index (0-based) of each field in the headings; -1 when absent. */
export function findEdgeColumns(headings: readonly string[]): Record<EdgeField, number> {
  const keys = headings.map(headingKey);
  const find = (field: EdgeField) =>
    keys.findIndex((key) => EDGE_HEADING_ALIASES[field].includes(key));
  return { source: find('source'), target: find('target'), weight: find('weight') };
}

/** Column index of the node id in a nodes file's headings; -1 when absent. */
export function findNodeIdColumn(headings: readonly string[]): number {
  return headings.map(headingKey).findIndex((key) => NODE_ID_ALIASES.includes(key));
}
