// For the Information Day route tests: an event created through the API, and guests registering
// on its public page as the browser would (no session), answering what the tests need.

import type { EventDetail } from '../src/informationDay/presentEvent';
import type { PublicRegistration } from '../src/informationDay/presentPublic';
import { expectStatus } from './projectFixtures';
import type { Agent } from './testApp';

export const EVENT_BODY = {
  title: 'Bilgilendirme Günü',
  date: '2026-12-17',
  startTime: '09:30',
  endTime: '13:00',
  venue: 'Ege Sanayi Odası Konferans Salonu',
  address: 'Konak, İzmir',
  agenda: [
    { time: '09:30', title: 'Açılış' },
    { time: '10:00', title: 'Küme nedir?', speaker: 'Kalkınma Ajansı' },
  ],
  capacity: 3,
};

/** Creates an event as `agent` (with EVENT_BODY's fields unless overridden). */
export async function createEvent(
  agent: Agent,
  slug: string,
  fields: Record<string, unknown> = {},
): Promise<EventDetail> {
  return expectStatus(
    await agent.post(`/api/projects/${slug}/events`, { ...EVENT_BODY, ...fields }),
    201,
  ).json() as EventDetail;
}

export const guestBody = (name: string, email: string, extra: Record<string, unknown> = {}) => ({
  name,
  organisation: 'Ege Döküm',
  email,
  consent: true,
  ...extra,
});

/** Registers a guest on the public page and answers their registration (with the ticket path). */
export async function registerOnPage(
  guest: Agent,
  code: string,
  name: string,
  email: string,
  extra: Record<string, unknown> = {},
): Promise<PublicRegistration> {
  return expectStatus(
    await guest.post(`/api/public/events/${code}/registrations`, guestBody(name, email, extra)),
    201,
  ).json() as PublicRegistration;
}

/** The token at the end of a ticket path `/e/ticket/<token>`. */
export function ticketTokenOf(registration: PublicRegistration): string {
  return registration.ticketPath.split('/').pop() ?? '';
}
