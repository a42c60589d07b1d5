// The sample's Information Day: three weeks ahead, a real agenda, about 45 guests from the sample's
// organisations, nobody checked in, the same event for the same seed.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { eventInputSchema } from '../event/eventInput';
import { mulberry32 } from '../random/mulberry32';
import { generateSampleProject } from './generateSampleProject';

const today = '2026-03-01' as IsoDate;
const sample = (seed = 20_261_126) => generateSampleProject({ today, rng: mulberry32(seed) });

describe('the sample Information Day', () => {
  it('is one event three weeks after the day the sample is made, with 120 seats', () => {
    const { events } = sample();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      date: '2026-03-22',
      capacity: 120,
      waitlist: true,
      registrationOpen: true,
    });
    expect(events[0]?.venue).toMatch(/Konferans Salonu/);
    expect(events[0]?.address).toContain('İzmir');
    expect(events[0]?.publicCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(eventInputSchema.safeParse(events[0]).error?.issues ?? []).toEqual([]);
  });

  it('has an agenda from the opening to networking, covering the cluster, the field study and the case', () => {
    const titles = (sample().events[0]?.agenda ?? []).map((item) => item.title).join(' | ');
    for (const part of [
      'Açılış',
      'Küme nedir',
      'Saha çalışması',
      'Örnek bir küme',
      'Çalışma grubu',
      'Soru-cevap',
      'Tanışma',
    ])
      expect(titles).toContain(part);
  });

  it("registers about 45 of the organisations' contacts, each once, before the day it is made, nobody checked in", () => {
    const bundle = sample();
    const registrations = bundle.events[0]?.registrations ?? [];
    expect(registrations).toHaveLength(45);
    const contacts = new Map(
      bundle.organisations.flatMap((o) => o.contacts.map((c) => [c.email, o.key] as const)),
    );
    for (const r of registrations) {
      expect(contacts.get(r.email)).toBe(r.organisationKey);
      expect(r.status).toBe('registered');
      expect(r.checkedInAt).toBeNull();
      expect(r.createdAt < `${today}T00:00:00.000Z`).toBe(true);
    }
    expect(new Set(registrations.map((r) => r.email.toLowerCase())).size).toBe(45);
    const sources = new Set(registrations.map((r) => r.source));
    expect([...sources].sort()).toEqual(['invitation', 'public']);
  });

  it('is the same event for the same seed, and another for another seed', () => {
    expect(sample().events).toEqual(sample().events);
    expect(sample(1).events[0]?.registrations).not.toEqual(sample(2).events[0]?.registrations);
  });
});
