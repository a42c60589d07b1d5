// The data of stage 1 (organisations, visits, follow-ups, the gate) as TanStack queries. Every
// key starts with ['stakeholders', slug], so one invalidation refreshes all of stage 1.

import { useQuery } from '@tanstack/react-query';
import type {
  FollowUpListItem,
  MemberView,
  OrganisationDetailView,
  OrganisationSummaryView,
  PageView,
  PowerInterestPoint,
  ReadinessView,
  VisitView,
} from '@kume/server';
import { api, projectPath, query } from '../../api/client';

type Params = Record<string, string | number | undefined>;

export const stakeholderKeys = {
  all: (slug: string) => ['stakeholders', slug] as const,
  organisations: (slug: string, params: Params) =>
    ['stakeholders', slug, 'organisations', params] as const,
  organisation: (slug: string, id: string) => ['stakeholders', slug, 'organisation', id] as const,
  visits: (slug: string, params: Params) => ['stakeholders', slug, 'visits', params] as const,
  visit: (slug: string, id: string) => ['stakeholders', slug, 'visit', id] as const,
  followUps: (slug: string) => ['stakeholders', slug, 'follow-ups'] as const,
  readiness: (slug: string) => ['stakeholders', slug, 'readiness'] as const,
  powerInterest: (slug: string) => ['stakeholders', slug, 'power-interest'] as const,
  members: (slug: string) => ['stakeholders', slug, 'members'] as const,
};

export function useOrganisations(slug: string, params: Params) {
  return useQuery({
    queryKey: stakeholderKeys.organisations(slug, params),
    queryFn: () =>
      api.get<PageView<OrganisationSummaryView>>(
        projectPath(slug, `/organisations${query(params)}`),
      ),
    // Keeps the last page on screen while the next search or page loads.
    placeholderData: (previous) => previous,
  });
}

/** The whole registry by name, for pickers (the API's largest page holds 500). */
export function useOrganisationOptions(slug: string) {
  return useOrganisations(slug, { pageSize: 500, sort: 'name' });
}

export function fetchOrganisation(slug: string, id: string) {
  return api.get<OrganisationDetailView>(projectPath(slug, `/organisations/${id}`));
}

export function useOrganisation(slug: string, id: string) {
  return useQuery({
    queryKey: stakeholderKeys.organisation(slug, id),
    queryFn: () => fetchOrganisation(slug, id),
  });
}

export function useVisits(slug: string, params: Params) {
  return useQuery({
    queryKey: stakeholderKeys.visits(slug, params),
    queryFn: () => api.get<PageView<VisitView>>(projectPath(slug, `/visits${query(params)}`)),
    placeholderData: (previous) => previous,
  });
}

export function useVisit(slug: string, id: string) {
  return useQuery({
    queryKey: stakeholderKeys.visit(slug, id),
    queryFn: () => api.get<VisitView>(projectPath(slug, `/visits/${id}`)),
  });
}

/** Every follow-up of the project; the page filters by status itself so each tab shows a count. */
export function useFollowUps(slug: string) {
  return useQuery({
    queryKey: stakeholderKeys.followUps(slug),
    queryFn: () =>
      api.get<FollowUpListItem[]>(projectPath(slug, `/follow-ups${query({ status: 'all' })}`)),
  });
}

export function useReadiness(slug: string) {
  return useQuery({
    queryKey: stakeholderKeys.readiness(slug),
    queryFn: () => api.get<ReadinessView>(projectPath(slug, '/readiness')),
  });
}

export function usePowerInterest(slug: string) {
  return useQuery({
    queryKey: stakeholderKeys.powerInterest(slug),
    queryFn: () => api.get<PowerInterestPoint[]>(projectPath(slug, '/power-interest')),
  });
}

export function useMembers(slug: string) {
  return useQuery({
    queryKey: stakeholderKeys.members(slug),
    queryFn: () => api.get<MemberView[]>(projectPath(slug, '/members')),
  });
}
