// The Information Day event and a guest's registration: the inputs a facilitator and a guest send,
// checked here so the server, the CLI and the browser agree on every limit.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';

/** `HH:MM`, 24-hour clock. */
export const clockTimeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time (HH:MM, 24-hour)');

/**
 * Trimmed text of `min` to `max` characters without U+0000, which PostgreSQL cannot store in a
 * text column. Other control characters are kept as typed (the exports neutralise them); none of
 * this text is ever rendered as HTML.
 */
export const storableText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine(
      (text) => !text.includes('\u0000'),
      'contains a character that cannot be stored (U+0000)',
    );

export const agendaItemSchema = z.object({
  time: clockTimeSchema,
  title: storableText(1, 200),
  speaker: storableText(0, 200).default(''),
});
export type AgendaItem = z.output<typeof agendaItemSchema>;

/** Most seats an event can offer; above this the waiting list is meaningless. */
export const MAX_EVENT_CAPACITY = 100_000;

/** The event's fields, without the checks across fields (bundles extend it). */
export const eventFieldsSchema = z.object({
  title: storableText(1, 200),
  /** The day of the event (local to the venue). */
  date: isoDateSchema,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
  venue: storableText(1, 200),
  address: storableText(0, 500).default(''),
  description: storableText(0, 2_000).default(''),
  agenda: z.array(agendaItemSchema).max(50).default([]),
  /** Seats; registrations past it go to the waiting list (or are refused without one). */
  capacity: z.number().int().min(1).max(MAX_EVENT_CAPACITY),
  waitlist: z.boolean().default(true),
  /** The public page takes registrations; check-in and walk-ins work either way. */
  registrationOpen: z.boolean().default(true),
});

/**
 * The checks across an event's fields: it ends after it starts, and the agenda runs in time order
 * within the event's hours (an item may start at the end time, e.g. a closing word).
 */
export function checkEventTimes(
  event: { startTime: string; endTime: string; agenda: readonly { time: string }[] },
  report: (path: (string | number)[], message: string) => void,
): void {
  if (event.endTime <= event.startTime)
    report(['endTime'], 'the end time must be after the start time');
  event.agenda.forEach((item, index) => {
    if (item.time < event.startTime || item.time > event.endTime)
      report(
        ['agenda', index, 'time'],
        `the agenda item at ${item.time} is outside the event's hours (${event.startTime}-${event.endTime})`,
      );
    const previous = event.agenda[index - 1];
    if (previous && item.time < previous.time)
      report(
        ['agenda', index, 'time'],
        `the agenda is not in time order (${item.time} after ${previous.time})`,
      );
  });
}

export const eventInputSchema = eventFieldsSchema.superRefine((event, context) =>
  checkEventTimes(event, (path, message) => context.addIssue({ code: 'custom', path, message })),
);
export type EventInput = z.output<typeof eventInputSchema>;
export type EventInputRaw = z.input<typeof eventInputSchema>;

/** What a guest sends from the public page (or a facilitator for a walk-in). */
export const registrationInputSchema = z.object({
  name: storableText(1, 200),
  organisation: storableText(0, 200).default(''),
  /** Trimmed before it is checked: a space pasted with the address is not an error. */
  email: z.string().trim().max(254).pipe(z.email()),
  /** Consent to be contacted about the cluster initiative; required to register. */
  consent: z.literal(true, { message: 'consent is needed to register' }),
});
export type RegistrationInput = z.output<typeof registrationInputSchema>;

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** How the registration came: the public page, a stakeholder's personal link, or at the door. */
export const REGISTRATION_SOURCES = ['public', 'invitation', 'walk_in'] as const;
export type RegistrationSource = (typeof REGISTRATION_SOURCES)[number];
