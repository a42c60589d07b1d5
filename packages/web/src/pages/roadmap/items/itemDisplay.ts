// How the roadmap's items are grouped and named on screen: the sections by kind, a skill under its
// success factor, a cluster's standing, and the editor's address with an item linked.

import type { RoadmapItemKind } from '@kume/core';
import type { RoadmapItemView } from '../roadmapQueries';

/** The editor of a new action, with `itemKey` linked when given. */
export function newActionPath(slug: string, itemKey?: string): string {
  const base = `/p/${slug}/roadmap/actions/new`;
  return itemKey ? `${base}?item=${encodeURIComponent(itemKey)}` : base;
}

export const actionPagePath = (slug: string, id: string) =>
  `/p/${slug}/roadmap/actions/${encodeURIComponent(id)}`;

/** The item sections of the roadmap page, in the order of the process, each with its kinds. */
export const ITEM_SECTIONS: readonly { id: string; kinds: readonly RoadmapItemKind[] }[] = [
  { id: 'vision', kinds: ['vision'] },
  { id: 'success_factor', kinds: ['success_factor'] },
  { id: 'skill_gap', kinds: ['skill_gap'] },
  { id: 'gap', kinds: ['value_chain_gap', 'investment_need'] },
  { id: 'cluster', kinds: ['cluster'] },
];

export type ClusterStandingName = 'strong' | 'emerging' | 'focus';

/** Strong, emerging or a focus cluster, from the figures the assembly stored. */
export function clusterStanding(item: Pick<RoadmapItemView, 'figures'>): ClusterStandingName {
  if (item.figures.strong === 1) return 'strong';
  if (item.figures.emerging === 1) return 'emerging';
  return 'focus';
}

/**
 * The skills gaps grouped under their success factor, in the factors' order, then the skills
 * serving no factor (or one the roadmap lacks) under `null`. Skills keep their own order.
 */
export function skillsByFactor<I extends Pick<RoadmapItemView, 'key' | 'kind' | 'parentKey'>>(
  items: readonly I[],
): { factor: I | null; skills: I[] }[] {
  const factors = items.filter((item) => item.kind === 'success_factor');
  const known = new Set(factors.map((factor) => factor.key));
  const skills = items.filter((item) => item.kind === 'skill_gap');
  const groups = factors
    .map((factor) => ({
      factor: factor as I | null,
      skills: skills.filter((skill) => skill.parentKey === factor.key),
    }))
    .filter((group) => group.skills.length > 0);
  const loose = skills.filter((skill) => skill.parentKey === null || !known.has(skill.parentKey));
  return loose.length > 0 ? [...groups, { factor: null, skills: loose }] : groups;
}
