// The Information Day event and a guest's registration: the inputs a facilitator and a guest send,
// checked here so the server, the CLI and the browser agree on every limit.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';

/** `HH:MM`, 24-hour clock. */
export const clockTimeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time (HH:MM, 24-hour)');

export const agendaItemSchema = z.object({
  time: clockTimeSchema,
  title: z.string().trim().min(1).max(200),
  speaker: z.string().trim().max(200).default(''),
});
export type AgendaItem = z.output<typeof agendaItemSchema>;

/** Most seats an event can offer; above this the waiting list is meaningless. */
export const MAX_EVENT_CAPACITY = 100_000;

export const eventInputSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    /** The day of the event (local to the venue). */
    date: isoDateSchema,
    startTime: clockTimeSchema,
    endTime: clockTimeSchema,
    venue: z.string().trim().min(1).max(200),
    address: z.string().trim().max(500).default(''),
    description: z.string().trim().max(2_000).default(''),
    agenda: z.array(agendaItemSchema).max(50).default([]),
    /** Seats; registrations past it go to the waiting list (or are refused without one). */
    capacity: z.number().int().min(1).max(MAX_EVENT_CAPACITY),
    waitlist: z.boolean().default(true),
    /** The public page takes registrations; check-in and walk-ins work either way. */
    registrationOpen: z.boolean().default(true),
  })
  .refine((event) => event.endTime > event.startTime, {
    message: 'the end time must be after the start time',
    path: ['endTime'],
  });
export type EventInput = z.output<typeof eventInputSchema>;
export type EventInputRaw = z.input<typeof eventInputSchema>;

/** What a guest sends from the public page (or a facilitator for a walk-in). */
export const registrationInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).default(''),
  email: z.email().trim().max(254),
  /** Consent to be contacted about the cluster initiative; required to register. */
  consent: z.literal(true, { message: 'consent is needed to register' }),
});
export type RegistrationInput = z.output<typeof registrationInputSchema>;

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** How the registration came: the public page, a stakeholder's personal link, or at the door. */
export const REGISTRATION_SOURCES = ['public', 'invitation', 'walk_in'] as const;
export type RegistrationSource = (typeof REGISTRATION_SOURCES)[number];
