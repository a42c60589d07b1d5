// Repository contract for relations: targets resolved by id, then folded name, else created and
// flagged; mutual reports confirmed; replacing and deleting recompute confirmations. Runs on
// PGlite and PostgreSQL.

import { organisationInputSchema, projectInputSchema, questionnaireTemplate } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { responses } from '../schema/index';
import { insertOrganisations, listOrganisations } from './organisations';
import { createProject } from './projects';
import { insertQuestionnaire } from './questionnaires';
import {
  deleteRelation,
  insertManualRelation,
  listRelations,
  replaceResponseRelations,
  resolveOrganisation,
} from './relations';
import { createUser } from './users';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

let made = 0;
async function setting() {
  made += 1;
  const owner = await createUser(db, {
    email: `rel${made}@kume.example`,
    name: 'Owner',
    passwordHash: 'x',
  });
  const project = await createProject(
    db,
    projectInputSchema.parse({ name: `İlişki ${made}` }),
    owner.id,
  );
  const [a, b] = await insertOrganisations(db, project.id, [
    {
      organisation: organisationInputSchema.parse({ name: 'Şahin Döküm', type: 'firm' }),
      contacts: [],
    },
    {
      organisation: organisationInputSchema.parse({ name: 'Ege Talaş', type: 'firm' }),
      contacts: [],
    },
  ]);
  if (!a || !b) throw new Error('organisations not inserted');
  return { owner, project, a, b };
}

const reportAt = new Date('2026-11-20T10:00:00Z');
/** A submitted response of `reporter` storing these relations, as a submission does. */
async function report(
  projectId: string,
  reporter: string,
  drafts: Parameters<typeof replaceResponseRelations>[1]['drafts'],
) {
  const questionnaire = await insertQuestionnaire(
    db,
    projectId,
    questionnaireTemplate('firm_interview'),
    null,
  );
  const [response] = await db
    .insert(responses)
    .values({
      projectId,
      questionnaireId: questionnaire.id,
      organisationId: reporter,
      channel: 'interview',
      status: 'submitted',
    })
    .returning();
  if (!response) throw new Error('response not inserted');
  return db.transaction((tx) =>
    replaceResponseRelations(tx, {
      projectId,
      responseId: response.id,
      reporterOrganisationId: reporter,
      drafts,
      reportedAt: reportAt,
    }),
  );
}

describe('relations repository', () => {
  it('resolveOrganisation finds by id, then by folded name, else creates a flagged firm', async () => {
    const { project, a } = await setting();
    expect((await resolveOrganisation(db, project.id, { id: a.id }))?.id).toBe(a.id);
    expect((await resolveOrganisation(db, project.id, { name: '  ŞAHİN döküm ' }))?.id).toBe(a.id);
    const created = await resolveOrganisation(db, project.id, { name: 'Yeni Firma' });
    expect(created).toMatchObject({ type: 'firm', needsReview: true, source: 'field_study' });
    expect(await resolveOrganisation(db, project.id, {})).toBeUndefined();
    expect((await listOrganisations(db, project.id)).map((o) => o.name)).toContain('Yeni Firma');
  });

  it('mutual reports confirm both sides; a hand-made reverse relation does not', async () => {
    const { owner, project, a, b } = await setting();
    await report(project.id, a.id, [
      { questionId: 'suppliers', targetOrganisationId: b.id, relationType: 'supplier' },
    ]);
    await insertManualRelation(
      db,
      project.id,
      { sourceOrganisationId: b.id, targetOrganisationId: a.id, relationType: 'customer' },
      owner.id,
      reportAt,
    );
    expect((await listRelations(db, project.id)).map((r) => r.relation.confirmed)).toEqual([
      false,
      false,
    ]);
    await report(project.id, b.id, [
      { questionId: 'customers', targetName: 'şahin DÖKÜM', relationType: 'customer' },
    ]);
    const listed = await listRelations(db, project.id);
    const reported = listed.filter((r) => r.reportedBy);
    expect(
      reported.map((r) => [r.source.name, r.relation.relationType, r.relation.confirmed]),
    ).toEqual([
      ['Ege Talaş', 'customer', true],
      ['Şahin Döküm', 'supplier', true],
    ]);
    const confirmed = reported.find((r) => r.source.name === 'Şahin Döküm');
    if (!confirmed) throw new Error('missing');
    await deleteRelation(db, project.id, confirmed.relation.id);
    expect(
      (await listRelations(db, project.id))
        .filter((r) => r.reportedBy)
        .map((r) => r.relation.confirmed),
    ).toEqual([false]);
  });

  it('a relation to the reporter itself is dropped', async () => {
    const { project, a } = await setting();
    const created = await report(project.id, a.id, [
      { questionId: 'suppliers', targetName: 'Şahin Döküm', relationType: 'supplier' },
    ]);
    expect(created).toEqual([]);
  });
});
