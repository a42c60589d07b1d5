// The public Information Day routes (no account): the event, registering, an invitation, and a
// guest's own ticket, as TanStack queries and plain requests.

import { useQuery } from '@tanstack/react-query';
import type { RegistrationInput } from '@kume/core';
import { api } from '../../../api/client';
import type { PublicEvent, PublicInvitation, PublicRegistration } from '../eventTypes';

const enc = encodeURIComponent;

export const publicEventKey = (code: string) => ['public-event', code] as const;
export const publicInvitationKey = (token: string) => ['public-invitation', token] as const;
export const ticketKey = (token: string) => ['ticket', token] as const;

// An unknown link stays unknown: no retries, which would only delay the message.
export function usePublicEvent(code: string) {
  return useQuery({
    queryKey: publicEventKey(code),
    queryFn: () => api.get<PublicEvent>(`/api/public/events/${enc(code)}`),
    retry: false,
  });
}

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: publicInvitationKey(token),
    queryFn: () => api.get<PublicInvitation>(`/api/public/invitations/${enc(token)}`),
    retry: false,
  });
}

export function useTicket(token: string) {
  return useQuery({
    queryKey: ticketKey(token),
    queryFn: () => api.get<PublicRegistration>(`/api/public/tickets/${enc(token)}`),
    retry: false,
  });
}

/** Registers on the public page, or through a personal invitation when its token is given. */
export function register(code: string, input: RegistrationInput, invitation?: string) {
  return api.post<PublicRegistration>(`/api/public/events/${enc(code)}/registrations`, {
    ...input,
    ...(invitation ? { invitation } : {}),
  });
}

/** The guest gives up the seat (the first on the waiting list takes it). */
export function cancelTicket(token: string) {
  return api.post<PublicRegistration>(`/api/public/tickets/${enc(token)}/cancel`);
}
