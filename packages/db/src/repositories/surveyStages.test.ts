// The stage an organisation's own survey answers name: the latest submitted answer that names a
// stage wins; drafts, `other`, empty answers and responses of no organisation are passed over.
// Runs on PGlite and PostgreSQL.

import { organisationInputSchema, projectInputSchema, questionnaireTemplate } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { responses } from '../schema/index';
import { insertOrganisations } from './organisations';
import { createProject } from './projects';
import { insertQuestionnaire } from './questionnaires';
import { surveyStageAnswers } from './surveyStages';
import { createUser } from './users';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

describe('surveyStageAnswers', () => {
  it('gives each organisation the stage of its latest submitted answer that names one', async () => {
    const owner = await createUser(db, {
      email: 'stages@kume.example',
      name: 'O',
      passwordHash: 'x',
    });
    const project = await createProject(
      db,
      projectInputSchema.parse({ name: 'Aşama yanıtları' }),
      owner.id,
    );
    const [a, b, c, d] = await insertOrganisations(
      db,
      project.id,
      ['Anka Döküm', 'Birlik Makina', 'Çelik Kalıp', 'Doğu Talaş'].map((name) => ({
        organisation: organisationInputSchema.parse({ name, type: 'firm' }),
        contacts: [],
      })),
    );
    const questionnaire = await insertQuestionnaire(
      db,
      project.id,
      questionnaireTemplate('firm_interview'),
      null,
    );
    const answer = (
      organisationId: string | null,
      stage: string | number,
      submittedAt: string | null,
    ) => ({
      projectId: project.id,
      questionnaireId: questionnaire.id,
      organisationId,
      channel: 'interview' as const,
      status: submittedAt ? ('submitted' as const) : ('draft' as const),
      answers: { value_chain_stage: stage },
      submittedAt: submittedAt ? new Date(submittedAt) : null,
    });
    await db
      .insert(responses)
      .values([
        answer(a!.id, 'machining', '2026-03-01T10:00:00Z'),
        answer(a!.id, 'casting', '2026-04-01T10:00:00Z'),
        answer(b!.id, 'assembly', '2026-03-01T10:00:00Z'),
        answer(b!.id, 'other', '2026-05-01T10:00:00Z'),
        answer(c!.id, 'finishing', null),
        answer(d!.id, 42, '2026-03-01T10:00:00Z'),
        answer(null, 'casting', '2026-03-01T10:00:00Z'),
      ]);
    const stages = await surveyStageAnswers(db, project.id);
    expect(Object.fromEntries(stages)).toEqual({ [a!.id]: 'casting', [b!.id]: 'assembly' });
  });
});
