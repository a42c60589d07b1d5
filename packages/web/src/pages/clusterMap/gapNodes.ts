// The organisations a gap is about: those on its stage, or on either of its two stages.

import type { ClusterMapGap, ClusterMapNode } from './types';

/** Ids of the nodes on the gap's stage(s); empty for a gap about an industry (no stage). */
export function gapNodes(gap: ClusterMapGap, nodes: readonly ClusterMapNode[]): Set<string> {
  const stages = new Set<string>([
    ...(gap.stage !== undefined ? [gap.stage] : []),
    ...(gap.stages ?? []),
  ]);
  return new Set(nodes.filter((n) => n.stageId !== null && stages.has(n.stageId)).map((n) => n.id));
}
