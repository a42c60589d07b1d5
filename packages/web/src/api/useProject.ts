// The current project (from the :slug in the address) with its dashboard, and the role checks
// the UI uses to show or hide actions (the server checks again).

import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { ProjectDashboardView } from '@kume/server';
import { can, type ProjectPermission } from '@kume/core';
import { api, projectPath } from './client';

export const projectKey = (slug: string) => ['project', slug] as const;

export function useProjectSlug(): string {
  const { slug } = useParams();
  if (!slug) throw new Error('useProjectSlug outside a project route');
  return slug;
}

export function useProject() {
  const slug = useProjectSlug();
  const query = useQuery({
    queryKey: projectKey(slug),
    queryFn: () => api.get<ProjectDashboardView>(projectPath(slug)),
  });
  const role = query.data?.role;
  return { ...query, slug, can: (permission: ProjectPermission) => can(role, permission) };
}
