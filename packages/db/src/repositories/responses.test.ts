// Repository contract for responses and links: a draft is saved until submission, a response is
// submitted once however many try at once, re-issued links carry the response along, interview
// syncs are idempotent by the client's id. Runs on PGlite and PostgreSQL.

import { randomUUID } from 'node:crypto';
import { organisationInputSchema, projectInputSchema, questionnaireTemplate } from '@kume/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { DuplicateError } from '../errors';
import { interviews } from '../schema/index';
import { insertOrganisations } from './organisations';
import { createProject } from './projects';
import { answeredQuestionIds, insertQuestionnaire, questionnaireCounts } from './questionnaires';
import { findActiveLink, issueLinks, listLinks } from './respondentLinks';
import {
  countResponses,
  findLinkResponse,
  saveLinkDraft,
  submitLinkResponse,
  syncInterviewResponse,
} from './responses';
import { listRelations } from './relations';
import { createUser } from './users';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const now = new Date('2026-11-26T10:00:00Z');
let made = 0;
async function setting() {
  made += 1;
  const owner = await createUser(db, {
    email: `resp${made}@kume.example`,
    name: 'Owner',
    passwordHash: 'x',
  });
  const project = await createProject(
    db,
    projectInputSchema.parse({ name: `Yanıt ${made}` }),
    owner.id,
  );
  const [a, b] = await insertOrganisations(db, project.id, [
    { organisation: organisationInputSchema.parse({ name: 'Firm A', type: 'firm' }), contacts: [] },
    { organisation: organisationInputSchema.parse({ name: 'Firm B', type: 'firm' }), contacts: [] },
  ]);
  if (!a || !b) throw new Error('organisations not inserted');
  const questionnaire = await insertQuestionnaire(
    db,
    project.id,
    questionnaireTemplate('firm_interview'),
    owner.id,
  );
  return { owner, project, a, b, questionnaire };
}
const content = (targetOrganisationId: string) => ({
  answers: { firm_name: 'Firm A', notes_empty: '' },
  relations: [{ questionId: 'suppliers', targetOrganisationId, relationType: 'supplier' as const }],
  profile: { employees: 12.4, district: 'Torbalı' },
});

describe('responses repository', () => {
  it('saves drafts, submits once under 10 concurrent tries, then refuses drafts', async () => {
    const { project, a, b, questionnaire } = await setting();
    const [link] = await issueLinks(
      db,
      project.id,
      questionnaire.id,
      [{ organisationId: a.id, tokenHash: 'hash-a' }],
      now,
    );
    if (!link) throw new Error('no link');
    expect((await saveLinkDraft(db, link, { firm_name: 'Draft' }, now))?.status).toBe('draft');
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => submitLinkResponse(db, link, content(b.id), now)),
    );
    expect(outcomes.filter((o) => o === 'submitted')).toHaveLength(1);
    expect(await countResponses(db, questionnaire.id)).toEqual({ submitted: 1, draft: 0 });
    expect(await saveLinkDraft(db, link, { firm_name: 'Late' }, now)).toBeUndefined();
    expect((await listRelations(db, project.id)).map((r) => r.target.name)).toEqual(['Firm B']);
    expect(await answeredQuestionIds(db, questionnaire.id)).toEqual(['firm_name']);
    const counts = await questionnaireCounts(db, [questionnaire.id]);
    expect(counts.get(questionnaire.id)).toEqual({
      linkCount: 1,
      draftCount: 0,
      submittedCount: 1,
    });
  });

  it('re-issuing a link revokes the old hash and moves the response to the new link', async () => {
    const { project, a, questionnaire } = await setting();
    const [first] = await issueLinks(
      db,
      project.id,
      questionnaire.id,
      [{ organisationId: a.id, tokenHash: 'first' }],
      now,
    );
    if (!first) throw new Error('no link');
    await saveLinkDraft(db, first, { firm_name: 'Kept' }, now);
    const [second] = await issueLinks(
      db,
      project.id,
      questionnaire.id,
      [{ organisationId: a.id, tokenHash: 'second' }],
      now,
    );
    expect(await findActiveLink(db, 'first')).toBeUndefined();
    expect((await findActiveLink(db, 'second'))?.organisationName).toBe('Firm A');
    expect((await findLinkResponse(db, second?.id ?? ''))?.answers).toEqual({ firm_name: 'Kept' });
    expect(
      (await listLinks(db, project.id, questionnaire.id)).map((l) => l.responseStatus),
    ).toEqual(['draft']);
  });

  it('an interview sync is idempotent by id and fills the registry gaps', async () => {
    const { owner, project, a, b, questionnaire } = await setting();
    const sync = {
      ...content(b.id),
      id: randomUUID(),
      projectId: project.id,
      questionnaireId: questionnaire.id,
      organisation: { id: a.id },
      submitted: true,
      heldOn: '2026-11-20',
      notes: 'Notes',
      interviewerId: owner.id,
    };
    expect((await syncInterviewResponse(db, sync, now)).created).toBe(true);
    expect((await syncInterviewResponse(db, sync, now)).created).toBe(false);
    expect(await countResponses(db, questionnaire.id)).toEqual({ submitted: 1, draft: 0 });
    const records = (await db.select().from(interviews)).filter((i) => i.responseId === sync.id);
    expect(records).toHaveLength(1);
    expect(await listRelations(db, project.id)).toHaveLength(1);
    const [firm] = await db.query.organisations.findMany({ where: (o, { eq }) => eq(o.id, a.id) });
    expect(firm).toMatchObject({ employees: 12, district: 'Torbalı' });
    const other = await setting();
    await expect(
      syncInterviewResponse(
        db,
        {
          ...sync,
          projectId: other.project.id,
          questionnaireId: other.questionnaire.id,
          organisation: {},
        },
        now,
      ),
    ).rejects.toBeInstanceOf(DuplicateError);
  });

  it("titles an interview-mode record with the questionnaire's English title and the organisation, keeping a title given later", async () => {
    const { owner, project, a, b, questionnaire } = await setting();
    const sync = {
      ...content(b.id),
      id: randomUUID(),
      projectId: project.id,
      questionnaireId: questionnaire.id,
      organisation: { id: a.id },
      submitted: false,
      heldOn: '2026-11-20',
      notes: '',
      interviewerId: owner.id,
    };
    const titleOf = async () =>
      (await db.select().from(interviews).where(eq(interviews.responseId, sync.id)))[0]?.title;
    await syncInterviewResponse(db, sync, now);
    const expected = `${questionnaire.definition.title.en} — Firm A`;
    expect(questionnaire.definition.title.en).not.toBe(questionnaire.definition.title.tr);
    expect(await titleOf()).toBe(expected);

    // A record left untitled (as stored before titles were given) is titled on the next sync.
    await db.update(interviews).set({ title: '' }).where(eq(interviews.responseId, sync.id));
    await syncInterviewResponse(db, sync, now);
    expect(await titleOf()).toBe(expected);

    await db
      .update(interviews)
      .set({ title: 'Fabrika ziyareti' })
      .where(eq(interviews.responseId, sync.id));
    await syncInterviewResponse(db, { ...sync, submitted: true }, now);
    expect(await titleOf()).toBe('Fabrika ziyareti');
  });

  it('titles an interview-mode record without an organisation with the questionnaire alone', async () => {
    const { owner, project, b, questionnaire } = await setting();
    const id = randomUUID();
    await syncInterviewResponse(
      db,
      {
        ...content(b.id),
        id,
        projectId: project.id,
        questionnaireId: questionnaire.id,
        organisation: {},
        submitted: false,
        heldOn: '2026-11-20',
        notes: '',
        interviewerId: owner.id,
      },
      now,
    );
    const [record] = await db.select().from(interviews).where(eq(interviews.responseId, id));
    expect(record?.title).toBe(questionnaire.definition.title.en);
  });
});
