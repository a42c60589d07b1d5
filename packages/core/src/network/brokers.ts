// Brokers between communities: Guimera and Amaral's participation coefficient per node, and
// Kume's broker rule (ties several communities and lies on many shortest paths).

import { quantile } from '../stats/quantile';
import type { Graph } from './graph';
import { undirectedView } from './undirectedView';

/** A broker's least participation coefficient: its ties spread over two communities at 80/20. */
export const BROKER_MIN_PARTICIPATION = 0.3;
/** A broker's betweenness is at or above this quantile of the graph's non-zero betweenness. */
export const BROKER_BETWEENNESS_QUANTILE = 0.75;

export interface ParticipationResult {
  /** 1 - sum over communities s of (k_is / k_i)^2, ties in either direction; 0 for an isolate. */
  participation: Float64Array;
  /** Number of distinct communities among a node's neighbours and itself. */
  communitiesTied: Int32Array;
}

export interface BrokersResult extends ParticipationResult {
  /** The brokers' indices, highest participation first (ties: higher betweenness, lower index). */
  brokers: Int32Array;
  /** The betweenness a broker reaches at least; Infinity when no node has any betweenness. */
  betweennessThreshold: number;
}

/**
 * Participation coefficient (Guimera & Amaral 2005, Nature 433:895): near 1 when a node's ties
 * spread evenly over many communities, 0 when all lie in one. Ties are counted by neighbour, edge
 * direction and self-loops ignored; `weighted` sums weights instead (both directions).
 */
export function participationCoefficient(
  graph: Graph,
  community: Int32Array,
  options: { weighted?: boolean } = {},
): ParticipationResult {
  const n = graph.nodeCount;
  const { offsets, targets, weights } = undirectedView(graph);
  const weighted = options.weighted === true;
  let k = 0;
  for (let u = 0; u < n; u++) k = Math.max(k, community[u]! + 1);
  const share = new Float64Array(k);
  const listed = new Uint8Array(k);
  const list = new Int32Array(k);
  const participation = new Float64Array(n);
  const communitiesTied = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    let length = 0;
    let total = 0;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const c = community[targets[j]!]!;
      const w = weighted ? weights[j]! : 1;
      if (listed[c] === 0) {
        listed[c] = 1;
        list[length++] = c;
      }
      share[c] = share[c]! + w;
      total += w;
    }
    let squares = 0;
    let tied = length + (listed[community[u]!] === 1 ? 0 : 1);
    for (let j = 0; j < length; j++) {
      const c = list[j]!;
      if (total > 0) squares += (share[c]! / total) ** 2;
      share[c] = 0;
      listed[c] = 0;
    }
    if (length === 0) tied = 1;
    participation[u] = total > 0 ? 1 - squares : 0;
    communitiesTied[u] = tied;
  }
  return { participation, communitiesTied };
}

/**
 * Kume's brokers (our definition, not a networkx one): nodes that tie two or more communities
 * (communitiesTied >= 2) with participation >= BROKER_MIN_PARTICIPATION, AND whose betweenness is
 * positive and at or above the BROKER_BETWEENNESS_QUANTILE quantile (linear interpolation) of the
 * graph's non-zero betweenness values (core `quantile`, type 7). So a broker both spreads its ties over communities and
 * carries many of the shortest paths; a node on the edge of two communities that no path crosses
 * is not one. No node has betweenness (no paths of length 2): no brokers. Non-finite betweenness
 * values are ignored.
 */
export function selectBrokers(
  { participation, communitiesTied }: ParticipationResult,
  betweenness: Float64Array,
): Pick<BrokersResult, 'brokers' | 'betweennessThreshold'> {
  const positive = betweenness.filter((b) => Number.isFinite(b) && b > 0);
  const betweennessThreshold = quantile(positive, BROKER_BETWEENNESS_QUANTILE) ?? Infinity;
  const found: number[] = [];
  for (let u = 0; u < participation.length; u++) {
    const b = betweenness[u]!;
    if (
      communitiesTied[u]! >= 2 &&
      participation[u]! >= BROKER_MIN_PARTICIPATION &&
      b > 0 &&
      b >= betweennessThreshold
    )
      found.push(u);
  }
  found.sort(
    (a, b) => participation[b]! - participation[a]! || betweenness[b]! - betweenness[a]! || a - b,
  );
  return { brokers: Int32Array.from(found), betweennessThreshold };
}

/** Participation coefficients and the brokers (see selectBrokers) given the betweenness. */
export function brokers(
  graph: Graph,
  community: Int32Array,
  betweenness: Float64Array,
  options: { weighted?: boolean } = {},
): BrokersResult {
  const coefficients = participationCoefficient(graph, community, options);
  return { ...coefficients, ...selectBrokers(coefficients, betweenness) };
}
