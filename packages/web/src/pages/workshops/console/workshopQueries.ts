// The project's workshops over REST as TanStack queries and project writes: list, detail, create,
// delete, go live or close, the facilitator's seat, who of the working group is present, the
// project's results, and the export links.

import { useQuery } from '@tanstack/react-query';
import type {
  ProjectWorkshopResultsView,
  WorkshopAttendanceView,
  WorkshopDetailView,
  WorkshopSummaryView,
} from '@kume/server';
import { api, projectPath, query } from '../../../api/client';
import { useProjectMutation } from '../../../api/useProjectMutation';

export const workshopsKey = (slug: string) => ['workshops', slug] as const;
export const workshopKey = (slug: string, id: string) => ['workshops', slug, id] as const;
export const workshopResultsKey = (slug: string) => ['workshops', slug, 'results'] as const;

/** What POST .../facilitator-token answers: the seat's token, shown once. */
export interface FacilitatorSeat {
  participantId: string;
  token: string;
  code: string;
  joinPath: string;
}

/** The body of POST /workshops: a template and its options (the server builds the definition). */
export interface NewWorkshop {
  title?: string;
  templateId: 'vision' | 'key_success_factors' | 'requisite_skills' | 'delphi';
  weighting?: 'pairwise' | 'points';
  /** Delphi: the items rated; the server defaults them to the project's success factors. */
  items?: string[];
  /** Delphi: iterations at most, 2 to 4 (server default 3). */
  maxIterations?: number;
  /** The facilitator casts a ballot in the voting rounds too (server default false). */
  facilitatorVotes?: boolean;
}

export function useWorkshops(slug: string) {
  return useQuery({
    queryKey: workshopsKey(slug),
    queryFn: () => api.get<{ items: WorkshopSummaryView[] }>(projectPath(slug, '/workshops')),
  });
}

export function useWorkshop(slug: string, id: string) {
  return useQuery({
    queryKey: workshopKey(slug, id),
    queryFn: () => api.get<WorkshopDetailView>(projectPath(slug, `/workshops/${id}`)),
  });
}

/**
 * Who of the working group is present. Under the workshop's key, so the console's refresh after a
 * live change (a join, a leave) reads it again too.
 */
export function useWorkshopAttendance(slug: string, id: string) {
  return useQuery({
    queryKey: [...workshopKey(slug, id), 'attendance'],
    queryFn: () =>
      api.get<WorkshopAttendanceView>(projectPath(slug, `/workshops/${id}/attendance`)),
  });
}

export function useProjectWorkshopResults(slug: string) {
  return useQuery({
    queryKey: workshopResultsKey(slug),
    queryFn: () => api.get<ProjectWorkshopResultsView>(projectPath(slug, '/workshop-results')),
  });
}

export function useCreateWorkshop(
  slug: string,
  options: { success: string; onSuccess: (detail: WorkshopDetailView) => void },
) {
  return useProjectMutation(
    slug,
    [workshopsKey(slug)],
    (body: NewWorkshop | { definition: unknown; title?: string }) =>
      api.post<WorkshopDetailView>(projectPath(slug, '/workshops'), body),
    options,
  );
}

export function useDeleteWorkshop(
  slug: string,
  options: { success: string; onSuccess?: () => void },
) {
  return useProjectMutation(
    slug,
    [workshopsKey(slug), workshopResultsKey(slug)],
    (id: string) => api.delete(projectPath(slug, `/workshops/${id}`)),
    options,
  );
}

/** Opens the workshop (live) or closes it, which stores its results for the roadmap. */
export function useWorkshopStatus(slug: string, id: string, options: { success: string }) {
  return useProjectMutation(
    slug,
    [workshopsKey(slug), workshopResultsKey(slug)],
    (status: 'live' | 'closed') =>
      api.post<WorkshopDetailView>(projectPath(slug, `/workshops/${id}/status`), { status }),
    { ...options, notifyErrors: true },
  );
}

/** A new facilitator token (an earlier one stops working). */
export function takeFacilitatorSeat(slug: string, id: string): Promise<FacilitatorSeat> {
  return api.post<FacilitatorSeat>(projectPath(slug, `/workshops/${id}/facilitator-token`));
}

/** The export route: XLSX with every sheet, or one table as CSV. */
export function workshopExportPath(
  slug: string,
  id: string,
  format: 'xlsx' | 'csv',
  table?: string,
): string {
  return projectPath(slug, `/workshops/${id}/export${query({ format, table })}`);
}
