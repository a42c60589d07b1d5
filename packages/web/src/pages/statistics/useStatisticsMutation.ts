// A write of the secondary research: refreshes every statistics query and the project dashboard
// (whose stage 2 progress depends on them).

import { useProjectMutation, type ProjectMutationOptions } from '../../api/useProjectMutation';
import { statisticsKeys } from './statisticsQueries';

export type StatisticsMutationOptions<Result> = ProjectMutationOptions<Result>;

export function useStatisticsMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: StatisticsMutationOptions<Result> = {},
) {
  return useProjectMutation(slug, [statisticsKeys.all(slug)], mutationFn, options);
}
