// Bundles carry the Information Day on PGlite and PostgreSQL: events with agenda, deck settings,
// poll workshop and registrations (new tickets on import), the benchmark library and the logo.

import { pollWorkshopDefinition, projectBundleSchema, type ProjectBundleInput } from '@kume/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { benchmarkCases, eventRegistrations, events, workshops } from '../schema/index';
import { exportBundle, importBundle } from './bundles';
import { createUser, type UserRow } from './users';

let database: Database;
let db: Db;
let owner: UserRow;
const now = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  owner = await createUser(db, { email: 'owner@ajans.example', name: 'Owner', passwordHash: 'x' });
});
afterAll(() => database.close());

const caseContent = {
  name: 'Basque Machine Tool Cluster',
  country: { tr: 'İspanya', en: 'Spain' },
  sector: { tr: 'Takım tezgâhları', en: 'Machine tools' },
  founded: 1992,
  summary: { tr: 'Özet', en: 'Summary' },
  scale: { tr: 'yaklaşık 100 firma', en: 'about 100 firms' },
  highlights: [],
  lessons: [],
  source: '',
};
const at = (minute: number) => `2026-11-20T09:${String(minute).padStart(2, '0')}:00.000Z`;

function bundle(code: string): ProjectBundleInput {
  return {
    format: 'kume-project-bundle',
    version: 1,
    project: { name: 'Bilgi Günü Paketi' },
    organisations: [{ key: 'o1', name: 'Ege Döküm', type: 'firm' }],
    visits: [],
    commitments: [],
    workshops: [
      {
        key: 'w-polls',
        title: 'Bilgilendirme Günü: anketler',
        template: 'custom',
        code: 'POL234',
        status: 'draft',
        definition: pollWorkshopDefinition('Bilgilendirme Günü', [
          { question: 'Katılır mısınız?', choices: ['Evet', 'Hayır'] },
        ]),
      },
    ],
    benchmarkCases: [
      { key: 'c1', builtinKey: 'basque_machine_tools', content: caseContent },
      { key: 'c2', builtinKey: null, hidden: true, content: { ...caseContent, name: 'Own case' } },
    ],
    logo: { mediaType: 'image/png', base64: 'iVBORw0KGgo=', width: 4, height: 2 },
    events: [
      {
        key: 'e1',
        title: 'Bilgilendirme Günü',
        date: '2026-12-17',
        startTime: '09:30',
        endTime: '13:00',
        venue: 'Salon',
        agenda: [{ time: '09:30', title: 'Açılış', speaker: 'Ajans' }],
        capacity: 2,
        publicCode: code,
        pollWorkshopKey: 'w-polls',
        deckSettings: { sections: ['title', 'benchmark_case'], benchmarkCaseKey: 'c1' },
        registrations: [
          {
            name: 'Ayşe Yılmaz',
            organisationKey: 'o1',
            organisationName: 'Ege Döküm',
            email: 'Ayse@Firm.example',
            status: 'registered',
            source: 'invitation',
            consentAt: at(1),
            checkedInAt: at(30),
            createdAt: at(1),
          },
          {
            name: 'Mehmet Öz',
            email: 'mehmet@firm.example',
            status: 'cancelled',
            source: 'public',
            consentAt: at(2),
            cancelledAt: at(5),
            createdAt: at(2),
          },
          {
            name: 'Can Ak',
            email: 'can@firm.example',
            status: 'registered',
            source: 'walk_in',
            consentAt: at(3),
            createdAt: at(3),
          },
          {
            name: 'Mehmet Öz',
            email: 'MEHMET@firm.example',
            status: 'waitlisted',
            source: 'public',
            consentAt: at(4),
            createdAt: at(4),
          },
        ],
      },
    ],
  };
}

describe('bundles carry the Information Day', () => {
  it('round-trip keeps events, registrations, deck settings, poll workshop, cases and logo', async () => {
    const first = await importBundle(db, projectBundleSchema.parse(bundle('EVNT2345')), { owner });
    expect(first.counts).toMatchObject({ events: 1, registrations: 4, benchmarkCases: 2 });
    const [event] = await db.select().from(events).where(eq(events.projectId, first.project.id));
    const [poll] = await db
      .select()
      .from(workshops)
      .where(eq(workshops.projectId, first.project.id));
    const [builtin] = await db
      .select()
      .from(benchmarkCases)
      .where(eq(benchmarkCases.builtinKey, 'basque_machine_tools'));
    expect(event).toMatchObject({ publicCode: 'EVNT2345', pollWorkshopId: poll?.id });
    expect(event?.deckSettings?.benchmarkCaseId).toBe(builtin?.id);

    const exported = await exportBundle(db, first.project, now);
    expect(projectBundleSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
    const original = projectBundleSchema.parse(bundle('EVNT2345'));
    const withoutKeys = (b: typeof original) => ({
      events: b.events.map(({ key: _k, pollWorkshopKey, deckSettings, registrations, ...e }) => ({
        ...e,
        polls: pollWorkshopKey !== null,
        deckSettings: deckSettings && { ...deckSettings, benchmarkCaseKey: null },
        registrations: registrations.map(({ organisationKey, ...r }) => ({
          ...r,
          organisation: organisationKey !== null,
        })),
      })),
      // Written in one transaction, the cases share their creation time: compared by name.
      cases: b.benchmarkCases
        .map(({ key: _k, createdAt: _c, ...c }) => c)
        .sort((x, y) => x.content.name.localeCompare(y.content.name)),
      logo: b.logo,
    });
    const { createdAt: _c, ...exportedEvent } = withoutKeys(exported).events[0] ?? {};
    expect({ ...withoutKeys(exported), events: [exportedEvent] }).toEqual(withoutKeys(original));
    expect(exported.events[0]?.deckSettings?.benchmarkCaseKey).toBe(
      exported.benchmarkCases.find((c) => c.builtinKey === 'basque_machine_tools')?.key,
    );
    expect(exported.events[0]?.pollWorkshopKey).toBe(exported.workshops[0]?.key);
  });

  it('a second import gets a fresh public code and new tickets', async () => {
    const first = await importBundle(db, projectBundleSchema.parse(bundle('TWNC2345')), { owner });
    const second = await importBundle(db, projectBundleSchema.parse(bundle('TWNC2345')), { owner });
    const codeOf = async (projectId: string) =>
      (await db.select().from(events).where(eq(events.projectId, projectId)))[0];
    const [a, b] = [await codeOf(first.project.id), await codeOf(second.project.id)];
    expect(a?.publicCode).toBe('TWNC2345');
    expect(b?.publicCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(b?.publicCode).not.toBe('TWNC2345');
    const tickets = await db
      .select({ ticket: eventRegistrations.ticketSha256 })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, b?.id ?? ''));
    const firstTickets = await db
      .select({ ticket: eventRegistrations.ticketSha256 })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, a?.id ?? ''));
    expect(new Set([...tickets, ...firstTickets].map((t) => t.ticket)).size).toBe(8);
  });

  it('an older bundle without events, cases or logo imports and exports empty ones', async () => {
    const older = projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: { name: 'Eski' },
      organisations: [],
      visits: [],
      commitments: [],
    });
    const imported = await importBundle(db, older, { owner });
    expect(imported.counts).toMatchObject({ events: 0, registrations: 0, benchmarkCases: 0 });
    const exported = await exportBundle(db, imported.project, now);
    expect([exported.events, exported.benchmarkCases, exported.logo]).toEqual([[], [], null]);
  });

  it('rejects references to no record, a repeated live email and a shipped case listed twice', () => {
    const broken = bundle('BRKN2345');
    const [event] = broken.events ?? [];
    if (!event?.registrations) throw new Error('the test bundle has an event');
    event.pollWorkshopKey = 'gone';
    event.deckSettings = { sections: ['title'], benchmarkCaseKey: 'gone' };
    event.registrations[0] = { ...event.registrations[0]!, organisationKey: 'gone' };
    event.registrations.push({ ...event.registrations[2]!, email: ' CAN@firm.example' });
    broken.benchmarkCases?.push({
      key: 'c3',
      builtinKey: 'basque_machine_tools',
      content: caseContent,
    });
    const paths = projectBundleSchema.safeParse(broken).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual([
      'benchmarkCases.2.builtinKey',
      'events.0.pollWorkshopKey',
      'events.0.deckSettings.benchmarkCaseKey',
      'events.0.registrations.0.organisationKey',
      'events.0.registrations.4.email',
    ]);
  });
});
