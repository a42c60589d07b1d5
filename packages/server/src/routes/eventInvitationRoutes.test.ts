// Invitations on PGlite and PostgreSQL: personal links shown once, the invitation page, registering
// through it (tied to the organisation, once), inviting again (the old link dies, the ticket moves
// to the new one), and only the project's organisations.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent, guestBody } from '../../test/eventFixtures';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { EventDetail } from '../informationDay/presentEvent';
import type { PublicInvitation, PublicRegistration } from '../informationDay/presentPublic';
import type { Registration } from '../informationDay/presentRegistration';
import type { EventInvitation, IssuedInvitation } from './eventInvitationRoutes';

let t: TestApp;
let owner: Agent;
let guest: Agent;
let slug: string;
let event: EventDetail;
let firmId: string;
let chamberId: string;
const base = () => `/api/projects/${slug}/events/${event.id}`;
const invite = async (organisationIds: string[]) =>
  (
    expectStatus(await owner.post(`${base()}/invitations`, { organisationIds }), 201).json() as {
      items: IssuedInvitation[];
    }
  ).items;
const tokenOf = (invitation: IssuedInvitation | undefined) =>
  invitation?.link.split('/').pop() ?? '';

beforeAll(async () => {
  t = await createTestApp({ respondentRateLimit: { requests: 1000, starts: 1000 } });
  owner = await t.signUp('owner@example.com');
  guest = t.anonymous();
  slug = await createProject(owner, 'Invitations');
  firmId = await addOrganisation(owner, slug, {
    name: 'Ege Döküm',
    type: 'firm',
    contacts: [{ name: 'No Email' }, { name: 'Ayşe Yılmaz', email: 'ayse@egedokum.example' }],
  });
  chamberId = await addOrganisation(owner, slug, { name: 'Ege Sanayi Odası', type: 'chamber' });
  event = await createEvent(owner, slug, { capacity: 10 });
});
afterAll(() => t.close());

describe('invitations', () => {
  let firm: IssuedInvitation | undefined;

  it('gives each organisation a personal link, addressed to its first contact with an email', async () => {
    const items = await invite([firmId, chamberId]);
    firm = items.find((i) => i.organisationId === firmId);
    expect(firm).toMatchObject({
      organisationName: 'Ege Döküm',
      contactName: 'Ayşe Yılmaz',
      email: 'ayse@egedokum.example',
      registration: null,
    });
    expect(firm?.link).toMatch(/^\/e\/i\/[A-Za-z0-9_-]{43}$/);
    expect(items.find((i) => i.organisationId === chamberId)).toMatchObject({
      contactName: '',
      email: '',
    });
  });

  it('shows the invitation page without a session', async () => {
    const page = expectStatus(
      await guest.get(`/api/public/invitations/${tokenOf(firm)}`),
      200,
    ).json() as PublicInvitation;
    expect(page).toMatchObject({
      organisationName: 'Ege Döküm',
      contactName: 'Ayşe Yılmaz',
      email: 'ayse@egedokum.example',
      registration: null,
      event: { code: event.publicCode },
    });
  });

  it('registers through the invitation, tied to the organisation, and only once', async () => {
    const registered = expectStatus(
      await guest.post(`/api/public/events/${event.publicCode}/registrations`, {
        ...guestBody('Ayşe Yılmaz', 'ayse@egedokum.example'),
        invitation: tokenOf(firm),
      }),
      201,
    ).json() as PublicRegistration;
    expect(registered.status).toBe('registered');
    const again = await guest.post(`/api/public/events/${event.publicCode}/registrations`, {
      ...guestBody('Colleague', 'colleague@egedokum.example'),
      invitation: tokenOf(firm),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'already_registered' } });
    const { items } = expectStatus(await owner.get(`${base()}/registrations`), 200).json() as {
      items: Registration[];
    };
    expect(items).toEqual([
      expect.objectContaining({
        name: 'Ayşe Yılmaz',
        source: 'invitation',
        organisationId: firmId,
        organisationType: 'firm',
      }),
    ]);
    // The invitation page shows the registration with a ticket that opens the ticket page.
    const page = expectStatus(
      await guest.get(`/api/public/invitations/${tokenOf(firm)}`),
      200,
    ).json() as PublicInvitation;
    expect(page.registration?.ticketPath).toBe(registered.ticketPath);
    expect(
      (await guest.get(`/api/public/tickets/${registered.ticketPath.split('/').pop()}`)).statusCode,
    ).toBe(200);
  });

  it('lists the invitations with the registration made through each', async () => {
    const { items } = expectStatus(await owner.get(`${base()}/invitations`), 200).json() as {
      items: EventInvitation[];
    };
    expect(items.map((i) => [i.organisationName, i.registration?.name ?? null])).toEqual([
      ['Ege Döküm', 'Ayşe Yılmaz'],
      ['Ege Sanayi Odası', null],
    ]);
    expect(JSON.stringify(items)).not.toContain('/e/i/');
  });

  it('inviting again replaces the link: the old one stops working, the ticket moves to the new one', async () => {
    const oldToken = tokenOf(firm);
    const before = expectStatus(
      await guest.get(`/api/public/invitations/${oldToken}`),
      200,
    ).json() as PublicInvitation;
    const [renewed] = await invite([firmId]);
    const oldPage = await guest.get(`/api/public/invitations/${oldToken}`);
    expect(oldPage.statusCode).toBe(404);
    expect(oldPage.json()).toMatchObject({
      error: { code: 'not_found', message: 'this event link is not valid' },
    });
    const page = expectStatus(
      await guest.get(`/api/public/invitations/${tokenOf(renewed)}`),
      200,
    ).json() as PublicInvitation;
    const newTicket = page.registration?.ticketPath ?? '';
    expect(newTicket).not.toBe(before.registration?.ticketPath);
    expect((await guest.get(`/api/public/tickets/${newTicket.split('/').pop()}`)).statusCode).toBe(
      200,
    );
    const oldTicket = before.registration?.ticketPath.split('/').pop() ?? '';
    expect((await guest.get(`/api/public/tickets/${oldTicket}`)).statusCode).toBe(404);
    // The registering invitation token no longer works either.
    const stale = await guest.post(`/api/public/events/${event.publicCode}/registrations`, {
      ...guestBody('Stale', 'stale@egedokum.example'),
      invitation: oldToken,
    });
    expect(stale.statusCode).toBe(404);
  });

  it("refuses another project's organisation and an invitation used on another event", async () => {
    const otherSlug = await createProject(owner, 'Other');
    const foreign = await addOrganisation(owner, otherSlug, { name: 'Foreign', type: 'firm' });
    const response = await owner.post(`${base()}/invitations`, {
      organisationIds: [chamberId, foreign],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { issues: [{ path: 'organisationIds.1' }] } });
    const [chamber] = await invite([chamberId]);
    const otherEvent = await createEvent(owner, slug, { title: 'Other day' });
    const elsewhere = await guest.post(
      `/api/public/events/${otherEvent.publicCode}/registrations`,
      {
        ...guestBody('Chamber', 'chamber@oda.example'),
        invitation: tokenOf(chamber),
      },
    );
    expect(elsewhere.statusCode).toBe(404);
  });
});
