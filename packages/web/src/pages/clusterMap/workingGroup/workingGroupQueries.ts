// The working group (suggestion and confirmed group), the project's members (who confirmed it)
// as TanStack queries, and the confirmation as a project write.

import { useQuery } from '@tanstack/react-query';
import type { MemberView, WorkingGroupView } from '@kume/server';
import { api, projectPath } from '../../../api/client';
import { projectKey } from '../../../api/useProject';
import { useProjectMutation } from '../../../api/useProjectMutation';

export const workingGroupKey = (slug: string) => ['fieldStudy', slug, 'working-group'] as const;

export function useWorkingGroup(slug: string) {
  return useQuery({
    queryKey: workingGroupKey(slug),
    queryFn: () => api.get<WorkingGroupView>(projectPath(slug, '/working-group')),
  });
}

/** The project's members, to name the facilitator who confirmed the group (same key as Members). */
export function useProjectMembers(slug: string) {
  return useQuery({
    queryKey: [...projectKey(slug), 'members'],
    queryFn: () => api.get<MemberView[]>(projectPath(slug, '/members')),
  });
}

export function useConfirmWorkingGroup(
  slug: string,
  options: { success: string; onSuccess: (view: WorkingGroupView) => void },
) {
  return useProjectMutation(
    slug,
    [workingGroupKey(slug)],
    (memberIds: string[]) =>
      api.put<WorkingGroupView>(projectPath(slug, '/working-group'), { memberIds }),
    options,
  );
}
