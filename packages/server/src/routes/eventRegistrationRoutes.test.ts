// The facilitator's registration routes on PGlite and PostgreSQL: the guest list, walk-ins,
// check-in by QR text or from the list (forged, foreign, reused, cancelled and waiting tickets),
// cancellation with promotion, and the attendance export with hostile names.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createEvent, guestBody, registerOnPage, ticketTokenOf } from '../../test/eventFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { EventDetail } from '../informationDay/presentEvent';
import type { PublicRegistration } from '../informationDay/presentPublic';
import type { Registration } from '../informationDay/presentRegistration';

let t: TestApp;
let owner: Agent;
let slug: string;
let event: EventDetail;
const guests: Record<string, PublicRegistration> = {};
const base = () => `/api/projects/${slug}/events/${event.id}`;
const start = Date.UTC(2026, 10, 26, 5, 0, 0);
const registrations = async (query = '') =>
  expectStatus(await owner.get(`${base()}/registrations${query}`), 200).json() as {
    items: Registration[];
    counts: Record<string, number>;
  };
const idOf = async (name: string) =>
  (await registrations()).items.find((r) => r.name === name)?.id ?? '';

beforeAll(async () => {
  t = await createTestApp({ respondentRateLimit: { requests: 1000, starts: 1000 } });
  owner = await t.signUp('owner@example.com');
  slug = await createProject(owner, 'Registrations');
  event = await createEvent(owner, slug, { capacity: 3 });
  const people = [
    ['Zeynep Kaya', 'zeynep@firm.example'],
    ['Ayşe Yılmaz', 'ayse@firm.example'],
    ['Çağrı Demir', 'cagri@firm.example'],
    ['Mehmet Öz', 'mehmet@firm.example'],
    ['İlker Şahin', 'ilker@firm.example'],
  ];
  for (const [index, [name, email]] of people.entries()) {
    t.setNow(new Date(start + index * 1_000));
    guests[name as string] = await registerOnPage(
      t.anonymous(),
      event.publicCode,
      name as string,
      email as string,
    );
  }
  t.setNow(new Date(start + 60_000));
});
afterAll(() => t.close());

describe('the guest list', () => {
  it('sorts by name in Turkish order, with the waiting list in queue order and the counts', async () => {
    const { items, counts } = await registrations();
    expect(items.map((r) => r.name)).toEqual([
      'Ayşe Yılmaz',
      'Çağrı Demir',
      'İlker Şahin',
      'Mehmet Öz',
      'Zeynep Kaya',
    ]);
    const waiting = items
      .filter((r) => r.status === 'waitlisted')
      .map((r) => [r.name, r.waitlistPosition]);
    expect(waiting).toEqual([
      ['İlker Şahin', 2],
      ['Mehmet Öz', 1],
    ]);
    expect(counts).toEqual({ registered: 3, waitlisted: 2, cancelled: 0, checkedIn: 0 });
    expect(items[0]).toMatchObject({
      source: 'public',
      organisationName: 'Ege Döküm',
      organisationId: null,
    });
  });

  it('finds guests by a search typed without Turkish letters, and by status', async () => {
    expect((await registrations('?q=ayse')).items.map((r) => r.name)).toEqual(['Ayşe Yılmaz']);
    expect((await registrations('?q=CAGRI')).items.map((r) => r.name)).toEqual(['Çağrı Demir']);
    expect((await registrations('?q=firm.example&status=waitlisted')).items).toHaveLength(2);
  });
});

describe('walk-ins', () => {
  let walkIns: EventDetail;
  const walkInUrl = () => `/api/projects/${slug}/events/${walkIns.id}`;

  beforeAll(async () => {
    walkIns = await createEvent(owner, slug, { capacity: 1, title: 'Walk-ins' });
    await registerOnPage(t.anonymous(), walkIns.publicCode, 'Seated', 'seated@firm.example');
    await registerOnPage(t.anonymous(), walkIns.publicCode, 'Waiting', 'waiting@firm.example');
  });

  it('seats a walk-in past the capacity and checks them in at once', async () => {
    const walkIn = expectStatus(
      await owner.post(`${walkInUrl()}/registrations`, {
        ...guestBody('Kapıda Gelen', 'kapi@firm.example'),
        checkIn: true,
      }),
      201,
    ).json() as Registration;
    expect(walkIn).toMatchObject({
      status: 'registered',
      source: 'walk_in',
      waitlistPosition: null,
    });
    expect(walkIn.checkedInAt).toBe(new Date(start + 60_000).toISOString());
  });

  it('gives no seat away while walk-ins hold more than the capacity', async () => {
    const { items } = expectStatus(await owner.get(`${walkInUrl()}/registrations`), 200).json() as {
      items: Registration[];
    };
    const seated = items.find((r) => r.name === 'Seated')?.id ?? '';
    const answer = expectStatus(
      await owner.post(`${walkInUrl()}/registrations/${seated}/cancel`),
      200,
    ).json() as { promoted: Registration | null };
    expect(answer.promoted).toBeNull();
  });

  it('refuses an email already registered, also differently cased', async () => {
    const response = await owner.post(
      `${base()}/registrations`,
      guestBody('Ayşe Again', ' AYSE@Firm.Example '),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'duplicate_email' } });
  });

  it('refuses a walk-in without consent, naming consent', async () => {
    const response = await owner.post(
      `${base()}/registrations`,
      guestBody('No Consent', 'nc@firm.example', { consent: false }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: 'body.consent' }] },
    });
  });
});

describe('check-in by the QR code', () => {
  const checkIn = (ticket: string) => owner.post(`${base()}/check-in`, { ticket });

  it('checks a guest in from the ticket URL; a second scan says when they came', async () => {
    const zeynep = guests['Zeynep Kaya'] as PublicRegistration;
    t.setNow(new Date('2026-11-26T06:40:00Z'));
    const first = expectStatus(
      await checkIn(`https://kume.example${zeynep.ticketPath}\n`),
      200,
    ).json() as {
      registration: Registration;
    };
    expect(first.registration).toMatchObject({
      name: 'Zeynep Kaya',
      checkedInAt: '2026-11-26T06:40:00.000Z',
    });
    t.setNow(new Date('2026-11-26T07:05:00Z'));
    const again = await checkIn(ticketTokenOf(zeynep));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: {
        code: 'already_checked_in',
        // The venue's clock: Istanbul, UTC+3.
        message: 'Zeynep Kaya was already checked in at 09:40',
        details: { registration: { name: 'Zeynep Kaya', checkedInAt: '2026-11-26T06:40:00.000Z' } },
      },
    });
  });

  it('refuses forged text, a forged token and another event’s ticket alike', async () => {
    const other = await createEvent(owner, slug, { title: 'Another day' });
    const foreign = await registerOnPage(
      t.anonymous(),
      other.publicCode,
      'Foreign',
      'foreign@firm.example',
    );
    const forged = 'A'.repeat(43);
    for (const text of ['hello', `/e/ticket/${forged}`, foreign.ticketPath, '']) {
      const response = await checkIn(text);
      expect(response.statusCode, text).toBe(404);
      expect(response.json()).toMatchObject({
        error: { code: 'ticket_not_found', message: 'this QR code is not a ticket for this event' },
      });
    }
  });

  it('refuses a waiting guest with their position, and a cancelled ticket', async () => {
    const mehmet = guests['Mehmet Öz'] as PublicRegistration;
    const waiting = await checkIn(mehmet.ticketPath);
    expect(waiting.statusCode).toBe(409);
    expect(waiting.json()).toMatchObject({
      error: {
        code: 'waitlisted',
        message:
          'Mehmet Öz is on the waiting list (position 1); check them in from the list to give them a seat',
        details: { registration: { status: 'waitlisted', waitlistPosition: 1 } },
      },
    });
    const cagri = guests['Çağrı Demir'] as PublicRegistration;
    expectStatus(
      await t.anonymous().post(`/api/public/tickets/${ticketTokenOf(cagri)}/cancel`),
      200,
    );
    const cancelled = await checkIn(cagri.ticketPath);
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json()).toMatchObject({ error: { code: 'registration_cancelled' } });
  });

  it('has given the cancelled seat to the first waiting guest', async () => {
    const { items } = await registrations('?q=mehmet');
    expect(items[0]).toMatchObject({ status: 'registered', waitlistPosition: null });
    expect(
      (await registrations('?status=waitlisted')).items.map((r) => [r.name, r.waitlistPosition]),
    ).toEqual([['İlker Şahin', 1]]);
  });
});

describe('check-in from the list, its undo and cancellation', () => {
  it('gives a waiting guest a seat when checked in from the list; a second time is refused', async () => {
    const id = await idOf('İlker Şahin');
    const seated = expectStatus(
      await owner.post(`${base()}/registrations/${id}/check-in`),
      200,
    ).json() as Registration;
    expect(seated).toMatchObject({ status: 'registered', waitlistPosition: null });
    expect(seated.checkedInAt).not.toBeNull();
    const again = await owner.post(`${base()}/registrations/${id}/check-in`);
    expect(again.json()).toMatchObject({ error: { code: 'already_checked_in' } });
  });

  it('undoes a check-in and keeps the seat', async () => {
    const id = await idOf('İlker Şahin');
    const undone = expectStatus(
      await owner.delete(`${base()}/registrations/${id}/check-in`),
      200,
    ).json() as Registration;
    expect(undone).toMatchObject({ status: 'registered', checkedInAt: null });
  });

  it('cancels a seated guest, promoting the first waiting one', async () => {
    const small = await createEvent(owner, slug, { capacity: 1, title: 'Small' });
    const smallUrl = `/api/projects/${slug}/events/${small.id}`;
    await registerOnPage(t.anonymous(), small.publicCode, 'First Guest', 'first@firm.example');
    t.setNow(new Date(start + 61_000));
    const late = await registerOnPage(
      t.anonymous(),
      small.publicCode,
      'Late Guest',
      'late@firm.example',
    );
    t.setNow(new Date(start + 62_000));
    await registerOnPage(t.anonymous(), small.publicCode, 'Later Guest', 'later@firm.example');
    expect(late.status).toBe('waitlisted');
    const { items } = expectStatus(await owner.get(`${smallUrl}/registrations`), 200).json() as {
      items: Registration[];
    };
    const id = items.find((r) => r.name === 'First Guest')?.id ?? '';
    const answer = expectStatus(
      await owner.post(`${smallUrl}/registrations/${id}/cancel`),
      200,
    ).json() as {
      registration: Registration;
      promoted: Registration | null;
    };
    expect(answer.registration).toMatchObject({ status: 'cancelled' });
    expect(answer.registration.cancelledAt).not.toBeNull();
    expect(answer.promoted).toMatchObject({ name: 'Late Guest', status: 'registered' });
  });

  it('refuses to cancel a checked-in guest, and answers 404 for an unknown registration', async () => {
    const id = await idOf('Zeynep Kaya');
    expect((await owner.post(`${base()}/registrations/${id}/cancel`)).json()).toMatchObject({
      error: { code: 'already_checked_in' },
    });
    const unknown = '7d6f1a52-57a4-4f2e-9d0c-0f4bb1d1e000';
    expect((await owner.post(`${base()}/registrations/${unknown}/check-in`)).statusCode).toBe(404);
    expect((await owner.post(`${base()}/registrations/${unknown}/cancel`)).statusCode).toBe(404);
  });
});

describe('the attendance export', () => {
  const hostile = '=HYPERLINK("http://evil.example","click")';

  beforeAll(async () => {
    await registerOnPage(t.anonymous(), event.publicCode, hostile, 'hostile@firm.example', {
      organisation: '<script>alert(1)</script>\u001b[31m',
    });
  });

  it('writes CSV with snake_case headings, formulas neutralised and control characters made visible', async () => {
    const response = expectStatus(await owner.get(`${base()}/attendance?format=csv`), 200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${slug}-attendance-2026-12-17.csv"`,
    );
    const text = response.body.replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe(
      'name,organisation,organisation_type,email,status,source,waitlist_position,registered_at,checked_in_at',
    );
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain('<script>alert(1)</script>\uFFFD[31m');
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(
      /Zeynep Kaya,Ege Döküm,,zeynep@firm.example,registered,public,,[^,]+,2026-11-26T06:40:00.000Z/,
    );
  });

  it('writes XLSX with the same rows, the hostile name as text and not a formula', async () => {
    const response = expectStatus(await owner.get(`${base()}/attendance?format=xlsx`), 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('attendance');
    expect(sheet?.getRow(1).getCell(1).value).toBe('name');
    const names: unknown[] = [];
    sheet?.eachRow((row) => names.push(row.getCell(1).value));
    expect(names).toContain(`'${hostile}`);
    expect(names).toContain('Zeynep Kaya');
    const hostileRow = names.indexOf(`'${hostile}`) + 1;
    expect(sheet?.getRow(hostileRow).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });
});
