// The event form's values as the inputs hold them (text for the capacity, a key per agenda row),
// their conversion to what `eventInputSchema` parses, and the checks whose words core lacks.

import type { EventInputRaw } from '@kume/core';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../forms/validateForm';
import type { EventDetail } from '../eventTypes';

export interface AgendaRow {
  /** Stable across reordering, for React; never sent. */
  key: string;
  time: string;
  title: string;
  speaker: string;
}

export interface EventFormValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  address: string;
  description: string;
  agenda: AgendaRow[];
  capacity: string;
  waitlist: boolean;
  registrationOpen: boolean;
}

let nextKey = 0;
/** A key unique in this page's life (crypto.randomUUID needs a secure origin, a LAN address is not). */
const rowKey = () => `row-${++nextKey}`;

export function agendaRow(time = '', title = '', speaker = ''): AgendaRow {
  return { key: rowKey(), time, title, speaker };
}

/** A new event on `date`: a morning of three hours, 100 seats, a waiting list, registration open. */
export function emptyEvent(date: string): EventFormValues {
  return {
    title: '',
    date,
    startTime: '09:30',
    endTime: '12:30',
    venue: '',
    address: '',
    description: '',
    agenda: [],
    capacity: '100',
    waitlist: true,
    registrationOpen: true,
  };
}

export function eventValues(event: EventDetail): EventFormValues {
  return {
    title: event.title,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    venue: event.venue,
    address: event.address,
    description: event.description,
    agenda: event.agenda.map((item) => agendaRow(item.time, item.title, item.speaker)),
    capacity: String(event.capacity),
    waitlist: event.waitlist,
    registrationOpen: event.registrationOpen,
  };
}

/**
 * What the schema parses: the capacity as a number (NaN for anything but digits, which the
 * schema reports as not a number), the agenda without the row keys.
 */
export function eventInput(values: EventFormValues) {
  const capacity = values.capacity.trim();
  return {
    ...values,
    capacity: /^\d+$/.test(capacity) ? Number(capacity) : Number.NaN,
    agenda: values.agenda.map(({ time, title, speaker }) => ({ time, title, speaker })),
  };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The time checks of core's eventInputSchema in the UI language (core's messages are English):
 * each filled time is HH:MM, the end comes after the start, and the agenda runs in time order
 * within the event's hours. Empty times are left to the schema ("required").
 */
export function eventTimeErrors(values: EventFormValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const badTime = (value: string) => value.trim() !== '' && !CLOCK.test(value.trim());
  if (badTime(values.startTime)) errors.startTime = t('informationDay:form.timeFormat');
  if (badTime(values.endTime)) errors.endTime = t('informationDay:form.timeFormat');
  else if (
    !errors.startTime &&
    values.startTime.trim() &&
    values.endTime.trim() &&
    values.endTime.trim() <= values.startTime.trim()
  )
    errors.endTime = t('informationDay:form.endAfterStart');
  const start = values.startTime.trim();
  const end = values.endTime.trim();
  const hoursKnown = CLOCK.test(start) && CLOCK.test(end);
  values.agenda.forEach((row, index) => {
    const time = row.time.trim();
    const path = `agenda.${index}.time`;
    const previous = values.agenda[index - 1]?.time.trim() ?? '';
    if (badTime(time)) errors[path] = t('informationDay:form.timeFormat');
    else if (time === '') return;
    // As core compares: an item may start at the end time (a closing word).
    else if (hoursKnown && (time < start || time > end))
      errors[path] = t('informationDay:form.agendaOutside', { start, end });
    else if (CLOCK.test(previous) && time < previous)
      errors[path] = t('informationDay:form.agendaOrder', { time: previous });
  });
  return errors;
}

/** The rows with the one at `from` moved to `to` (clamped to the list); the same list if no move. */
export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(rows.length - 1, to));
  if (from === target || from < 0 || from >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  if (row !== undefined) next.splice(target, 0, row);
  return next;
}

/** The whole input of a stored event with `change` applied (a switch that saves at once). */
export function storedEventInput(
  event: EventDetail,
  change: Partial<EventInputRaw> = {},
): EventInputRaw {
  return {
    title: event.title,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    venue: event.venue,
    address: event.address,
    description: event.description,
    agenda: event.agenda,
    capacity: event.capacity,
    waitlist: event.waitlist,
    registrationOpen: event.registrationOpen,
    ...change,
  };
}
