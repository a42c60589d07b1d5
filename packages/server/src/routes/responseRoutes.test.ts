// Responses through the API: the interview mode's sync is idempotent by the client's id (one
// response, one interview however often it syncs), updates replace the relations; list, read,
// delete.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import {
  completeAnswers,
  openFirmQuestionnaire,
  type QuestionnaireFixture,
} from '../../test/fieldStudyFixtures';

describe('responses and the interview sync', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let q: QuestionnaireFixture;
  let ege: string;
  let anadolu: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com', { name: 'Ayşe Facilitator' });
    slug = await createProject(owner, 'Interview cluster');
    ege = await addOrganisation(owner, slug, { name: 'Ege Döküm', type: 'firm' });
    anadolu = await addOrganisation(owner, slug, { name: 'Anadolu Talaş', type: 'firm' });
    q = await openFirmQuestionnaire(owner, slug);
    base = `/api/projects/${slug}/questionnaires/${q.id}`;
  });
  afterAll(() => t.close());

  const relationsFrom = async (name: string) =>
    (
      expectStatus(await owner.get(`/api/projects/${slug}/relations`), 200).json() as {
        source: { name: string };
        target: { name: string; needsReview: boolean };
      }[]
    ).filter((r) => r.source.name === name);
  const interviewCount = async () => (await t.database.db.query.interviews.findMany()).length;

  it('syncing the same interview twice stores one response and one interview', async () => {
    const id = randomUUID();
    const body = {
      id,
      organisationId: ege,
      answers: completeAnswers(q.definition, [{ organisationId: anadolu }]),
      submitted: true,
      heldOn: '2026-11-20',
      notes: 'Met the owner',
    };
    const before = await interviewCount();
    expect((await owner.post(`${base}/interview-responses`, body)).statusCode).toBe(201);
    const again = expectStatus(await owner.post(`${base}/interview-responses`, body), 200);
    expect(again.json()).toMatchObject({
      id,
      channel: 'interview',
      status: 'submitted',
      organisationName: 'Ege Döküm',
      interviewerName: 'Ayşe Facilitator',
    });
    const list = expectStatus(await owner.get(`${base}/responses`), 200).json() as { id: string }[];
    expect(list.filter((r) => r.id === id)).toHaveLength(1);
    expect(await interviewCount()).toBe(before + 1);
    expect(await relationsFrom('Ege Döküm')).toHaveLength(1);
  });

  it('a later sync of a submitted interview replaces its relations', async () => {
    const id = randomUUID();
    const sync = (partners: { organisationId?: string; organisationName?: string }[]) =>
      owner.post(`${base}/interview-responses`, {
        id,
        organisationId: anadolu,
        answers: completeAnswers(q.definition, partners),
        submitted: true,
        heldOn: '2026-11-21',
      });
    expectStatus(await sync([{ organisationId: ege }]), 201);
    expectStatus(await sync([{ organisationName: 'Field New Firm' }]), 200);
    const relations = await relationsFrom('Anadolu Talaş');
    expect(relations.map((r) => [r.target.name, r.target.needsReview])).toEqual([
      ['Field New Firm', true],
    ]);
  });

  it('a draft sync skips required answers; invalid answers are 400 with their paths', async () => {
    const draft = await owner.post(`${base}/interview-responses`, {
      id: randomUUID(),
      organisationName: 'Walk-in Firm',
      answers: { firm_name: 'Walk-in Firm' },
      submitted: false,
      heldOn: '2026-11-22',
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', organisationName: 'Walk-in Firm' });
    const invalid = await owner.post(`${base}/interview-responses`, {
      id: randomUUID(),
      answers: { firm_name: 'x', unknown_question: 'y' },
      submitted: false,
      heldOn: '2026-11-22',
    });
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(invalid.json())).toContain('unknown_question');
  });

  it('an organisation of another project is 400', async () => {
    const other = await createProject(owner, 'Other interview cluster');
    const foreign = await addOrganisation(owner, other, { name: 'Foreign', type: 'firm' });
    const response = await owner.post(`${base}/interview-responses`, {
      id: randomUUID(),
      organisationId: foreign,
      answers: {},
      submitted: false,
      heldOn: '2026-11-22',
    });
    expect(response.statusCode).toBe(400);
  });

  it('reads one response and deletes it with its relations', async () => {
    const id = randomUUID();
    const a = await addOrganisation(owner, slug, { name: 'Delete Me Firm', type: 'firm' });
    expectStatus(
      await owner.post(`${base}/interview-responses`, {
        id,
        organisationId: a,
        answers: completeAnswers(q.definition, [{ organisationId: ege }]),
        submitted: true,
        heldOn: '2026-11-23',
      }),
      201,
    );
    const one = expectStatus(await owner.get(`${base}/responses/${id}`), 200).json() as {
      answers: Record<string, unknown>;
    };
    expect(one.answers.firm_name).toBe('Answer to firm_name');
    expect(await relationsFrom('Delete Me Firm')).toHaveLength(1);
    expectStatus(await owner.delete(`${base}/responses/${id}`), 204);
    expect((await owner.get(`${base}/responses/${id}`)).statusCode).toBe(404);
    expect(await relationsFrom('Delete Me Firm')).toHaveLength(0);
  });
});
