// Interviews and focus groups through the API: records with participants and tagged quotes,
// edits that replace them, references checked against the project, roles, and the quote list.

import { listContacts, setMemberRole } from '@kume/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdOf } from '../../test/analysisFixtures';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { InterviewView } from '../apiTypes';

describe('interviews and focus groups', () => {
  let t: TestApp;
  let owner: Agent;
  let viewer: Agent;
  let slug: string;
  let firmA: string;
  let firmB: string;
  let contactA: string;
  let foreignFirm: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com', { name: 'Owner' });
    viewer = await t.signUp('viewer@example.com');
    slug = await createProject(owner, 'Interview cluster');
    firmA = await addOrganisation(owner, slug, {
      name: 'Ege Döküm',
      type: 'firm',
      contacts: [{ name: 'Ayşe Kaya' }],
    });
    firmB = await addOrganisation(owner, slug, { name: 'Gediz Makina', type: 'firm' });
    const [contact] = await listContacts(t.database.db, await projectIdOf(t, slug), [firmA]);
    contactA = contact!.id;
    const other = await createProject(owner, 'Other cluster');
    foreignFirm = await addOrganisation(owner, other, { name: 'Başka Firma', type: 'firm' });
    // The viewer role is given directly: invitations are tested elsewhere.
    await setMemberRole(t.database.db, await projectIdOf(t, slug), viewer.userId!, 'viewer');
  });
  afterAll(() => t.close());

  const url = (path = '') => `/api/projects/${slug}/interviews${path}`;
  const focusGroup = () => ({
    kind: 'focus_group',
    heldOn: '2026-11-20',
    title: 'Odak grup: dökümcüler',
    notes: 'Sekiz KOBİ',
    facilitatorId: owner.userId,
    participants: [
      { organisationId: firmA, contactId: contactA },
      { organisationId: firmB, name: 'Mehmet' },
      { name: 'Bağımsız danışman' },
    ],
    quotes: [
      { text: 'Enerji pahalı.', tags: ['enerji', 'maliyet'], organisationId: firmA },
      { text: 'Usta bulamıyoruz.', tags: ['İşgücü'] },
    ],
  });

  it('records a focus group with its SMEs, people and tagged quotes, and reads it back', async () => {
    const created = expectStatus(
      await owner.post(url(), focusGroup()),
      201,
    ).json() as InterviewView;
    expect(created).toMatchObject({
      kind: 'focus_group',
      heldOn: '2026-11-20',
      title: 'Odak grup: dökümcüler',
      facilitatorName: 'Owner',
      participants: [
        { organisationId: firmA, organisationName: 'Ege Döküm', contactId: contactA, name: '' },
        {
          organisationId: firmB,
          organisationName: 'Gediz Makina',
          contactId: null,
          name: 'Mehmet',
        },
        {
          organisationId: null,
          organisationName: null,
          contactId: null,
          name: 'Bağımsız danışman',
        },
      ],
      quotes: [
        { text: 'Enerji pahalı.', tags: ['enerji', 'maliyet'], organisationName: 'Ege Döküm' },
        { text: 'Usta bulamıyoruz.', tags: ['İşgücü'], organisationId: null },
      ],
    });
    const read = expectStatus(await viewer.get(url(`/${created.id}`)), 200).json();
    expect(read).toEqual(created);
  });

  it('a participant named only by a contact takes the contact’s organisation', async () => {
    const body = { ...focusGroup(), kind: 'interview', participants: [{ contactId: contactA }] };
    const created = expectStatus(await owner.post(url(), body), 201).json() as InterviewView;
    expect(created.participants).toEqual([
      { organisationId: firmA, organisationName: 'Ege Döküm', contactId: contactA, name: '' },
    ]);
  });

  it('editing replaces participants and quotes; deleting removes the record', async () => {
    const created = expectStatus(
      await owner.post(url(), focusGroup()),
      201,
    ).json() as InterviewView;
    const edited = expectStatus(
      await owner.put(url(`/${created.id}`), {
        ...focusGroup(),
        title: 'Yeni başlık',
        participants: [{ organisationId: firmB }],
        quotes: [],
      }),
      200,
    ).json() as InterviewView;
    expect(edited.title).toBe('Yeni başlık');
    expect(edited.participants.map((p) => p.organisationId)).toEqual([firmB]);
    expect(edited.quotes).toEqual([]);
    expect((await owner.delete(url(`/${created.id}`))).statusCode).toBe(204);
    expect((await owner.get(url(`/${created.id}`))).statusCode).toBe(404);
  });

  it('lists by kind and by participating organisation', async () => {
    const all = expectStatus(await owner.get(url()), 200).json() as InterviewView[];
    const groups = (await owner.get(url('?kind=focus_group'))).json() as InterviewView[];
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((i) => i.kind === 'focus_group')).toBe(true);
    expect(groups.length).toBeLessThan(all.length);
    const ofB = (await owner.get(url(`?organisationId=${firmB}`))).json() as InterviewView[];
    expect(ofB.length).toBeGreaterThan(0);
    expect(ofB.every((i) => i.participants.some((p) => p.organisationId === firmB))).toBe(true);
  });

  it('a participant from another project is refused with 400 naming its index, nothing written', async () => {
    const before = ((await owner.get(url())).json() as unknown[]).length;
    const body = {
      ...focusGroup(),
      participants: [{ organisationId: firmA }, { organisationId: foreignFirm }],
    };
    const response = await owner.post(url(), body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      { path: 'participants.1.organisationId', message: expect.stringContaining('participant 2') },
    ]);
    const quote = await owner.post(url(), {
      ...focusGroup(),
      quotes: [{ text: 'x', tags: [], organisationId: foreignFirm }],
    });
    expect(quote.json().error.issues[0].path).toBe('quotes.0.organisationId');
    const empty = await owner.post(url(), { ...focusGroup(), participants: [{}] });
    expect(empty.statusCode).toBe(400);
    expect(((await owner.get(url())).json() as unknown[]).length).toBe(before);
  });

  it('a viewer reads but cannot record, edit or delete', async () => {
    expect((await viewer.get(url())).statusCode).toBe(200);
    expect((await viewer.post(url(), focusGroup())).statusCode).toBe(403);
    const [first] = (await owner.get(url())).json() as InterviewView[];
    expect((await viewer.put(url(`/${first!.id}`), focusGroup())).statusCode).toBe(403);
    expect((await viewer.delete(url(`/${first!.id}`))).statusCode).toBe(403);
  });

  it('lists tagged quotes across interviews with tag counts, filtered by a tag in any case', async () => {
    const all = expectStatus(await owner.get(`/api/projects/${slug}/quotes`), 200).json() as {
      quotes: { text: string; tags: string[]; interviewTitle: string }[];
      tags: { tag: string; count: number }[];
    };
    const energy = all.quotes.filter((q) => q.tags.includes('enerji')).length;
    expect(energy).toBeGreaterThan(0);
    expect(all.tags).toContainEqual({ tag: 'enerji', count: energy });
    const filtered = (await owner.get(`/api/projects/${slug}/quotes?tag=ISGUCU`)).json() as {
      quotes: { text: string }[];
    };
    expect(filtered.quotes.length).toBeGreaterThan(0);
    expect(filtered.quotes.every((q) => q.text === 'Usta bulamıyoruz.')).toBe(true);
  });
});
