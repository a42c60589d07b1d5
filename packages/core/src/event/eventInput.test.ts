// The event and registration inputs: the checks across fields and the limits a guest meets.

import { describe, expect, it } from 'vitest';
import { eventInputSchema, registrationInputSchema } from './eventInput';

const event = {
  title: 'Bilgilendirme Günü',
  date: '2026-12-17',
  startTime: '09:30',
  endTime: '13:00',
  venue: 'Konferans Salonu',
  capacity: 120,
};
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('eventInputSchema', () => {
  it('accepts an event with an agenda in time order within its hours, the end time included', () => {
    const agenda = [
      { time: '09:30', title: 'Açılış' },
      { time: '10:00', title: 'Küme nedir?', speaker: 'Ajans' },
      { time: '13:00', title: 'Kapanış' },
    ];
    const parsed = eventInputSchema.parse({ ...event, agenda });
    expect(parsed.agenda.map((item) => item.speaker)).toEqual(['', 'Ajans', '']);
    expect(parsed).toMatchObject({ waitlist: true, registrationOpen: true, address: '' });
  });

  it('refuses an end time that is not after the start time', () => {
    expect(issuesOf(eventInputSchema.safeParse({ ...event, endTime: '09:30' }))).toEqual([
      'endTime: the end time must be after the start time',
    ]);
  });

  it('refuses agenda items outside the hours and out of order, naming each', () => {
    const agenda = [
      { time: '09:00', title: 'Kahve' },
      { time: '11:00', title: 'Sunum' },
      { time: '10:00', title: 'Soru-cevap' },
      { time: '14:00', title: 'Tanışma' },
    ];
    expect(issuesOf(eventInputSchema.safeParse({ ...event, agenda }))).toEqual([
      "agenda.0.time: the agenda item at 09:00 is outside the event's hours (09:30-13:00)",
      'agenda.2.time: the agenda is not in time order (10:00 after 11:00)',
      "agenda.3.time: the agenda item at 14:00 is outside the event's hours (09:30-13:00)",
    ]);
  });

  it('refuses a NUL character, which PostgreSQL cannot store, but keeps other text as typed', () => {
    expect(issuesOf(eventInputSchema.safeParse({ ...event, title: 'A\u0000B' }))).toEqual([
      'title: contains a character that cannot be stored (U+0000)',
    ]);
    const hostile = '<script>alert(1)</script>\u0007';
    expect(eventInputSchema.parse({ ...event, description: hostile }).description).toBe(hostile);
  });

  it('refuses a capacity below 1 and above the maximum', () => {
    expect(eventInputSchema.safeParse({ ...event, capacity: 0 }).success).toBe(false);
    expect(eventInputSchema.safeParse({ ...event, capacity: 100_001 }).success).toBe(false);
    expect(eventInputSchema.safeParse({ ...event, capacity: 2.5 }).success).toBe(false);
  });
});

describe('registrationInputSchema', () => {
  const guest = { name: 'Ayşe Yılmaz', email: 'ayse@firm.example', consent: true };

  it('trims the email before checking it', () => {
    expect(registrationInputSchema.parse({ ...guest, email: '  Ayse@Firm.example \n' }).email).toBe(
      'Ayse@Firm.example',
    );
  });

  it('refuses a registration without consent, naming consent', () => {
    expect(issuesOf(registrationInputSchema.safeParse({ ...guest, consent: false }))).toEqual([
      'consent: consent is needed to register',
    ]);
    expect(
      issuesOf(registrationInputSchema.safeParse({ name: 'A', email: 'a@b.example' })),
    ).toEqual(['consent: consent is needed to register']);
  });

  it('refuses an empty name, a bad email and a NUL in the organisation', () => {
    const result = registrationInputSchema.safeParse({
      ...guest,
      name: '   ',
      email: 'not an email',
      organisation: 'Firm\u0000',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'name',
      'organisation',
      'email',
    ]);
  });
});
