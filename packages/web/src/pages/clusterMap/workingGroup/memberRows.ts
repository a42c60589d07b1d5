// The rows of the working group table: the suggested members in the suggestion's order, then the
// organisations the facilitator added or confirmed, each with its map data and reasons.

import type { OrganisationType, WorkingGroupReason, WorkingGroupSuggestion } from '@kume/core';
import type { ClusterMapNode } from '@kume/server';

export interface MemberRow {
  id: string;
  /** The organisation's name; its id when it is no longer in the registry. */
  name: string;
  /** null: no longer in the registry (deleted after the group was confirmed). */
  type: OrganisationType | null;
  stageId: string | null;
  willingness: number | null;
  influence: number | null;
  isBroker: boolean;
  /** Why it is suggested; empty for an organisation the facilitator added. */
  reasons: WorkingGroupReason[];
  suggested: boolean;
}

export function memberRows(
  suggestion: Pick<WorkingGroupSuggestion, 'members'>,
  extra: readonly string[],
  nodes: readonly ClusterMapNode[],
  brokers: readonly string[],
): MemberRow[] {
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const brokerSet = new Set(brokers);
  const reasonsOf = new Map(suggestion.members.map((member) => [member.id, member.reasons]));
  const ids = [...new Set([...suggestion.members.map((member) => member.id), ...extra])];
  return ids.map((id) => {
    const node = nodeById.get(id);
    return {
      id,
      name: node?.name ?? id,
      type: node?.type ?? null,
      stageId: node?.stageId ?? null,
      willingness: node?.willingness ?? null,
      influence: node?.influence ?? null,
      isBroker: brokerSet.has(id),
      reasons: reasonsOf.get(id) ?? [],
      suggested: reasonsOf.has(id),
    };
  });
}
