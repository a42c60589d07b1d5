// What a guest sees without an account: the event's public page and their own registration (the
// ticket page). Nothing about other guests, only whether the event is full.

import { z } from 'zod';
import { ticketPath, type AttendanceCounts } from '@kume/core';
import type { EventRegistrationRow, EventRow } from '@kume/db';
import { agendaItemViewSchema } from './presentEvent';

export const publicEventSchema = z.object({
  code: z.string(),
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  venue: z.string(),
  address: z.string(),
  description: z.string(),
  agenda: z.array(agendaItemViewSchema),
  projectName: z.string(),
  registrationOpen: z.boolean(),
  /** Every seat is taken: a new guest is waitlisted (or refused without a waiting list). */
  full: z.boolean(),
  waitlist: z.boolean(),
});
export type PublicEvent = z.output<typeof publicEventSchema>;

export const publicRegistrationSchema = z.object({
  status: z.enum(['registered', 'waitlisted', 'cancelled']),
  name: z.string(),
  organisation: z.string(),
  email: z.string(),
  waitlistPosition: z.number().nullable(),
  checkedInAt: z.string().nullable(),
  /** The guest's ticket page: `/e/ticket/<token>`; its absolute URL is the QR code's text. */
  ticketPath: z.string(),
  event: publicEventSchema,
});
export type PublicRegistration = z.output<typeof publicRegistrationSchema>;

export const publicInvitationSchema = z.object({
  event: publicEventSchema,
  organisationName: z.string(),
  contactName: z.string(),
  email: z.string(),
  registration: publicRegistrationSchema.nullable(),
});
export type PublicInvitation = z.output<typeof publicInvitationSchema>;

export function presentPublicEvent(
  event: EventRow,
  projectName: string,
  counts: AttendanceCounts,
): PublicEvent {
  return {
    code: event.publicCode,
    title: event.title,
    date: event.eventDate,
    startTime: event.startTime,
    endTime: event.endTime,
    venue: event.venue,
    address: event.address,
    description: event.description,
    agenda: event.agenda.map((item) => ({ ...item })),
    projectName,
    registrationOpen: event.registrationOpen,
    full: counts.registered >= event.capacity,
    waitlist: event.waitlist,
  };
}

export function presentPublicRegistration(
  row: EventRegistrationRow,
  ticketToken: string,
  waitlistPosition: number | null,
  event: PublicEvent,
): PublicRegistration {
  return {
    status: row.status,
    name: row.name,
    organisation: row.organisationName,
    email: row.email,
    waitlistPosition: row.status === 'waitlisted' ? waitlistPosition : null,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    ticketPath: ticketPath(ticketToken),
    event,
  };
}
