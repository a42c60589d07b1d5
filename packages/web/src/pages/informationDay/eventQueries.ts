// The project's Information Day events over REST as TanStack queries and project writes. Every
// key starts with ['events', slug], so a write refreshes the lists, counts and polls at once.

import { useQuery } from '@tanstack/react-query';
import type { EventInputRaw, RegistrationInput, RegistrationStatus } from '@kume/core';
import { api, projectPath, query } from '../../api/client';
import { useProjectMutation, type ProjectMutationOptions } from '../../api/useProjectMutation';
import type {
  CreatedInvitation,
  EventDetail,
  EventPolls,
  EventSummary,
  Invitation,
  Registration,
  RegistrationList,
} from './eventTypes';

export const eventsKey = (slug: string) => ['events', slug] as const;
export const eventKey = (slug: string, id: string) => ['events', slug, id] as const;

/** `/api/projects/{slug}/events/{id}` + rest. */
export const eventPath = (slug: string, id: string, rest = '') =>
  projectPath(slug, `/events/${encodeURIComponent(id)}${rest}`);

export interface GuestQuery {
  q?: string;
  status?: RegistrationStatus;
}

export function useEvents(slug: string) {
  return useQuery({
    queryKey: eventsKey(slug),
    queryFn: () => api.get<{ items: EventSummary[] }>(projectPath(slug, '/events')),
  });
}

export function useEvent(slug: string, id: string) {
  return useQuery({
    queryKey: eventKey(slug, id),
    queryFn: () => api.get<EventDetail>(eventPath(slug, id)),
  });
}

export function useRegistrations(slug: string, id: string, params: GuestQuery = {}) {
  return useQuery({
    queryKey: [...eventKey(slug, id), 'registrations', params],
    queryFn: () =>
      api.get<RegistrationList>(eventPath(slug, id, `/registrations${query({ ...params })}`)),
    // Keeps the list on screen while the next search loads.
    placeholderData: (previous) => previous,
  });
}

export function useInvitations(slug: string, id: string) {
  return useQuery({
    queryKey: [...eventKey(slug, id), 'invitations'],
    queryFn: () => api.get<{ items: Invitation[] }>(eventPath(slug, id, '/invitations')),
  });
}

export function usePolls(slug: string, id: string) {
  return useQuery({
    queryKey: [...eventKey(slug, id), 'polls'],
    queryFn: () => api.get<EventPolls>(eventPath(slug, id, '/polls')),
    // While the poll runs the results move: read them again every few seconds.
    refetchInterval: (current) => (current.state.data?.workshop?.status === 'live' ? 4_000 : false),
  });
}

/** A write to the project's events; refreshes every events query of the project. */
export function useEventMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: ProjectMutationOptions<Result> = {},
) {
  return useProjectMutation(slug, [eventsKey(slug)], mutationFn, options);
}

export const createEvent = (slug: string, input: EventInputRaw) =>
  api.post<EventDetail>(projectPath(slug, '/events'), input);

export const updateEvent = (slug: string, id: string, input: EventInputRaw) =>
  api.put<EventDetail>(eventPath(slug, id), input);

export const deleteEvent = (slug: string, id: string) => api.delete(eventPath(slug, id));

export const addWalkIn = (
  slug: string,
  id: string,
  input: RegistrationInput & { checkIn?: boolean },
) => api.post<Registration>(eventPath(slug, id, '/registrations'), input);

/** Checks in from the list; a waitlisted guest is given a seat. */
export const checkInGuest = (slug: string, id: string, registrationId: string) =>
  api.post<Registration>(eventPath(slug, id, `/registrations/${registrationId}/check-in`));

export const undoCheckIn = (slug: string, id: string, registrationId: string) =>
  api.delete<Registration>(eventPath(slug, id, `/registrations/${registrationId}/check-in`));

export const cancelRegistration = (slug: string, id: string, registrationId: string) =>
  api.post<{ registration: Registration; promoted: Registration | null }>(
    eventPath(slug, id, `/registrations/${registrationId}/cancel`),
  );

/** The text read from a ticket's QR code (or typed): the ticket URL or the bare token. */
export const checkInTicket = (slug: string, id: string, ticket: string) =>
  api.post<{ registration: Registration }>(eventPath(slug, id, '/check-in'), { ticket });

export const inviteOrganisations = (slug: string, id: string, organisationIds: string[]) =>
  api.post<{ items: CreatedInvitation[] }>(eventPath(slug, id, '/invitations'), {
    organisationIds,
  });

export interface PollInput {
  question: string;
  choices: string[];
}

export const savePolls = (slug: string, id: string, polls: PollInput[]) =>
  api.put<EventDetail>(eventPath(slug, id, '/polls'), { polls });

/** The attendance file's address (a link: the browser downloads it with the session cookie). */
export const attendancePath = (slug: string, id: string, format: 'csv' | 'xlsx') =>
  eventPath(slug, id, `/attendance${query({ format })}`);
