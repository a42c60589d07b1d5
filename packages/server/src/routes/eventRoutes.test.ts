// The event routes on PGlite and PostgreSQL: create with a public code, list, read, edit (capacity
// against the seats held), delete; validation and who may do what.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMemberRole } from '@kume/db';
import { createEvent, EVENT_BODY, registerOnPage } from '../../test/eventFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { EventDetail, EventSummary } from '../informationDay/presentEvent';

let t: TestApp;
let owner: Agent;
let viewer: Agent;
let stranger: Agent;
let slug: string;
let otherSlug: string;
const url = (path = '') => `/api/projects/${slug}/events${path}`;

beforeAll(async () => {
  t = await createTestApp({ respondentRateLimit: { requests: 1000, starts: 1000 } });
  owner = await t.signUp('owner@example.com');
  viewer = await t.signUp('viewer@example.com');
  stranger = await t.signUp('stranger@example.com');
  slug = await createProject(owner, 'Events');
  otherSlug = await createProject(stranger, 'Stranger project');
  const project = expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as {
    id: string;
  };
  await setMemberRole(t.database.db, project.id, viewer.userId ?? '', 'viewer');
});
afterAll(() => t.close());

describe('events', () => {
  it('creates an event with an 8-character public code and its public path', async () => {
    const event = await createEvent(owner, slug);
    expect(event).toMatchObject({
      title: 'Bilgilendirme Günü',
      date: '2026-12-17',
      capacity: 3,
      waitlist: true,
      registrationOpen: true,
      registered: 0,
      pollWorkshopId: null,
      agenda: [
        { time: '09:30', title: 'Açılış', speaker: '' },
        { time: '10:00', title: 'Küme nedir?', speaker: 'Kalkınma Ajansı' },
      ],
    });
    expect(event.publicCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(event.publicPath).toBe(`/e/${event.publicCode}`);
    expect(expectStatus(await viewer.get(url(`/${event.id}`)), 200).json()).toEqual(event);
  });

  it('lists events latest date first with their counts', async () => {
    const later = await createEvent(owner, slug, { date: '2027-03-01', title: 'Later' });
    const guest = t.anonymous();
    await registerOnPage(guest, later.publicCode, 'Ayşe', 'ayse@firm.example');
    const { items } = expectStatus(await viewer.get(url()), 200).json() as {
      items: EventSummary[];
    };
    expect(items[0]).toMatchObject({ id: later.id, registered: 1, waitlisted: 0, checkedIn: 0 });
    expect(items.map((e) => e.date)).toEqual([...items.map((e) => e.date)].sort().reverse());
  });

  it('refuses a capacity below the guests holding a seat, saying how many', async () => {
    const event = await createEvent(owner, slug, { capacity: 3 });
    for (const n of [1, 2, 3])
      await registerOnPage(t.anonymous(), event.publicCode, `G${n}`, `g${n}@x.example`);
    const response = await owner.put(url(`/${event.id}`), { ...EVENT_BODY, capacity: 2 });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: {
        code: 'capacity_below_registered',
        message: '3 guests hold a seat; choose at least 3 or cancel registrations first',
      },
    });
  });

  it('gives the seats of a raised capacity to the waiting list in order', async () => {
    const event = await createEvent(owner, slug, { capacity: 1 });
    for (const n of [1, 2, 3]) {
      t.setNow(new Date(Date.UTC(2026, 10, 26, 10, 0, n)));
      await registerOnPage(t.anonymous(), event.publicCode, `Guest ${n}`, `guest${n}@x.example`);
    }
    const updated = expectStatus(
      await owner.put(url(`/${event.id}`), { ...EVENT_BODY, capacity: 2, title: 'Renamed' }),
      200,
    ).json() as EventDetail;
    expect(updated).toMatchObject({ title: 'Renamed', capacity: 2, registered: 2, waitlisted: 1 });
    const { items } = expectStatus(
      await owner.get(url(`/${event.id}/registrations?status=waitlisted`)),
      200,
    ).json() as { items: { name: string; waitlistPosition: number }[] };
    expect(items).toEqual([expect.objectContaining({ name: 'Guest 3', waitlistPosition: 1 })]);
  });

  it('refuses an end before the start and agenda items outside the hours, naming the fields', async () => {
    const response = await owner.post(url(), {
      ...EVENT_BODY,
      endTime: '09:00',
      agenda: [{ time: '08:00', title: 'Kahve' }],
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['body.endTime']));
  });

  it('stores hostile text as text', async () => {
    const title = '<script>alert(1)</script> =HYPERLINK("http://evil.example")';
    const event = await createEvent(owner, slug, { title, description: 'a\u0007b' });
    expect(event.title).toBe(title);
    expect(event.description).toBe('a\u0007b');
  });

  it('deletes an event; it is gone afterwards', async () => {
    const event = await createEvent(owner, slug);
    expect((await owner.delete(url(`/${event.id}`))).statusCode).toBe(204);
    expect((await owner.get(url(`/${event.id}`))).statusCode).toBe(404);
    expect((await owner.delete(url(`/${event.id}`))).statusCode).toBe(404);
  });
});

describe('who may see and change events', () => {
  it('a viewer reads but cannot create, change or delete (403)', async () => {
    const event = await createEvent(owner, slug);
    const answers = [
      await viewer.post(url(), EVENT_BODY),
      await viewer.put(url(`/${event.id}`), EVENT_BODY),
      await viewer.delete(url(`/${event.id}`)),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403]);
  });

  it("another project's member gets 404 and cannot reach the event through their own project", async () => {
    const event = await createEvent(owner, slug);
    expect((await stranger.get(url(`/${event.id}`))).statusCode).toBe(404);
    expect((await stranger.put(url(`/${event.id}`), EVENT_BODY)).statusCode).toBe(404);
    const own = `/api/projects/${otherSlug}/events/${event.id}`;
    expect((await stranger.get(own)).statusCode).toBe(404);
    expect((await stranger.put(own, EVENT_BODY)).statusCode).toBe(404);
    expect((await stranger.delete(own)).statusCode).toBe(404);
    expect((await stranger.get(`${own}/registrations`)).statusCode).toBe(404);
    expect(expectStatus(await owner.get(url(`/${event.id}`)), 200).json()).toMatchObject({
      title: EVENT_BODY.title,
    });
  });
});
