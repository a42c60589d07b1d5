// Repository contract for the self-assessments: the project's indicator list stored and reset to
// the defaults (null), assessments stored with their list, listed oldest first, edited and
// deleted; nothing reaches another project's. Runs on PGlite and PostgreSQL.

import {
  DEFAULT_SELF_ASSESSMENT_INDICATORS,
  projectInputSchema,
  type SelfAssessmentIndicator,
} from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { createProject } from './projects';
import {
  deleteSelfAssessment,
  findSelfAssessment,
  insertSelfAssessment,
  listSelfAssessments,
  selfAssessmentIndicatorsOf,
  setSelfAssessmentIndicators,
  updateSelfAssessment,
  type SelfAssessmentContent,
} from './selfAssessments';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const now = new Date('2026-11-26T10:00:00Z');
const list: SelfAssessmentIndicator[] = DEFAULT_SELF_ASSESSMENT_INDICATORS.slice(0, 2).map((i) => ({
  ...i,
}));

let made = 0;
async function project() {
  made += 1;
  return createProject(db, projectInputSchema.parse({ name: `Öz değerlendirme ${made}` }), null);
}

const assessment = (assessedOn: string, members: number): SelfAssessmentContent => ({
  assessedOn,
  title: `Assessment ${assessedOn}`,
  indicators: list,
  answers: [{ indicatorId: 'members', value: members, evidence: 'list' }],
});

describe('self-assessments', () => {
  it('stores the project’s list and goes back to the defaults (null)', async () => {
    const { id: projectId } = await project();
    expect(await selfAssessmentIndicatorsOf(db, projectId)).toBeNull();
    await setSelfAssessmentIndicators(db, projectId, list, now);
    expect(await selfAssessmentIndicatorsOf(db, projectId)).toEqual(list);
    await setSelfAssessmentIndicators(db, projectId, null, now);
    expect(await selfAssessmentIndicatorsOf(db, projectId)).toBeNull();
  });

  it('lists assessments oldest first, each with the list it was answered against', async () => {
    const { id: projectId } = await project();
    await insertSelfAssessment(db, projectId, assessment('2027-11-01', 60), null, now);
    await insertSelfAssessment(db, projectId, assessment('2026-11-01', 30), null, now);
    const rows = await listSelfAssessments(db, projectId);
    expect(rows.map((r) => r.assessedOn)).toEqual(['2026-11-01', '2027-11-01']);
    expect(rows[0]?.indicators).toEqual(list);
    expect(rows[0]?.answers).toEqual([{ indicatorId: 'members', value: 30, evidence: 'list' }]);
  });

  it('edits and deletes an assessment of the project only', async () => {
    const { id: projectId } = await project();
    const other = await project();
    const row = await insertSelfAssessment(db, projectId, assessment('2026-11-01', 30), null, now);
    expect(
      await updateSelfAssessment(db, other.id, row.id, assessment('2026-12-01', 40), now),
    ).toBeUndefined();
    expect(await deleteSelfAssessment(db, other.id, row.id)).toBe(false);
    const edited = await updateSelfAssessment(
      db,
      projectId,
      row.id,
      assessment('2026-12-01', 40),
      now,
    );
    expect(edited).toMatchObject({ assessedOn: '2026-12-01', answers: [{ value: 40 }] });
    expect(await findSelfAssessment(db, other.id, row.id)).toBeUndefined();
    expect(await deleteSelfAssessment(db, projectId, row.id)).toBe(true);
    expect(await listSelfAssessments(db, projectId)).toEqual([]);
  });
});
