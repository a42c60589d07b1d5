// The organisation registry through the API: create, read, edit, delete, contacts, duplicate
// names, validation that names the field, hostile text kept as text, and the list's search,
// filter, sort and pages.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import {
  addOrganisation,
  createProject,
  expectStatus,
  registryCount,
} from '../../test/projectFixtures';

interface Organisation {
  id: string;
  name: string;
  type: string;
  employees: number | null;
  website: string | null;
  notes: string | null;
}
interface Contact {
  id: string;
  organisationId: string;
  name: string;
  role: string | null;
  email: string | null;
  consentToContact: boolean;
}
interface ListPage {
  items: Organisation[];
  total: number;
  page: number;
  pageSize: number;
}

describe('organisation registry', () => {
  let t: TestApp;
  let owner: Agent;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
  });
  afterAll(() => t.close());

  describe('one organisation from creation to deletion', () => {
    let slug: string;
    let base: string;
    let id: string;
    beforeAll(async () => {
      slug = await createProject(owner, 'Registry cluster');
      base = `/api/projects/${slug}/organisations`;
    });

    it('is created with its contacts and read back with them', async () => {
      const response = await owner.post(base, {
        name: 'Ege Döküm A.Ş.',
        type: 'firm',
        industryCode: 'c24.51',
        employees: 250,
        city: 'İzmir',
        website: 'egedokum.com.tr',
        contacts: [{ name: 'Ayşe Yılmaz', email: 'Ayse@EgeDokum.com.tr', consentToContact: true }],
      });
      expect(response.statusCode).toBe(201);
      const created = response.json() as Organisation;
      id = created.id;
      expect(created).toMatchObject({
        industryCode: 'C24.51',
        website: 'https://egedokum.com.tr/',
        employees: 250,
      });
      const detail = expectStatus(await owner.get(`${base}/${id}`), 200).json() as {
        name: string;
        contacts: Contact[];
        commitments: unknown[];
        visits: unknown[];
      };
      expect(detail.name).toBe('Ege Döküm A.Ş.');
      expect(detail.contacts).toEqual([
        expect.objectContaining({
          name: 'Ayşe Yılmaz',
          email: 'ayse@egedokum.com.tr',
          consentToContact: true,
        }),
      ]);
      expect(detail.commitments).toEqual([]);
      expect(detail.visits).toEqual([]);
    });

    it('is edited field by field, and a field set to null is cleared', async () => {
      const response = await owner.patch(`${base}/${id}`, { employees: 310, website: null });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        name: 'Ege Döküm A.Ş.',
        employees: 310,
        website: null,
        industryCode: 'C24.51',
      });
    });

    it('gets a contact added, edited (consent kept) and deleted', async () => {
      const added = await owner.post(`${base}/${id}/contacts`, {
        name: 'Mehmet Kaya',
        role: 'Genel Müdür',
        phone: '+90 232 123 45 67',
        consentToContact: true,
      });
      expect(added.statusCode).toBe(201);
      const contact = added.json() as Contact;
      expect(contact).toMatchObject({ organisationId: id, consentToContact: true });

      const edited = await owner.patch(`${base}/${id}/contacts/${contact.id}`, {
        role: 'Satın Alma Müdürü',
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ role: 'Satın Alma Müdürü', consentToContact: true });

      expect((await owner.delete(`${base}/${id}/contacts/${contact.id}`)).statusCode).toBe(204);
      const detail = (await owner.get(`${base}/${id}`)).json() as { contacts: Contact[] };
      expect(detail.contacts.map((c) => c.name)).toEqual(['Ayşe Yılmaz']);
    });

    it('a contact is reached only through its own organisation (404 otherwise, nothing changed)', async () => {
      const otherId = await addOrganisation(owner, slug, { name: 'Başka Firma', type: 'firm' });
      const detail = (await owner.get(`${base}/${id}`)).json() as { contacts: Contact[] };
      const contactId = detail.contacts[0]?.id;
      const patched = await owner.patch(`${base}/${otherId}/contacts/${contactId}`, {
        name: 'Hijacked',
      });
      expect(patched.statusCode).toBe(404);
      expect((await owner.delete(`${base}/${otherId}/contacts/${contactId}`)).statusCode).toBe(404);
      const after = (await owner.get(`${base}/${id}`)).json() as { contacts: Contact[] };
      expect(after.contacts.map((c) => c.name)).toEqual(['Ayşe Yılmaz']);
    });

    it('is deleted with its contacts, and then answers 404', async () => {
      expect((await owner.delete(`${base}/${id}`)).statusCode).toBe(204);
      expect((await owner.get(`${base}/${id}`)).statusCode).toBe(404);
      expect((await owner.delete(`${base}/${id}`)).statusCode).toBe(404);
    });
  });

  describe('duplicate names', () => {
    let slug: string;
    beforeAll(async () => {
      slug = await createProject(owner, 'Duplicate cluster');
      await addOrganisation(owner, slug, { name: 'Işık Döküm Sanayi', type: 'firm' });
    });

    for (const name of ['IŞIK DÖKÜM SANAYİ', 'ışık döküm sanayi', 'Isik Dokum  Sanayi']) {
      it(`"${name}" is a duplicate of "Işık Döküm Sanayi": 409, and nothing is written`, async () => {
        const response = await owner.post(`/api/projects/${slug}/organisations`, {
          name,
          type: 'supplier',
          contacts: [{ name: 'Should Not Exist' }],
        });
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({
          error: { code: 'conflict', issues: [{ path: 'name' }] },
        });
        expect(await registryCount(owner, slug)).toBe(1);
      });
    }

    it('renaming onto an existing name is 409 and keeps the old name', async () => {
      const id = await addOrganisation(owner, slug, { name: 'Aliağa Çelik', type: 'supplier' });
      const response = await owner.patch(`/api/projects/${slug}/organisations/${id}`, {
        name: 'ISIK DÖKÜM SANAYİ',
      });
      expect(response.statusCode).toBe(409);
      expect((await owner.get(`/api/projects/${slug}/organisations/${id}`)).json()).toMatchObject({
        name: 'Aliağa Çelik',
      });
    });

    it('the same name in another project is fine', async () => {
      const other = await createProject(owner, 'Another cluster');
      const response = await owner.post(`/api/projects/${other}/organisations`, {
        name: 'Işık Döküm Sanayi',
        type: 'firm',
      });
      expect(response.statusCode).toBe(201);
    });
  });

  describe('validation', () => {
    let slug: string;
    beforeAll(async () => {
      slug = await createProject(owner, 'Validation cluster');
    });

    const cases: [string, Record<string, unknown>, string][] = [
      ['a text size', { employees: 'many' }, 'body.employees'],
      ['a fractional size', { employees: 12.5 }, 'body.employees'],
      ['a negative size', { employees: -1 }, 'body.employees'],
      ['an unknown type', { type: 'spaceship' }, 'body.type'],
      ['a latitude past 90', { latitude: 91 }, 'body.latitude'],
      ['a made-up industry code', { industryCode: 'ABC' }, 'body.industryCode'],
      ['an empty name', { name: '  ' }, 'body.name'],
      ['a javascript: website', { website: 'javascript:alert(1)' }, 'body.website'],
      ['a data: website', { website: 'data:text/html,<b>x</b>' }, 'body.website'],
      ['a contact without a name', { contacts: [{ name: '' }] }, 'body.contacts.0.name'],
      [
        'a contact email that is not one',
        { contacts: [{ name: 'A', email: 'a@' }] },
        'body.contacts.0.email',
      ],
    ];
    for (const [what, change, path] of cases) {
      it(`${what} is 400 naming ${path}, and nothing is written`, async () => {
        const response = await owner.post(`/api/projects/${slug}/organisations`, {
          name: 'Valid Name',
          type: 'firm',
          ...change,
        });
        expect(response.statusCode).toBe(400);
        const { error } = response.json() as {
          error: { code: string; issues: { path: string }[] };
        };
        expect(error.code).toBe('validation');
        expect(error.issues.map((i) => i.path)).toContain(path);
        expect(await registryCount(owner, slug)).toBe(0);
      });
    }

    it('a commitment score outside 1-5 is 400 naming body.willingness', async () => {
      const id = await addOrganisation(owner, slug, { name: 'Scored Firm', type: 'firm' });
      const response = await owner.post(`/api/projects/${slug}/organisations/${id}/commitments`, {
        willingness: 6,
        influence: 3,
        assessedOn: '2026-11-20',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ path: 'body.willingness' }] } });
    });
  });

  it('hostile strings are stored and answered verbatim, as JSON text', async () => {
    const slug = await createProject(owner, 'Hostile cluster');
    const hostile = {
      name: '<script>alert(1)</script>',
      type: 'firm',
      notes: '=HYPERLINK("http://evil.example","click")',
      district: '@SUM(A1)',
      valueChainStage: "+cmd|' /C calc'!A0",
      address: '<img src=x onerror=alert(1)>',
    };
    const created = await owner.post(`/api/projects/${slug}/organisations`, hostile);
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    const { type: _type, ...texts } = hostile;
    expect(created.json()).toMatchObject(texts);
    const list = (await owner.get(`/api/projects/${slug}/organisations`)).json() as ListPage;
    expect(list.items[0]).toMatchObject(texts);
    expect((await owner.get(`/api/projects/${slug}/organisations?q=script`)).json()).toMatchObject({
      total: 1,
    });
  });

  describe('the list', () => {
    let slug: string;
    const list = async (query: string) =>
      expectStatus(
        await owner.get(`/api/projects/${slug}/organisations?${query}`),
        200,
      ).json() as ListPage;
    const names = (page: ListPage) => page.items.map((o) => o.name);

    beforeAll(async () => {
      slug = await createProject(owner, 'List cluster');
      const organisations = [
        { name: 'İZMİR DÖKÜM SANAYİ', type: 'firm', employees: 250 },
        { name: 'Ege Makine', type: 'firm', employees: 40, city: 'Manisa' },
        { name: 'Dokuz Eylül Üniversitesi', type: 'university', city: 'İzmir' },
        { name: 'Aliağa Çelik', type: 'supplier', employees: 900 },
        { name: 'Çiğli Kalıp', type: 'firm', employees: 12 },
        { name: 'Ege Bölgesi Sanayi Odası', type: 'chamber', employees: 60 },
      ];
      for (const organisation of organisations) await addOrganisation(owner, slug, organisation);
    });

    it('search "izmir" finds "İZMİR DÖKÜM SANAYİ" and an organisation whose city is İzmir', async () => {
      expect(names(await list('q=izmir'))).toEqual([
        'Dokuz Eylül Üniversitesi',
        'İZMİR DÖKÜM SANAYİ',
      ]);
      expect(names(await list('q=IZMIR'))).toHaveLength(2);
    });

    it('search needs every word, typed without Turkish letters', async () => {
      expect(names(await list('q=cigli%20kalip'))).toEqual(['Çiğli Kalıp']);
      expect(names(await list('q=ege%20kalip'))).toEqual([]);
    });

    it('filters by type', async () => {
      const firms = await list('type=firm');
      expect(firms.total).toBe(3);
      expect(firms.items.every((o) => o.type === 'firm')).toBe(true);
    });

    it('sorts by employees, descending, organisations without a size last', async () => {
      expect((await list('sort=employees&dir=desc')).items.map((o) => o.employees)).toEqual([
        900,
        250,
        60,
        40,
        12,
        null,
      ]);
    });

    it('sorts by name in Turkish order (Ç after C, İ after I)', async () => {
      expect(names(await list('sort=name&locale=tr'))).toEqual([
        'Aliağa Çelik',
        'Çiğli Kalıp',
        'Dokuz Eylül Üniversitesi',
        'Ege Bölgesi Sanayi Odası',
        'Ege Makine',
        'İZMİR DÖKÜM SANAYİ',
      ]);
    });

    it('pages: the total counts every match, a page holds pageSize items, a page past the end shows the last', async () => {
      const second = await list('sort=name&pageSize=4&page=2');
      expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
      expect(names(second)).toEqual(['Ege Makine', 'İZMİR DÖKÜM SANAYİ']);
      expect((await list('pageSize=4&page=9')).page).toBe(2);
    });

    it('an unknown sort column is 400 naming querystring.sort', async () => {
      const response = await owner.get(`/api/projects/${slug}/organisations?sort=password`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ path: 'querystring.sort' }] } });
    });
  });

  describe("another project's organisation", () => {
    let mine: string;
    let theirs: string;
    let theirId: string;
    beforeAll(async () => {
      mine = await createProject(owner, 'Mine');
      theirs = await createProject(owner, 'Theirs');
      theirId = await addOrganisation(owner, theirs, { name: 'Their Firm', type: 'firm' });
    });

    it('is 404 through this project for reading, editing, deleting, contacts and commitments', async () => {
      const base = `/api/projects/${mine}/organisations/${theirId}`;
      const statuses = [
        (await owner.get(base)).statusCode,
        (await owner.patch(base, { name: 'Taken Over' })).statusCode,
        (await owner.post(`${base}/contacts`, { name: 'Spy' })).statusCode,
        (
          await owner.post(`${base}/commitments`, {
            willingness: 5,
            influence: 5,
            assessedOn: '2026-11-20',
          })
        ).statusCode,
        (await owner.delete(base)).statusCode,
      ];
      expect(statuses).toEqual([404, 404, 404, 404, 404]);
      const detail = (
        await owner.get(`/api/projects/${theirs}/organisations/${theirId}`)
      ).json() as {
        name: string;
        contacts: unknown[];
        commitments: unknown[];
      };
      expect(detail).toMatchObject({ name: 'Their Firm', contacts: [], commitments: [] });
    });

    it('an id that is not a uuid is 400 naming params.id', async () => {
      const response = await owner.get(`/api/projects/${mine}/organisations/42`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ path: 'params.id' }] } });
    });
  });
});
