// Events as the facilitator's API shows them: a summary with the attendance counts for lists, and
// the detail with the agenda and the poll workshop. Columns stay out.

import { z } from 'zod';
import type { AgendaItem, AttendanceCounts } from '@kume/core';
import type { EventRow } from '@kume/db';

export const agendaItemViewSchema = z.object({
  time: z.string(),
  title: z.string(),
  speaker: z.string(),
});

export const eventSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  venue: z.string(),
  capacity: z.number(),
  registrationOpen: z.boolean(),
  waitlist: z.boolean(),
  /** The registration page's code: 8 characters without 0/O/1/I. */
  publicCode: z.string(),
  /** The public registration page on the server's address: `/e/<code>`. */
  publicPath: z.string(),
  registered: z.number(),
  waitlisted: z.number(),
  checkedIn: z.number(),
});

export const eventDetailSchema = eventSummarySchema.extend({
  address: z.string(),
  description: z.string(),
  agenda: z.array(agendaItemViewSchema),
  /** The custom workshop that runs the live polls, or null until polls are written. */
  pollWorkshopId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const eventListSchema = z.object({ items: z.array(eventSummarySchema) });

export type EventSummary = z.output<typeof eventSummarySchema>;
export type EventDetail = z.output<typeof eventDetailSchema>;

export function publicPath(code: string): string {
  return `/e/${code}`;
}

export function presentEventSummary(event: EventRow, counts: AttendanceCounts): EventSummary {
  return {
    id: event.id,
    title: event.title,
    date: event.eventDate,
    startTime: event.startTime,
    endTime: event.endTime,
    venue: event.venue,
    capacity: event.capacity,
    registrationOpen: event.registrationOpen,
    waitlist: event.waitlist,
    publicCode: event.publicCode,
    publicPath: publicPath(event.publicCode),
    registered: counts.registered,
    waitlisted: counts.waitlisted,
    checkedIn: counts.checkedIn,
  };
}

export function presentEventDetail(event: EventRow, counts: AttendanceCounts): EventDetail {
  return {
    ...presentEventSummary(event, counts),
    address: event.address,
    description: event.description,
    agenda: event.agenda.map((item: AgendaItem) => ({ ...item })),
    pollWorkshopId: event.pollWorkshopId,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
  };
}
