// Suggests a cluster working group from the mapped organisations: committed ones, one per stage
// and actor type, the brokers, and enough chambers, universities and firms for the programme.

import { DEFAULT_READINESS_THRESHOLDS } from '../readiness/readinessThresholds';
import {
  FIRM_TYPES,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '../organisation/organisationTypes';

/** An organisation of the cluster map as the suggestion sees it; null where not assessed. */
export interface WorkingGroupNode {
  id: string;
  name: string;
  type: OrganisationType;
  /** Value-chain stage it is placed on; null when unplaced. */
  stageId: string | null;
  /** Latest willingness (1-5); null when not assessed. */
  willingness: number | null;
  /** Latest influence (1-5); null when not assessed. */
  influence: number | null;
  betweenness: number | null;
  /** Participation coefficient (0-1); null when undefined. */
  participation: number | null;
  /**
   * Ties two or more communities and carries many shortest paths (core selectBrokers; the cluster
   * map's summary.brokers and node isBroker).
   */
  isBroker: boolean;
}

export const WORKING_GROUP_REASON_CODES = [
  'covers_stage',
  'covers_type',
  'broker',
  'committed',
  'influential',
  'minimum_chamber',
  'minimum_university',
  'minimum_firm',
] as const;
export type WorkingGroupReasonCode = (typeof WORKING_GROUP_REASON_CODES)[number];

/** Why a member is suggested; the UI words the code in TR/EN. */
export interface WorkingGroupReason {
  code: WorkingGroupReasonCode;
  stageId?: string;
  type?: OrganisationType;
}

export interface WorkingGroupMinimums {
  chambers: number;
  universities: number;
  firms: number;
}

export interface WorkingGroupInput {
  nodes: readonly WorkingGroupNode[];
  chain: { stages: readonly { id: string }[] };
  /** Programme minimums; default the readiness gate's (1 chamber, 1 university, 20 firms). */
  minimums?: WorkingGroupMinimums;
  /** Target size: the group is filled by influence up to it; required members are never cut. */
  size?: number;
  /** Willingness from which an organisation counts as committed (default the gate's, 4). */
  committedWillingness?: number;
  /** Types counted as firms (default the gate's: firm, supplier, service provider). */
  firmTypes?: readonly OrganisationType[];
  /** At most this many brokers are added for brokering alone (default 5). */
  maxBrokers?: number;
}

export interface WorkingGroupSuggestion {
  /** In the order they were chosen. */
  members: { id: string; reasons: WorkingGroupReason[] }[];
  /** Stages with no organisation placed on them, types with no organisation in the registry. */
  uncovered: { stages: string[]; types: OrganisationType[] };
  meetsMinimums: Record<keyof WorkingGroupMinimums, { have: number; need: number }>;
}

/** Actor types the group should cover; "other" is a catch-all, not an actor type to seek. */
const COVERED_TYPES = ORGANISATION_TYPES.filter((type) => type !== 'other');

const orNegative = (value: number | null) => value ?? -1;

/** Higher first on each key; then id, so equal candidates always come out in the same order. */
function byKeys(keys: ((node: WorkingGroupNode) => number)[]) {
  return (a: WorkingGroupNode, b: WorkingGroupNode) => {
    for (const key of keys) {
      const difference = key(b) - key(a);
      if (difference !== 0) return difference;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

const willingness = (n: WorkingGroupNode) => orNegative(n.willingness);
const influence = (n: WorkingGroupNode) => orNegative(n.influence);
const betweenness = (n: WorkingGroupNode) => orNegative(n.betweenness);
const participation = (n: WorkingGroupNode) => orNegative(n.participation);

/** Willing first: a representative of a stage or type should want to take part. */
const byWillingness = byKeys([willingness, influence, betweenness]);
/** Influential first: the minimums and the fill should carry weight in the cluster. */
const byInfluence = byKeys([influence, willingness, betweenness]);
const byParticipation = byKeys([participation, betweenness, influence]);

/**
 * The rule, greedy and deterministic (ties broken by id):
 * 1. every committed organisation (willingness >= committedWillingness), most influential first;
 * 2. each stage of the chain, in order, and each actor type (all but "other") gets a member: the
 *    first member already covering it is credited, else the most willing organisation there
 *    (then influence, betweenness) joins; stages and types with no organisation are `uncovered`;
 * 3. brokers, highest participation first, up to maxBrokers joining for that alone (a broker
 *    already in is credited with the reason too);
 * 4. chambers, universities and firms by influence until each minimum is met or none is left;
 * 5. when `size` is larger than the group, the most influential of the rest fill it.
 */
export function suggestWorkingGroup(input: WorkingGroupInput): WorkingGroupSuggestion {
  const thresholds = DEFAULT_READINESS_THRESHOLDS;
  const minimums = input.minimums ?? {
    chambers: thresholds.minCommittedChambers,
    universities: thresholds.minCommittedUniversities,
    firms: thresholds.minCommittedFirms,
  };
  const committedFrom = input.committedWillingness ?? thresholds.committedWillingness;
  const firmTypes = new Set<OrganisationType>(input.firmTypes ?? FIRM_TYPES);
  const maxBrokers = input.maxBrokers ?? 5;

  const chosen = new Map<string, WorkingGroupReason[]>();
  const members: WorkingGroupNode[] = [];
  const add = (node: WorkingGroupNode, reason: WorkingGroupReason) => {
    const reasons = chosen.get(node.id);
    if (reasons) reasons.push(reason);
    else {
      chosen.set(node.id, [reason]);
      members.push(node);
    }
  };
  const rest = (order: (a: WorkingGroupNode, b: WorkingGroupNode) => number) =>
    input.nodes.filter((n) => !chosen.has(n.id)).sort(order);

  for (const node of rest(byInfluence)) {
    if (node.willingness !== null && node.willingness >= committedFrom) {
      add(node, { code: 'committed' });
    }
  }

  /** Credits the first member matching, else adds the most willing match; false if none exists. */
  const cover = (matches: (n: WorkingGroupNode) => boolean, reason: WorkingGroupReason) => {
    const member = members.find(matches);
    const candidate = member ?? rest(byWillingness).find(matches);
    if (candidate) add(candidate, reason);
    return candidate !== undefined;
  };
  const uncovered: WorkingGroupSuggestion['uncovered'] = { stages: [], types: [] };
  for (const { id } of input.chain.stages) {
    if (!cover((n) => n.stageId === id, { code: 'covers_stage', stageId: id })) {
      uncovered.stages.push(id);
    }
  }
  for (const type of COVERED_TYPES) {
    if (!cover((n) => n.type === type, { code: 'covers_type', type })) uncovered.types.push(type);
  }

  for (const node of members.filter((n) => n.isBroker)) add(node, { code: 'broker' });
  for (const node of rest(byParticipation)
    .filter((n) => n.isBroker)
    .slice(0, maxBrokers)) {
    add(node, { code: 'broker' });
  }

  const counted = (is: (n: WorkingGroupNode) => boolean) => ({
    is,
    have: () => members.filter(is).length,
  });
  const groups = [
    { key: 'chambers', code: 'minimum_chamber', ...counted((n) => n.type === 'chamber') },
    { key: 'universities', code: 'minimum_university', ...counted((n) => n.type === 'university') },
    { key: 'firms', code: 'minimum_firm', ...counted((n) => firmTypes.has(n.type)) },
  ] as const;
  for (const group of groups) {
    const missing = minimums[group.key] - group.have();
    for (const node of rest(byInfluence).filter(group.is).slice(0, Math.max(0, missing))) {
      add(node, { code: group.code });
    }
  }

  const room = (input.size ?? 0) - members.length;
  for (const node of rest(byInfluence).slice(0, Math.max(0, room))) {
    add(node, { code: 'influential' });
  }

  const meetsMinimums = Object.fromEntries(
    groups.map((g) => [g.key, { have: g.have(), need: minimums[g.key] }]),
  ) as WorkingGroupSuggestion['meetsMinimums'];
  return {
    members: members.map((n) => ({ id: n.id, reasons: chosen.get(n.id) ?? [] })),
    uncovered,
    meetsMinimums,
  };
}
