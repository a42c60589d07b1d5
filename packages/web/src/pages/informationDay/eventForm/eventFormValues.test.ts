// The event form's conversions and checks: what the schema is given, the time messages in the
// UI language, agenda reordering, and a stored event sent back whole.

import type { TFunction } from 'i18next';
import { eventInputSchema } from '@kume/core';
import { describe, expect, it } from 'vitest';
import type { EventDetail } from '../eventTypes';
import {
  agendaRow,
  emptyEvent,
  eventInput,
  eventTimeErrors,
  eventValues,
  moveRow,
  storedEventInput,
  type EventFormValues,
} from './eventFormValues';

/** A stand-in for i18next that shows the key it was asked for. */
const t = ((key: string) => key) as unknown as TFunction;

const values = (change: Partial<EventFormValues> = {}): EventFormValues => ({
  ...emptyEvent('2026-11-26'),
  title: 'Bilgilendirme Günü',
  venue: 'İzmir Ticaret Odası',
  ...change,
});

const stored: EventDetail = {
  id: 'e1',
  title: 'Info Day',
  date: '2026-11-26',
  startTime: '09:30',
  endTime: '12:30',
  venue: 'Hall',
  address: 'Street 1',
  description: 'About',
  agenda: [{ time: '09:30', title: 'Opening', speaker: 'Ayşe' }],
  capacity: 80,
  registrationOpen: true,
  waitlist: true,
  publicCode: 'ABCD2345',
  publicPath: '/e/ABCD2345',
  registered: 3,
  waitlisted: 0,
  checkedIn: 1,
  pollWorkshopId: null,
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
};

describe('eventInput', () => {
  it('gives the capacity as a number and the agenda without its row keys, which the schema accepts', () => {
    const input = eventInput(
      values({ capacity: ' 120 ', agenda: [agendaRow('10:00', 'Açılış', '')] }),
    );
    expect(input.capacity).toBe(120);
    expect(input.agenda).toEqual([{ time: '10:00', title: 'Açılış', speaker: '' }]);
    expect(eventInputSchema.safeParse(input).success).toBe(true);
  });

  it('makes a capacity that is not whole digits NaN, which the schema refuses', () => {
    for (const capacity of ['', '12.5', '1e3', '-4', 'yüz'])
      expect(Number.isNaN(eventInput(values({ capacity })).capacity)).toBe(true);
    expect(eventInputSchema.safeParse(eventInput(values({ capacity: 'abc' }))).success).toBe(false);
  });

  it('round-trips a stored event through the form values', () => {
    const input = eventInput(eventValues(stored));
    expect(eventInputSchema.parse(input)).toEqual(storedEventInput(stored));
  });
});

describe('eventTimeErrors', () => {
  it('says nothing about good times', () => {
    expect(eventTimeErrors(values(), t)).toEqual({});
  });

  it('asks for HH:MM where a start, end or agenda time is malformed', () => {
    const errors = eventTimeErrors(
      values({
        startTime: '9.30',
        endTime: '25:00',
        agenda: [agendaRow('10:00'), agendaRow('1pm')],
      }),
      t,
    );
    expect(errors).toEqual({
      startTime: 'informationDay:form.timeFormat',
      endTime: 'informationDay:form.timeFormat',
      'agenda.1.time': 'informationDay:form.timeFormat',
    });
  });

  it('wants the end after the start, not equal to it', () => {
    expect(eventTimeErrors(values({ startTime: '12:00', endTime: '12:00' }), t)).toEqual({
      endTime: 'informationDay:form.endAfterStart',
    });
    expect(eventTimeErrors(values({ startTime: '12:00', endTime: '11:59' }), t)).toEqual({
      endTime: 'informationDay:form.endAfterStart',
    });
  });

  it('wants the agenda within the hours (the end time allowed) and in time order, as core does', () => {
    const agenda = ['09:00', '10:00', '09:45', '12:30'].map((time) => agendaRow(time, 'Talk'));
    const errors = eventTimeErrors(values({ startTime: '09:30', endTime: '12:30', agenda }), t);
    expect(errors).toEqual({
      'agenda.0.time': 'informationDay:form.agendaOutside',
      'agenda.2.time': 'informationDay:form.agendaOrder',
    });
    const input = eventInput(values({ startTime: '09:30', endTime: '12:30', agenda }));
    const paths = eventInputSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['agenda.0.time', 'agenda.2.time']);
  });

  it('leaves empty times to the schema, which calls them required', () => {
    expect(eventTimeErrors(values({ startTime: '', endTime: '' }), t)).toEqual({});
  });
});

describe('moveRow', () => {
  it('moves a row up or down and keeps the others in order', () => {
    expect(moveRow(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('clamps a move past either end and ignores a row that is not there', () => {
    expect(moveRow(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(moveRow(['a', 'b'], 1, -1)).toEqual(['b', 'a']);
    expect(moveRow(['a', 'b'], 4, 0)).toEqual(['a', 'b']);
  });
});

describe('storedEventInput', () => {
  it('sends the stored event whole with only the change applied', () => {
    const input = storedEventInput(stored, { registrationOpen: false });
    expect(input).toMatchObject({ title: 'Info Day', capacity: 80, registrationOpen: false });
    expect(eventInputSchema.safeParse(input).success).toBe(true);
  });
});
