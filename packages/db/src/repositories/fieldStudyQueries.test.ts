// Repository contract for the field study's read-only queries: submitted answers only, and the
// organisations reached through responses, interviews and focus groups, each once.

import {
  organisationInputSchema,
  projectInputSchema,
  questionnaireSchema,
  type IsoDate,
} from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { interviews, responses } from '../schema/index';
import { reachedOrganisations, submittedResponses } from './fieldStudyQueries';
import { insertImportedResponses } from './importedResponses';
import { createInterview } from './interviews';
import { insertOrganisations } from './organisations';
import { createProject } from './projects';
import { insertQuestionnaire } from './questionnaires';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const definition = questionnaireSchema.parse({
  title: { tr: 'Anket', en: 'Survey' },
  pages: [{ questions: [{ id: 'note', type: 'text', title: { tr: 'Not', en: 'Note' } }] }],
});

describe('field study queries', () => {
  it('submittedResponses leaves drafts and other questionnaires out', async () => {
    const project = await createProject(db, projectInputSchema.parse({ name: 'Sorgu' }), null);
    const [firm] = await insertOrganisations(db, project.id, [
      { organisation: organisationInputSchema.parse({ name: 'Ege', type: 'firm' }), contacts: [] },
    ]);
    const q = await insertQuestionnaire(db, project.id, definition, null);
    const other = await insertQuestionnaire(db, project.id, definition, null);
    const at = new Date('2026-11-20T10:00:00Z');
    await insertImportedResponses(
      db,
      project.id,
      q.id,
      [{ organisationId: firm!.id, respondentName: 'A', answers: { note: 'x' } }],
      at,
    );
    await insertImportedResponses(
      db,
      project.id,
      other.id,
      [{ organisationId: null, respondentName: '', answers: {} }],
      at,
    );
    await db
      .insert(responses)
      .values({ projectId: project.id, questionnaireId: q.id, channel: 'link', status: 'draft' });
    expect(await submittedResponses(db, project.id, q.id)).toEqual([
      expect.objectContaining({
        organisationName: 'Ege',
        answers: { note: 'x' },
        channel: 'import',
        submittedAt: at,
      }),
    ]);
  });

  it('reachedOrganisations lists each organisation once with every way it was reached', async () => {
    const project = await createProject(db, projectInputSchema.parse({ name: 'Erişim' }), null);
    const [a, b, c, d] = await insertOrganisations(
      db,
      project.id,
      ['A', 'B', 'C', 'D'].map((name) => ({
        organisation: organisationInputSchema.parse({ name, type: 'firm' }),
        contacts: [],
      })),
    );
    const q = await insertQuestionnaire(db, project.id, definition, null);
    const at = new Date('2026-11-20T10:00:00Z');
    await insertImportedResponses(
      db,
      project.id,
      q.id,
      [{ organisationId: a!.id, respondentName: '', answers: {} }],
      at,
    );
    // A draft reaches nobody, but the interview it was taken in does.
    const [draft] = await db
      .insert(responses)
      .values({
        projectId: project.id,
        questionnaireId: q.id,
        organisationId: d!.id,
        channel: 'interview',
        status: 'draft',
      })
      .returning();
    await db.insert(interviews).values({
      projectId: project.id,
      kind: 'interview',
      heldOn: '2026-11-19',
      responseId: draft!.id,
    });
    const heldOn = '2026-11-20' as IsoDate;
    const meeting = { heldOn, title: '', notes: '', quotes: [] };
    await createInterview(db, project.id, {
      ...meeting,
      kind: 'interview',
      participants: [{ organisationId: a!.id }],
    });
    await createInterview(db, project.id, {
      ...meeting,
      kind: 'focus_group',
      participants: [
        { organisationId: a!.id },
        { organisationId: b!.id },
        { organisationId: b!.id },
        { name: 'Kişi' },
      ],
    });
    const reached = await reachedOrganisations(db, project.id);
    const byId = new Map(reached.map((r) => [r.organisationId, r.sources]));
    expect(reached).toHaveLength(3);
    expect(byId.get(a!.id)).toEqual(['response', 'interview', 'focus_group']);
    expect(byId.get(b!.id)).toEqual(['focus_group']);
    expect(byId.get(d!.id)).toEqual(['interview']);
    expect(byId.has(c!.id)).toBe(false);
  });
});
