// How the cluster's network changed between two field studies (or two dates of one relation list):
// density at each, the ties that are new and lost, and the organisations that gained ties.

import { buildGraph } from '../network/buildGraph';
import { degree } from '../network/degree';
import { density } from '../network/density';

/** A relation as the cluster map reads it, from the side that reported it. */
export interface NetworkRelation {
  sourceOrganisationId: string;
  targetOrganisationId: string;
}

export interface NetworkSnapshot {
  /** Organisations the density is measured over (see compareNetworks). */
  organisations: number;
  /** Pairs of organisations with at least one relation either way. */
  ties: number;
  /** Share of possible relations that exist, as the cluster map measures it (network/density). */
  density: number;
}

export interface OrganisationTieChange {
  organisationId: string;
  tiesBefore: number;
  tiesAfter: number;
  newTies: number;
  lostTies: number;
}

export interface NetworkChange {
  before: NetworkSnapshot;
  after: NetworkSnapshot;
  /** after.density - before.density. */
  densityChange: number;
  /** Pairs [a, b] with a < b, sorted. */
  newTies: [string, string][];
  lostTies: [string, string][];
  keptTies: number;
  /** Organisations with at least one new tie: most new ties first, then largest net gain, then id. */
  gainers: OrganisationTieChange[];
}

export interface CompareNetworksOptions {
  /**
   * The organisations both densities are measured over (the registry), so that the two figures
   * share a denominator; a relation naming another id throws NetworkInputError. Default: every
   * organisation named by a relation of either side.
   */
  organisationIds?: readonly string[];
  /** Directed density, as the cluster map reports it (default), or undirected. */
  directed?: boolean;
}

type Pair = [string, string];
const SEPARATOR = '\u0000';

/** The distinct unordered pairs of organisations related either way; self-relations dropped. */
function tiesOf(relations: readonly NetworkRelation[]): Map<string, Pair> {
  const ties = new Map<string, Pair>();
  for (const { sourceOrganisationId: s, targetOrganisationId: t } of relations) {
    if (s === t) continue;
    const pair: Pair = s < t ? [s, t] : [t, s];
    ties.set(pair.join(SEPARATOR), pair);
  }
  return ties;
}

function nodesOf(relations: readonly NetworkRelation[], options: CompareNetworksOptions) {
  if (options.organisationIds) return options.organisationIds;
  const ids = new Set<string>();
  for (const r of relations) ids.add(r.sourceOrganisationId).add(r.targetOrganisationId);
  return [...ids];
}

function snapshot(
  relations: readonly NetworkRelation[],
  nodes: readonly string[],
  directed: boolean,
) {
  const edges = relations
    .filter((r) => r.sourceOrganisationId !== r.targetOrganisationId)
    .map((r) => ({ source: r.sourceOrganisationId, target: r.targetOrganisationId }));
  const graph = buildGraph({ nodes, edges, directed });
  // Ties per organisation: distinct partners either way, from the undirected graph's degree.
  const undirected = directed ? buildGraph({ nodes, edges, directed: false }) : graph;
  const partners = degree(undirected).total;
  const tieCount = new Map(nodes.map((id, i) => [id, partners[i] ?? 0]));
  const summary: NetworkSnapshot = {
    organisations: graph.nodeCount,
    ties: undirected.edgeCount,
    density: density(graph),
  };
  return { summary, tieCount };
}

const byPair = (a: Pair, b: Pair) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/**
 * Compares the relations of two field studies. A tie is a pair of organisations with at least one
 * relation either way, of any type; new ties are in `after` only, lost ties in `before` only.
 * Both densities are measured over the same organisations (options.organisationIds, else all
 * those either side names), so their difference reflects ties alone.
 */
export function compareNetworks(
  before: readonly NetworkRelation[],
  after: readonly NetworkRelation[],
  options: CompareNetworksOptions = {},
): NetworkChange {
  const directed = options.directed ?? true;
  const nodes = nodesOf([...before, ...after], options);
  const first = snapshot(before, nodes, directed);
  const second = snapshot(after, nodes, directed);
  const tiesBefore = tiesOf(before);
  const tiesAfter = tiesOf(after);
  const newTies = [...tiesAfter].filter(([k]) => !tiesBefore.has(k)).map(([, p]) => p);
  const lostTies = [...tiesBefore].filter(([k]) => !tiesAfter.has(k)).map(([, p]) => p);

  const changes = new Map<string, OrganisationTieChange>();
  const changeOf = (id: string) => {
    let change = changes.get(id);
    if (!change) {
      change = {
        organisationId: id,
        tiesBefore: first.tieCount.get(id) ?? 0,
        tiesAfter: second.tieCount.get(id) ?? 0,
        newTies: 0,
        lostTies: 0,
      };
      changes.set(id, change);
    }
    return change;
  };
  for (const pair of newTies) for (const id of pair) changeOf(id).newTies += 1;
  for (const pair of lostTies) for (const id of pair) changeOf(id).lostTies += 1;
  const gainers = [...changes.values()]
    .filter((c) => c.newTies > 0)
    .sort(
      (a, b) =>
        b.newTies - a.newTies ||
        b.newTies - b.lostTies - (a.newTies - a.lostTies) ||
        (a.organisationId < b.organisationId ? -1 : 1),
    );
  return {
    before: first.summary,
    after: second.summary,
    densityChange: second.summary.density - first.summary.density,
    newTies: newTies.sort(byPair),
    lostTies: lostTies.sort(byPair),
    keptTies: tiesAfter.size - newTies.length,
    gainers,
  };
}
