// The deck's working group: the group the facilitator confirmed, or else the one the cluster map
// suggests (the working group page's), each member with its type and value-chain stage.

import { localText, type DeckLanguage, type DeckWorkingGroup, type IsoDate } from '@kume/core';
import type { ProjectRow } from '@kume/db';
import type { ProjectClusterMap } from '../clusterMap/projectClusterMap';
import { suggestedWorkingGroup } from '../routes/workingGroupRoutes';

/**
 * The confirmed group (its members in the confirmed order, those since deleted from the registry
 * left out, and the day it was confirmed, UTC), else the suggested one with `confirmedOn` null;
 * null when neither has a member.
 */
export function deckWorkingGroup(
  project: Pick<ProjectRow, 'workingGroup' | 'readinessThresholds'>,
  { map, chain }: ProjectClusterMap,
  language: DeckLanguage,
): DeckWorkingGroup | null {
  const nodes = new Map(map.nodes.map((node) => [node.id, node]));
  const stageNames = new Map(chain.stages.map((s) => [s.id, localText(s.name, language)]));
  const confirmed = project.workingGroup;
  const memberIds = confirmed
    ? confirmed.memberIds
    : suggestedWorkingGroup(project, map, chain).members.map((m) => m.id);
  const members = memberIds.flatMap((id) => {
    const node = nodes.get(id);
    if (!node) return [];
    const stage = node.stageId === null ? null : (stageNames.get(node.stageId) ?? null);
    return [{ name: node.name, type: node.type, stage }];
  });
  if (members.length === 0) return null;
  return {
    confirmedOn: confirmed ? (confirmed.confirmedAt.slice(0, 10) as IsoDate) : null,
    members,
  };
}
