// The guest's routes on PGlite and PostgreSQL: the public page, registering (seats, waiting list,
// full, closed, duplicates, consent, hostile text, size), the ticket page and giving a seat up;
// no session needed, nothing about other guests shown, every bad link the same 404.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEvent,
  EVENT_BODY,
  guestBody,
  registerOnPage,
  ticketTokenOf,
} from '../../test/eventFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { EventDetail } from '../informationDay/presentEvent';
import type { PublicEvent, PublicRegistration } from '../informationDay/presentPublic';

let t: TestApp;
let owner: Agent;
let guest: Agent;
let slug: string;
let event: EventDetail;
const page = (code = event.publicCode) => `/api/public/events/${code}`;
const register = (body: Record<string, unknown>, code = event.publicCode) =>
  guest.post(`${page(code)}/registrations`, body);
const invalidLink = { error: { code: 'not_found', message: 'this event link is not valid' } };

beforeAll(async () => {
  t = await createTestApp({ respondentRateLimit: { requests: 1000, starts: 1000 } });
  owner = await t.signUp('owner@example.com');
  guest = t.anonymous();
  slug = await createProject(owner, 'Public');
  event = await createEvent(owner, slug, { capacity: 2, description: 'Herkese açık' });
});
afterAll(() => t.close());

describe('the public page', () => {
  it('shows the event with its project name and whether it is full, to anyone', async () => {
    const shown = expectStatus(await guest.get(page()), 200).json() as PublicEvent;
    expect(shown).toEqual({
      code: event.publicCode,
      title: EVENT_BODY.title,
      date: EVENT_BODY.date,
      startTime: '09:30',
      endTime: '13:00',
      venue: EVENT_BODY.venue,
      address: EVENT_BODY.address,
      description: 'Herkese açık',
      agenda: event.agenda,
      projectName: 'Public',
      registrationOpen: true,
      full: false,
      waitlist: true,
    });
    // A typed code: lower case with a dash.
    const typed = `${event.publicCode.slice(0, 4).toLowerCase()}-${event.publicCode.slice(4)}`;
    expect((await guest.get(page(typed))).statusCode).toBe(200);
  });

  it('answers unknown, malformed and long codes with the same 404', async () => {
    for (const code of ['ZZZZZZZZ', 'abc', '%3Cscript%3E', 'X'.repeat(90)]) {
      const response = await guest.get(page(code));
      expect(response.statusCode, code).toBe(404);
      expect(response.json()).toEqual({
        ...invalidLink,
        error: { ...invalidLink.error, issues: [] },
      });
    }
  });
});

describe('registering', () => {
  let first: PublicRegistration;

  it('registers a guest with a seat and a ticket link, without a session', async () => {
    first = expectStatus(
      await register(guestBody('Ayşe Yılmaz', 'Ayse@Firm.example')),
      201,
    ).json() as PublicRegistration;
    expect(first).toMatchObject({
      status: 'registered',
      name: 'Ayşe Yılmaz',
      email: 'Ayse@Firm.example',
      waitlistPosition: null,
      checkedInAt: null,
      event: { code: event.publicCode, full: false },
    });
    expect(first.ticketPath).toMatch(/^\/e\/ticket\/[A-Za-z0-9_-]{43}$/);
  });

  it('refuses the same email again, differently cased and spaced', async () => {
    const response = await register(guestBody('Ayşe Again', '  ayse@FIRM.example '));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: {
        code: 'duplicate_email',
        message:
          'this email address is already registered for this event; use the ticket link you were given, or ask the organisers',
      },
    });
  });

  it('refuses a registration without consent, naming consent', async () => {
    const response = await register({ name: 'No Consent', email: 'nc@firm.example' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: 'body.consent' }] },
    });
  });

  it('stores hostile names as text', async () => {
    const name = '<script>alert("x")</script>\u0007';
    const answer = expectStatus(
      await register(guestBody(name, 'hostile@firm.example')),
      201,
    ).json() as PublicRegistration;
    expect(answer.name).toBe(name);
    expect(answer.event.full).toBe(true);
  });

  it('waitlists past capacity, with the place in the queue', async () => {
    t.setNow(new Date('2026-11-26T10:00:01Z'));
    const waiting = expectStatus(
      await register(guestBody('Mehmet Öz', 'mehmet@firm.example')),
      201,
    ).json() as PublicRegistration;
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    t.setNow(new Date('2026-11-26T10:00:02Z'));
    const second = expectStatus(
      await register(guestBody('Can Ak', 'can@firm.example')),
      201,
    ).json() as PublicRegistration;
    expect(second.waitlistPosition).toBe(2);
  });

  it('refuses past capacity without a waiting list (409 event_full)', async () => {
    const small = await createEvent(owner, slug, { capacity: 1, waitlist: false });
    await registerOnPage(guest, small.publicCode, 'Only One', 'one@firm.example');
    const response = await register(guestBody('Second', 'two@firm.example'), small.publicCode);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'event_full' } });
  });

  it('never overbooks: 20 guests registering at once for 5 seats give 5 seats and 15 refusals', async () => {
    const rush = await createEvent(owner, slug, { capacity: 5, waitlist: false });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        register(guestBody(`Rush ${n}`, `rush${n}@firm.example`), rush.publicCode),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([...Array(5).fill(201), ...Array(15).fill(409)]);
    const { items } = expectStatus(
      await owner.get(`/api/projects/${slug}/events/${rush.id}/registrations`),
      200,
    ).json() as { items: unknown[] };
    expect(items).toHaveLength(5);
  });

  it('refuses registration when it is closed (410)', async () => {
    const closed = await createEvent(owner, slug, { registrationOpen: false });
    const response = await register(guestBody('Late', 'late@firm.example'), closed.publicCode);
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ error: { code: 'registration_closed' } });
  });

  it('refuses an oversized body (413) and an unknown invitation (404)', async () => {
    const big = await register(
      guestBody('Big', 'big@firm.example', { padding: 'x'.repeat(20_000) }),
    );
    expect(big.statusCode).toBe(413);
    const invited = await register(
      guestBody('Invited', 'inv@firm.example', { invitation: 'forged' }),
    );
    expect(invited.statusCode).toBe(404);
    expect(invited.json()).toMatchObject(invalidLink);
  });

  it('works for a signed-in facilitator without a CSRF token (the session is not read)', async () => {
    const response = await owner.request(
      'POST',
      `${page()}/registrations`,
      guestBody('Facilitator Test', 'facilitator@firm.example'),
      { 'x-csrf-token': '' },
    );
    expect(response.statusCode).toBe(201);
  });

  describe('the ticket page', () => {
    it("shows the guest's own registration, and nothing of the other guests", async () => {
      const response = expectStatus(
        await guest.get(`/api/public/tickets/${ticketTokenOf(first)}`),
        200,
      );
      const { event: shownEvent, ...shown } = response.json() as PublicRegistration;
      const { event: _registeredEvent, ...registered } = first;
      expect(shown).toEqual(registered);
      // Full by now: the hostile guest took the second seat.
      expect(shownEvent).toMatchObject({ code: event.publicCode, full: true });
      for (const other of [
        'mehmet@firm.example',
        'Mehmet',
        'hostile@firm.example',
        'can@firm.example',
      ])
        expect(response.body).not.toContain(other);
      const publicPage = (await guest.get(page())).body;
      for (const anyone of ['ayse', 'Ayşe', 'mehmet', 'Mehmet'])
        expect(publicPage).not.toContain(anyone);
    });

    it('answers a forged, malformed or long token with the same 404', async () => {
      for (const token of ['A'.repeat(43), 'short', 'a%20b', 'B'.repeat(90)]) {
        const response = await guest.get(`/api/public/tickets/${token}`);
        expect(response.statusCode, token).toBe(404);
        expect(response.json()).toMatchObject(invalidLink);
        expect((await guest.post(`/api/public/tickets/${token}/cancel`)).statusCode).toBe(404);
      }
    });

    it('gives the seat up; the first waiting guest takes it; cancelling twice changes nothing', async () => {
      const token = ticketTokenOf(first);
      const cancelled = expectStatus(
        await guest.post(`/api/public/tickets/${token}/cancel`),
        200,
      ).json() as PublicRegistration;
      expect(cancelled).toMatchObject({ status: 'cancelled', ticketPath: first.ticketPath });
      const again = expectStatus(
        await guest.post(`/api/public/tickets/${token}/cancel`),
        200,
      ).json() as PublicRegistration;
      expect(again.status).toBe('cancelled');
      const { items } = expectStatus(
        await owner.get(`/api/projects/${slug}/events/${event.id}/registrations?q=mehmet`),
        200,
      ).json() as { items: { status: string }[] };
      expect(items).toEqual([expect.objectContaining({ status: 'registered' })]);
    });

    it('refuses to give up the seat of a guest already checked in', async () => {
      const roomy = await createEvent(owner, slug, { capacity: 5 });
      const came = await registerOnPage(guest, roomy.publicCode, 'Came', 'came@firm.example');
      expectStatus(
        await owner.post(`/api/projects/${slug}/events/${roomy.id}/check-in`, {
          ticket: came.ticketPath,
        }),
        200,
      );
      const response = await guest.post(`/api/public/tickets/${ticketTokenOf(came)}/cancel`);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ error: { code: 'already_checked_in' } });
      expect(response.json()).not.toHaveProperty('error.details');
    });

    it('lets the same email register again once its registration is cancelled', async () => {
      const again = await register(guestBody('Ayşe Yılmaz', 'ayse@firm.example'));
      expect(again.statusCode).toBe(201);
      expect((again.json() as PublicRegistration).status).toBe('waitlisted');
    });
  });
});

describe('rate limiting', () => {
  it('refuses registrations past the per-address limit with 429', async () => {
    const limited = await createTestApp({ respondentRateLimit: { requests: 100, starts: 2 } });
    try {
      const facilitator = await limited.signUp('owner@example.com');
      const limitedSlug = await createProject(facilitator, 'Limited');
      const limitedEvent = await createEvent(facilitator, limitedSlug, { capacity: 10 });
      const anonymous = limited.anonymous();
      const statuses = [];
      for (const n of [1, 2, 3])
        statuses.push(
          (
            await anonymous.post(
              `/api/public/events/${limitedEvent.publicCode}/registrations`,
              guestBody(`G${n}`, `g${n}@x.example`),
            )
          ).statusCode,
        );
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});
