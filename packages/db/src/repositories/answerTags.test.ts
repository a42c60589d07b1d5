// Repository contract for the tags on free-text answers: set, replaced, removed by an empty list,
// only on submitted responses of the questionnaire in the project, gone with their response.
// Runs on PGlite and PostgreSQL.

import { projectInputSchema, questionnaireTemplate } from '@kume/core';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { answerTags, responses } from '../schema/index';
import { listAnswerTags, setAnswerTags } from './answerTags';
import { insertImportedResponses } from './importedResponses';
import { createProject } from './projects';
import { insertQuestionnaire } from './questionnaires';
import { deleteResponse } from './responses';
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
    email: `tags${made}@kume.example`,
    name: 'Owner',
    passwordHash: 'x',
  });
  const project = await createProject(
    db,
    projectInputSchema.parse({ name: `Etiket ${made}` }),
    owner.id,
  );
  const questionnaire = await insertQuestionnaire(
    db,
    project.id,
    questionnaireTemplate('firm_interview'),
    owner.id,
  );
  const [first, second] = await insertImportedResponses(
    db,
    project.id,
    questionnaire.id,
    [
      { organisationId: null, respondentName: 'A', answers: { barrier_comment: 'Enerji pahalı' } },
      {
        organisationId: null,
        respondentName: 'B',
        answers: { barrier_comment: 'Usta bulunmuyor' },
      },
    ],
    now,
  );
  if (!first || !second) throw new Error('responses not inserted');
  return { owner, project, questionnaire, first, second };
}

const tagsOf = async (projectId: string, questionnaireId: string) =>
  (await listAnswerTags(db, projectId, questionnaireId)).map((r) => [
    r.responseId,
    r.questionId,
    r.tags,
  ]);

describe('answer tags repository', () => {
  it('sets the tags of an answer and replaces them on the next set', async () => {
    const { owner, project, questionnaire, first } = await setting();
    const set = (tags: string[]) =>
      setAnswerTags(db, project.id, questionnaire.id, {
        responseId: first,
        questionId: 'barrier_comment',
        tags,
        userId: owner.id,
        now,
      });
    expect(await set(['enerji maliyeti', 'işgücü'])).toBe(true);
    expect(await tagsOf(project.id, questionnaire.id)).toEqual([
      [first, 'barrier_comment', ['enerji maliyeti', 'işgücü']],
    ]);
    expect(await set(['beceri açığı'])).toBe(true);
    expect(await tagsOf(project.id, questionnaire.id)).toEqual([
      [first, 'barrier_comment', ['beceri açığı']],
    ]);
    const [row] = await db.select().from(answerTags).where(eq(answerTags.responseId, first));
    expect(row).toMatchObject({ updatedBy: owner.id, updatedAt: now });
  });

  it('removes the row when the tags are set to an empty list', async () => {
    const { project, questionnaire, first, second } = await setting();
    const input = { questionId: 'barrier_comment', userId: null, now };
    await setAnswerTags(db, project.id, questionnaire.id, {
      ...input,
      responseId: first,
      tags: ['a'],
    });
    await setAnswerTags(db, project.id, questionnaire.id, {
      ...input,
      responseId: second,
      tags: ['b'],
    });
    expect(
      await setAnswerTags(db, project.id, questionnaire.id, {
        ...input,
        responseId: first,
        tags: [],
      }),
    ).toBe(true);
    const rows = await db
      .select({ n: count() })
      .from(answerTags)
      .where(eq(answerTags.responseId, first));
    expect(rows[0]?.n).toBe(0);
    expect(await tagsOf(project.id, questionnaire.id)).toEqual([
      [second, 'barrier_comment', ['b']],
    ]);
  });

  it('writes nothing for a response of another project, another questionnaire or a draft', async () => {
    const mine = await setting();
    const theirs = await setting();
    const other = await insertQuestionnaire(
      db,
      mine.project.id,
      questionnaireTemplate('firm_interview'),
      null,
    );
    const [draft] = await db
      .insert(responses)
      .values({
        projectId: mine.project.id,
        questionnaireId: mine.questionnaire.id,
        channel: 'interview',
        status: 'draft',
        answers: { barrier_comment: 'taslak' },
      })
      .returning({ id: responses.id });
    const attempt = (questionnaireId: string, responseId: string) =>
      setAnswerTags(db, mine.project.id, questionnaireId, {
        responseId,
        questionId: 'barrier_comment',
        tags: ['sızma'],
        userId: null,
        now,
      });
    expect(await attempt(mine.questionnaire.id, theirs.first)).toBe(false);
    expect(await attempt(other.id, mine.first)).toBe(false);
    expect(await attempt(mine.questionnaire.id, draft!.id)).toBe(false);
    expect(await tagsOf(mine.project.id, mine.questionnaire.id)).toEqual([]);
    expect(await tagsOf(theirs.project.id, theirs.questionnaire.id)).toEqual([]);
    expect(await tagsOf(mine.project.id, other.id)).toEqual([]);
  });

  it('lists only the tags of the questionnaire asked for', async () => {
    const { project, questionnaire, first } = await setting();
    const other = await insertQuestionnaire(
      db,
      project.id,
      questionnaireTemplate('firm_interview'),
      null,
    );
    const [elsewhere] = await insertImportedResponses(
      db,
      project.id,
      other.id,
      [{ organisationId: null, respondentName: 'C', answers: { barrier_comment: 'x' } }],
      now,
    );
    const input = { questionId: 'barrier_comment', userId: null, now };
    await setAnswerTags(db, project.id, questionnaire.id, {
      ...input,
      responseId: first,
      tags: ['a'],
    });
    await setAnswerTags(db, project.id, other.id, {
      ...input,
      responseId: elsewhere!,
      tags: ['z'],
    });
    expect(await tagsOf(project.id, questionnaire.id)).toEqual([[first, 'barrier_comment', ['a']]]);
    expect(await tagsOf(project.id, other.id)).toEqual([[elsewhere, 'barrier_comment', ['z']]]);
  });

  it('the tags go with their response when it is deleted', async () => {
    const { project, questionnaire, first } = await setting();
    await setAnswerTags(db, project.id, questionnaire.id, {
      responseId: first,
      questionId: 'barrier_comment',
      tags: ['enerji'],
      userId: null,
      now,
    });
    expect(await deleteResponse(db, project.id, questionnaire.id, first)).toBe(true);
    const rows = await db
      .select({ n: count() })
      .from(answerTags)
      .where(eq(answerTags.responseId, first));
    expect(rows[0]?.n).toBe(0);
  });
});
