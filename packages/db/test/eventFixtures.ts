// For the event repository tests: an event of a project with a code that never repeats, and
// guests registered one after another (a millisecond apart, so the waiting list's order is known).

import { eventInputSchema, type EventInputRaw, type RegistrationInput } from '@kume/core';
import type { Db } from '../src/database';
import { registerGuest, type EventRegistrationRow } from '../src/repositories/eventRegistrations';
import { insertEvent, type EventRow } from '../src/repositories/events';

let serial = 0;

/** A 8-character code of the public alphabet, different on every call in the process. */
export function nextTestCode(): string {
  serial += 1;
  return `TEST${String(serial).padStart(4, '2')}`.replace(/[01]/g, '9');
}

export function newTestEvent(
  db: Db,
  projectId: string,
  fields: Partial<EventInputRaw> & { capacity: number },
  now: Date,
): Promise<EventRow> {
  return insertEvent(
    db,
    {
      projectId,
      createdBy: null,
      event: eventInputSchema.parse({
        title: 'Bilgilendirme Günü',
        date: '2026-12-17',
        startTime: '09:30',
        endTime: '13:00',
        venue: 'Salon',
        ...fields,
      }),
    },
    nextTestCode,
    now,
  );
}

export const testGuest = (n: number, email = `guest${n}@firm.example`): RegistrationInput => ({
  name: `Guest ${n}`,
  organisation: '',
  email,
  consent: true,
});

/** Registers guests `from`..`to` one by one, each a millisecond after `start`'s previous one. */
export async function registerTestGuests(
  db: Db,
  event: EventRow,
  from: number,
  to: number,
  start: Date,
): Promise<EventRegistrationRow[]> {
  const rows: EventRegistrationRow[] = [];
  for (let n = from; n <= to; n += 1) {
    const outcome = await registerGuest(
      db,
      {
        eventId: event.id,
        input: testGuest(n),
        ticketSha256: `ticket-${event.id}-${n}`,
        invitation: null,
      },
      new Date(start.getTime() + n),
    );
    if (!outcome.ok) throw new Error(`guest ${n} refused: ${outcome.reason}`);
    rows.push(outcome.registration);
  }
  return rows;
}
