// The Information Day in Chromium, on the sample project: a guest registers on the public page
// from a phone (a hostile name, shown as text), the facilitator checks the guest in by the
// ticket's code on the check-in page (a second scan and a forged code are refused with a
// message), downloads the deck, and the deck's attendance slide counts the guest; a personal
// invitation link made for a stakeholder opens the registration for that organisation.

import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPptx } from '../../packages/io/src/deck/readPptx';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { createAdministrator, openPhone } from './steps';

const poll = { timeout: 20_000 };
const GUEST = {
  name: 'Deniz <b>Kaya</b> & Co',
  organisation: '=HYPERLINK("x") Döküm',
  email: 'deniz.kaya@firma.example',
};

interface EventSummary {
  id: string;
  registered: number;
  checkedIn: number;
  capacity: number;
}

describe('the Information Day from registration to the deck in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;
  let phone: { context: BrowserContext; page: Page };
  let event: EventSummary;
  let ticketUrl = '';
  const pageErrors: string[] = [];

  const api = async <T>(path: string) =>
    (await admin.evaluate(async (url) => (await fetch(url)).json(), path)) as T;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    admin = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    admin.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(admin, server);
    phone = await openPhone(browser, pageErrors);
    const events = await api<{ items: EventSummary[] }>('/api/projects/sample/events');
    expect(events.items.length, 'the sample project has an Information Day').toBeGreaterThan(0);
    event = events.items[0]!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a guest register on the public page and shows the ticket with its QR code', async () => {
    await admin.goto(`${server.url}/p/sample/information-day`);
    await admin.getByTestId('event-row').first().getByRole('link').first().click();
    await admin.getByTestId('event-public-url').waitFor(poll);
    const publicUrl = await admin.getByTestId('event-public-url').getAttribute('href');
    expect(publicUrl).toMatch(/\/e\/[A-Z0-9]{8}$/);

    const { page } = phone;
    await page.goto(new URL(publicUrl!, server.url).toString());
    await page.getByTestId('register-name').fill(GUEST.name);
    await page.getByTestId('register-organisation').fill(GUEST.organisation);
    await page.getByTestId('register-email').fill(GUEST.email);
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    await page.getByTestId('ticket-qr').waitFor(poll);
    expect(await page.getByTestId('ticket-status').getAttribute('data-status')).toBe('registered');
    // The name is text, never markup.
    await expect.poll(() => page.getByText(GUEST.name).count(), poll).toBeGreaterThan(0);
    expect(await page.locator('b', { hasText: 'Kaya' }).count()).toBe(0);
    ticketUrl = (await page.getByTestId('ticket-qr').getAttribute('data-url')) ?? '';
    expect(ticketUrl).toMatch(/\/e\/ticket\/[A-Za-z0-9_-]{43}$/);
  });

  it('refuses the same email a second time with a message on the page', async () => {
    const { page } = phone;
    const events = await api<{ items: (EventSummary & { publicPath: string })[] }>(
      '/api/projects/sample/events',
    );
    await page.goto(`${server.url}${events.items[0]!.publicPath}`);
    await page.getByTestId('register-name').fill('Somebody else');
    await page.getByTestId('register-email').fill(GUEST.email.toUpperCase());
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    await expect.poll(() => page.getByText(/already registered/i).count(), poll).toBeGreaterThan(0);
  });

  it('checks the guest in by the ticket code, once, and refuses a forged code', async () => {
    await admin.goto(`${server.url}/p/sample/information-day/${event.id}/check-in`);
    const submit = async (text: string) => {
      await admin.getByTestId('checkin-code-input').fill(text);
      await admin.getByTestId('checkin-code-submit').click();
    };
    const outcome = () => admin.getByTestId('checkin-result').getAttribute('data-outcome');
    await submit(ticketUrl);
    await expect.poll(outcome, poll).toBe('welcome');
    await expect
      .poll(() => admin.getByTestId('checkin-result').textContent(), poll)
      .toContain(GUEST.name);
    await submit(ticketUrl);
    await expect.poll(outcome, poll).toBe('already');
    await submit(`${server.url}/e/ticket/${'A'.repeat(43)}`);
    await expect.poll(outcome, poll).toBe('notTicket');
    const after = await api<{ items: EventSummary[] }>('/api/projects/sample/events');
    const counted = after.items.find((item) => item.id === event.id)!;
    expect(counted.checkedIn).toBe(event.checkedIn + 1);
    expect(counted.registered).toBe(event.registered + 1);
    event = counted;
  });

  it('downloads the deck, whose attendance slide counts the guest', async () => {
    await admin.goto(`${server.url}/p/sample/information-day/${event.id}/deck`);
    await admin.getByTestId('deck-download-pptx').waitFor(poll);
    await admin.getByTestId('deck-lang').getByText('English').click();
    const [download] = await Promise.all([
      admin.waitForEvent('download', { timeout: 60_000 }),
      admin.getByTestId('deck-download-pptx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
    const deck = await readPptx(readFileSync((await download.path())!));
    expect(deck.invalidXml).toEqual([]);
    expect(deck.slides.length).toBeGreaterThan(10);
    expect(deck.slides.every((slide) => slide.notes.trim() !== '')).toBe(true);
    const attendance = deck.slides.find((slide) => slide.texts.includes('Who is here today'));
    expect(attendance, 'the deck has an attendance slide').toBeDefined();
    expect(attendance!.notes).toContain(
      `${event.registered} people registered for ${event.capacity} seats and ${event.checkedIn} have checked in`,
    );
    expect(event.checkedIn).toBeGreaterThanOrEqual(1);
  });

  it('creates a personal invitation link that opens the registration for the organisation', async () => {
    const registry = await api<{ items: { id: string; name: string }[] }>(
      '/api/projects/sample/organisations',
    );
    const invited = registry.items[0]!;
    await admin.goto(`${server.url}/p/sample/information-day/${event.id}?tab=invitations`);
    await admin.getByTestId('invite-open').click();
    await admin.getByTestId(`invite-pick-${invited.id}`).click();
    await admin.getByTestId('invite-create').click();
    await admin.getByTestId('created-invitation').first().waitFor(poll);
    const row = (await admin.getByTestId('created-invitation').first().textContent()) ?? '';
    const link = /\/e\/i\/[A-Za-z0-9_-]{43}/.exec(
      row + ((await admin.getByTestId('created-invitations').innerHTML()) ?? ''),
    )?.[0];
    expect(link, 'the created invitation shows its link').toBeDefined();
    await admin.getByTestId('close-created-invitations').click();
    const { page } = phone;
    await page.goto(`${server.url}${link}`);
    await expect
      .poll(() => page.getByTestId('invitation-for').textContent(), poll)
      .toContain(invited.name);
  });

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
