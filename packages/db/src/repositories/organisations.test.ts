// Repository contract for the organisation registry and contacts; runs on PGlite and PostgreSQL.

import {
  contactInputSchema,
  organisationInputSchema,
  projectInputSchema,
  type ContactInput,
  type OrganisationInput,
} from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { DuplicateError } from '../errors';
import {
  deleteContact,
  deleteOrganisation,
  findOrganisation,
  insertContact,
  insertOrganisations,
  listContacts,
  listOrganisations,
  organisationNameKeys,
  updateContact,
  updateOrganisation,
} from './organisations';
import { createProject, deleteProject } from './projects';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const newProject = (name: string) => createProject(db, projectInputSchema.parse({ name }), null);
const organisation = (name: string, fields: Record<string, unknown> = {}): OrganisationInput =>
  organisationInputSchema.parse({ name, type: 'firm', ...fields });
const contact = (name: string, fields: Record<string, unknown> = {}): ContactInput =>
  contactInputSchema.parse({ name, ...fields });
const one = async (projectId: string, name: string, contacts: ContactInput[] = []) => {
  const [row] = await insertOrganisations(db, projectId, [
    { organisation: organisation(name), contacts },
  ]);
  if (!row) throw new Error('nothing inserted');
  return row;
};
const names = async (projectId: string) =>
  (await listOrganisations(db, projectId)).map((o) => o.name);

describe('insertOrganisations', () => {
  it('stores organisations with their contacts and the folded name key', async () => {
    const project = await newProject('Kayıt');
    const [row] = await insertOrganisations(db, project.id, [
      {
        organisation: organisation('Ege Döküm A.Ş.', {
          employees: 120,
          website: 'egedokum.example',
          city: 'İzmir',
        }),
        contacts: [
          contact('Ayşe Yılmaz', { email: 'AYSE@EGE.EXAMPLE', consentToContact: true }),
          contact('Mehmet Kaya'),
        ],
      },
    ]);
    expect(row).toMatchObject({
      projectId: project.id,
      name: 'Ege Döküm A.Ş.',
      nameKey: 'ege dokum a.s.',
      employees: 120,
      website: 'https://egedokum.example/',
      city: 'İzmir',
    });
    const people = await listContacts(db, project.id, [row?.id as string]);
    expect(people.map((c) => [c.name, c.email, c.consentToContact])).toEqual([
      ['Ayşe Yılmaz', 'ayse@ege.example', true],
      ['Mehmet Kaya', null, false],
    ]);
    expect(await organisationNameKeys(db, project.id)).toEqual(new Set(['ege dokum a.s.']));
  });

  it('stores a batch in order and returns the rows in the same order', async () => {
    const project = await newProject('Toplu');
    const rows = await insertOrganisations(
      db,
      project.id,
      ['Zeta', 'Alfa', 'Beta'].map((name) => ({
        organisation: organisation(name),
        contacts: [contact(`${name} kişi`)],
      })),
    );
    expect(rows.map((r) => r.name)).toEqual(['Zeta', 'Alfa', 'Beta']);
    const people = await listContacts(db, project.id);
    for (const row of rows) {
      expect(people.find((c) => c.organisationId === row.id)?.name).toBe(`${row.name} kişi`);
    }
    expect(await names(project.id)).toEqual(['Alfa', 'Beta', 'Zeta']);
  });

  it('rejects "İZMİR DÖKÜM" when "İzmir Döküm" is registered, with a DuplicateError on the name', async () => {
    const project = await newProject('Mükerrer');
    await one(project.id, 'İzmir Döküm');
    const attempt = one(project.id, 'İZMİR DÖKÜM');
    await expect(attempt).rejects.toBeInstanceOf(DuplicateError);
    await expect(attempt).rejects.toMatchObject({ field: 'name' });
    expect(await names(project.id)).toEqual(['İzmir Döküm']);
  });

  it('writes nothing from a batch with one duplicate, in the registry or within the batch', async () => {
    const project = await newProject('Hepsi ya da Hiçbiri');
    await one(project.id, 'İzmir Döküm');
    const batch = (duplicate: string) =>
      insertOrganisations(db, project.id, [
        { organisation: organisation('Gediz Makina'), contacts: [contact('Caner')] },
        { organisation: organisation(duplicate), contacts: [] },
      ]);
    await expect(batch('izmir  döküm')).rejects.toBeInstanceOf(DuplicateError);
    await expect(batch('GEDİZ MAKİNA')).rejects.toBeInstanceOf(DuplicateError);
    expect(await names(project.id)).toEqual(['İzmir Döküm']);
    expect(await listContacts(db, project.id)).toEqual([]);
  });

  it('allows the same name in another project', async () => {
    const first = await newProject('Proje A');
    const second = await newProject('Proje B');
    await one(first.id, 'Ege Makina');
    await one(second.id, 'Ege Makina');
    expect(await names(second.id)).toEqual(['Ege Makina']);
  });

  it('stores a batch larger than one statement chunk', async () => {
    const project = await newProject('Büyük Dosya');
    const items = Array.from({ length: 1_203 }, (_, i) => ({
      organisation: organisation(`Firma ${i}`),
      contacts: i % 2 === 0 ? [contact(`Kişi ${i}`)] : [],
    }));
    const rows = await insertOrganisations(db, project.id, items);
    expect(rows).toHaveLength(1_203);
    expect(rows[1_202]?.name).toBe('Firma 1202');
    expect(await listContacts(db, project.id)).toHaveLength(602);
  });
});

describe('organisations are scoped to their project', () => {
  it('are found, updated and deleted only through their own project', async () => {
    const project = await newProject('Kapsam');
    const other = await newProject('Kapsam Dışı');
    const row = await one(project.id, 'Körfez Kalıp');
    expect(await findOrganisation(db, other.id, row.id)).toBeUndefined();
    expect(
      await updateOrganisation(db, other.id, row.id, { name: 'Ele Geçirildi' }),
    ).toBeUndefined();
    expect(await deleteOrganisation(db, other.id, row.id)).toBe(false);
    expect((await findOrganisation(db, project.id, row.id))?.name).toBe('Körfez Kalıp');
  });

  it('are updated through their project, with the name key following the name', async () => {
    const project = await newProject('Güncelle');
    const row = await one(project.id, 'Körfez Kalıp');
    const updated = await updateOrganisation(db, project.id, row.id, {
      name: 'Körfez Kalıp ve Döküm',
      employees: 45,
    });
    expect(updated).toMatchObject({
      name: 'Körfez Kalıp ve Döküm',
      nameKey: 'korfez kalip ve dokum',
      employees: 45,
    });
    const unchanged = await updateOrganisation(db, project.id, row.id, { city: 'Manisa' });
    expect(unchanged).toMatchObject({
      name: 'Körfez Kalıp ve Döküm',
      city: 'Manisa',
      employees: 45,
    });
  });

  it('reject a rename to the folded name of another organisation', async () => {
    const project = await newProject('Yeniden Adlandır');
    await one(project.id, 'Işık Makina');
    const row = await one(project.id, 'Yıldız Pompa');
    await expect(
      updateOrganisation(db, project.id, row.id, { name: 'IŞIK MAKİNA' }),
    ).rejects.toBeInstanceOf(DuplicateError);
    expect((await findOrganisation(db, project.id, row.id))?.name).toBe('Yıldız Pompa');
  });

  it('are deleted with their contacts', async () => {
    const project = await newProject('Sil');
    const row = await one(project.id, 'Nif Döküm', [contact('Gül')]);
    expect(await deleteOrganisation(db, project.id, row.id)).toBe(true);
    expect(await deleteOrganisation(db, project.id, row.id)).toBe(false);
    expect(await listContacts(db, project.id)).toEqual([]);
  });

  it('are deleted with their project', async () => {
    const project = await newProject('Proje Silinir');
    await one(project.id, 'Efes Metal', [contact('Oğuz')]);
    await deleteProject(db, project.id);
    expect(await listOrganisations(db, project.id)).toEqual([]);
    expect(await listContacts(db, project.id)).toEqual([]);
  });
});

describe('contacts', () => {
  it('are added, updated and deleted only through their own project', async () => {
    const project = await newProject('Kişiler');
    const other = await newProject('Başka Kişiler');
    const row = await one(project.id, 'Urla Makina');
    const person = await insertContact(
      db,
      project.id,
      row.id,
      contact('Serkan', { role: 'Müdür' }),
    );
    expect(await updateContact(db, other.id, person.id, { role: 'Stajyer' })).toBeUndefined();
    expect(await deleteContact(db, other.id, person.id)).toBe(false);
    expect(await updateContact(db, project.id, person.id, { role: 'Genel Müdür' })).toMatchObject({
      name: 'Serkan',
      role: 'Genel Müdür',
    });
    expect(await deleteContact(db, project.id, person.id)).toBe(true);
    expect(await listContacts(db, project.id)).toEqual([]);
  });

  it('are listed for the given organisations only, and for none when given none', async () => {
    const project = await newProject('Kişi Listesi');
    const a = await one(project.id, 'A Firması', [contact('Ahmet')]);
    await one(project.id, 'B Firması', [contact('Berk')]);
    expect((await listContacts(db, project.id, [a.id])).map((c) => c.name)).toEqual(['Ahmet']);
    expect(await listContacts(db, project.id, [])).toEqual([]);
    expect(await listContacts(db, project.id)).toHaveLength(2);
  });
});
