// The roadmap over REST (issue 8's contract): the view with its items and actions as one query,
// and the writes (assemble, settings, items, actions) that refresh it and the monitoring pages.

import { useQuery } from '@tanstack/react-query';
import type { ActionInput, ManualItemInput, RoadmapSettings } from '@kume/core';
import type {
  IndicatorView,
  RoadmapActionView,
  RoadmapItemView,
  RoadmapView,
  SourceAvailability,
} from '@kume/server';
import { api, projectPath } from '../../api/client';
import { useProjectMutation, type ProjectMutationOptions } from '../../api/useProjectMutation';

export type { IndicatorView, RoadmapActionView, RoadmapItemView, RoadmapView, SourceAvailability };

/** Why a source of the roadmap is missing. */
export type SourceMissing = NonNullable<SourceAvailability['missing']>;

export const roadmapKey = (slug: string) => ['roadmap', slug] as const;

/** `/api/projects/{slug}/roadmap` + rest. */
export const roadmapPath = (slug: string, rest = '') => projectPath(slug, `/roadmap${rest}`);

const itemPath = (slug: string, key: string, rest = '') =>
  roadmapPath(slug, `/items/${encodeURIComponent(key)}${rest}`);

const actionPath = (slug: string, id: string) =>
  roadmapPath(slug, `/actions/${encodeURIComponent(id)}`);

export function useRoadmap(slug: string) {
  return useQuery({
    queryKey: roadmapKey(slug),
    queryFn: () => api.get<RoadmapView>(roadmapPath(slug)),
  });
}

/**
 * A write to the roadmap: refreshes everything under the ['roadmap', slug] key, the monitoring
 * screens' queries included (an action's indicators are theirs too).
 */
export function useRoadmapMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: ProjectMutationOptions<Result> = {},
) {
  return useProjectMutation(slug, [roadmapKey(slug)], mutationFn, options);
}

/** What an assembly changed, by item key. */
export interface AssembleResult {
  view: RoadmapView;
  added: string[];
  updated: string[];
  returned: string[];
  gone: string[];
}

export const assembleRoadmap = (slug: string) =>
  api.post<AssembleResult>(roadmapPath(slug, '/assemble'));

export const saveRoadmapSettings = (slug: string, settings: RoadmapSettings) =>
  api.put<RoadmapView>(roadmapPath(slug, '/settings'), settings);

export const addManualItem = (slug: string, input: ManualItemInput) =>
  api.post<RoadmapItemView>(roadmapPath(slug, '/items'), input);

/** Deletes a manual item, dismisses an assembled one; 409 item_linked while actions link it. */
export const deleteItem = (slug: string, key: string) => api.delete(itemPath(slug, key));

export const restoreItem = (slug: string, key: string) =>
  api.post<RoadmapItemView>(itemPath(slug, key, '/restore'));

export const createAction = (slug: string, input: ActionInput) =>
  api.post<RoadmapActionView>(roadmapPath(slug, '/actions'), input);

export const updateAction = (slug: string, id: string, input: ActionInput) =>
  api.put<RoadmapActionView>(actionPath(slug, id), input);

export const deleteAction = (slug: string, id: string) => api.delete(actionPath(slug, id));
