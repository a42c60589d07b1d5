// Repository contract for commitment assessments, gate decisions and the readiness gate's facts;
// runs on PGlite and PostgreSQL.

import {
  assessReadiness,
  commitmentInputSchema,
  DEFAULT_READINESS_THRESHOLDS,
  decisionInputSchema,
  organisationInputSchema,
  projectInputSchema,
  visitInputSchema,
  type OrganisationType,
} from '@kume/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { commitmentAssessments } from '../schema/index';
import {
  addCommitment,
  addDecision,
  currentCommitments,
  listCommitments,
  listDecisions,
  readinessInput,
} from './commitments';
import { insertOrganisations } from './organisations';
import { createProject, updateProject } from './projects';
import { createUser } from './users';
import { createVisit } from './visits';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

let made = 0;
/** A project with an owner and one organisation of each given type, named "<type> <i>". */
async function setting(types: OrganisationType[]) {
  made += 1;
  const owner = await createUser(db, {
    email: `assessor${made}@kume.example`,
    name: `Assessor ${made}`,
    passwordHash: 'x',
  });
  const project = await createProject(
    db,
    projectInputSchema.parse({ name: `Taahhüt ${made}` }),
    owner.id,
  );
  const organisations = await insertOrganisations(
    db,
    project.id,
    types.map((type, i) => ({
      organisation: organisationInputSchema.parse({ name: `${type} ${i}`, type }),
      contacts: [],
    })),
  );
  return { owner, project, ids: organisations.map((o) => o.id) };
}

const assessment = (willingness: number, assessedOn: string, notes = '') =>
  commitmentInputSchema.parse({ willingness, influence: 3, assessedOn, notes });

describe('commitments', () => {
  it('are kept as history, newest first, with the assessor name', async () => {
    const s = await setting(['firm']);
    const id = s.ids[0] as string;
    await addCommitment(db, s.project.id, id, assessment(2, '2026-01-10'), s.owner.id);
    await addCommitment(db, s.project.id, id, assessment(4, '2026-02-10'), null);
    const history = await listCommitments(db, s.project.id, id);
    expect(history.map((h) => [h.commitment.willingness, h.assessorName])).toEqual([
      [4, null],
      [2, s.owner.name],
    ]);
    expect(history[0]?.commitment).toMatchObject({
      currency: 'TRY',
      pledgedAmount: null,
      assessedOn: '2026-02-10',
    });
  });

  it('store a pledged amount as a number', async () => {
    const s = await setting(['firm']);
    const input = commitmentInputSchema.parse({
      willingness: 5,
      influence: 4,
      assessedOn: '2026-02-01',
      resourcesPledged: 'Co-funding of the field study',
      pledgedAmount: 25_000.5,
      currency: 'eur',
    });
    const row = await addCommitment(db, s.project.id, s.ids[0] as string, input, null);
    expect(row).toMatchObject({
      pledgedAmount: 25_000.5,
      currency: 'EUR',
      resourcesPledged: 'Co-funding of the field study',
    });
  });
});

describe('currentCommitments', () => {
  it('picks the assessment of the latest day, even when recorded before an older one', async () => {
    const s = await setting(['firm']);
    const id = s.ids[0] as string;
    await addCommitment(db, s.project.id, id, assessment(5, '2026-02-10'), null);
    await addCommitment(db, s.project.id, id, assessment(2, '2026-01-10'), null);
    expect((await currentCommitments(db, s.project.id)).get(id)?.willingness).toBe(5);
  });

  it('picks the later recorded of two assessments on the same day', async () => {
    const s = await setting(['firm']);
    const id = s.ids[0] as string;
    await addCommitment(db, s.project.id, id, assessment(2, '2026-02-10', 'first'), null);
    await addCommitment(db, s.project.id, id, assessment(4, '2026-02-10', 'second'), null);
    expect((await currentCommitments(db, s.project.id)).get(id)?.notes).toBe('second');
  });

  it('breaks a tie within one millisecond by the microseconds of when it was recorded', async () => {
    const s = await setting(['firm']);
    const base = {
      projectId: s.project.id,
      organisationId: s.ids[0] as string,
      influence: 3,
      assessedOn: '2026-02-10',
    };
    // JavaScript dates stop at milliseconds, so the instants are written in SQL.
    await db.insert(commitmentAssessments).values([
      {
        ...base,
        willingness: 2,
        notes: 'earlier',
        createdAt: sql`'2026-02-10 10:00:00.000100+00'::timestamptz`,
      },
      {
        ...base,
        willingness: 4,
        notes: 'later',
        createdAt: sql`'2026-02-10 10:00:00.000200+00'::timestamptz`,
      },
    ]);
    expect((await currentCommitments(db, s.project.id)).get(s.ids[0] as string)?.notes).toBe(
      'later',
    );
  });

  it('has one entry per assessed organisation of the project only', async () => {
    const s = await setting(['firm', 'firm', 'firm']);
    const other = await setting(['firm']);
    await addCommitment(db, s.project.id, s.ids[0] as string, assessment(3, '2026-02-10'), null);
    await addCommitment(db, s.project.id, s.ids[1] as string, assessment(4, '2026-02-10'), null);
    await addCommitment(
      db,
      other.project.id,
      other.ids[0] as string,
      assessment(4, '2026-02-10'),
      null,
    );
    const current = await currentCommitments(db, s.project.id);
    expect([...current.keys()].sort()).toEqual([s.ids[0], s.ids[1]].sort());
  });
});

describe('readinessInput', () => {
  it('builds the organisations, latest willingness, visited set and default thresholds', async () => {
    const s = await setting(['chamber', 'university', 'firm', 'supplier']);
    const [chamber, university, firm, supplier] = s.ids as [string, string, string, string];
    await addCommitment(db, s.project.id, chamber, assessment(5, '2026-01-05'), null);
    await addCommitment(db, s.project.id, firm, assessment(4, '2026-01-05'), null);
    await addCommitment(db, s.project.id, firm, assessment(2, '2026-02-05'), null);
    await createVisit(
      db,
      s.project.id,
      visitInputSchema.parse({
        visitedOn: '2026-01-05',
        level: 'local',
        organisationIds: [chamber, firm],
      }),
      null,
    );
    await createVisit(
      db,
      s.project.id,
      visitInputSchema.parse({ visitedOn: '2026-02-05', level: 'local', organisationIds: [firm] }),
      null,
    );

    const input = await readinessInput(db, s.project.id);
    expect([...input.organisations].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [
        { id: chamber, type: 'chamber' },
        { id: university, type: 'university' },
        { id: firm, type: 'firm' },
        { id: supplier, type: 'supplier' },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(input.willingness).toEqual(
      new Map([
        [chamber, 5],
        [firm, 2],
      ]),
    );
    expect(input.visitedOrganisationIds).toEqual(new Set([chamber, firm]));
    expect(input.thresholds).toEqual(DEFAULT_READINESS_THRESHOLDS);
    expect(input.decision).toBeNull();

    const gate = assessReadiness(input);
    expect(gate.counts).toEqual({
      organisations: 4,
      visited: 2,
      assessed: 2,
      committed: 1,
      committedVisited: 1,
    });
    expect(gate.checks.find((c) => c.id === 'committed_share_of_visited')?.actual).toBe(0.5);
  });

  it("uses the project's thresholds", async () => {
    const s = await setting(['firm']);
    const thresholds = {
      ...DEFAULT_READINESS_THRESHOLDS,
      minCommittedFirms: 1,
      minCommittedChambers: 0,
      minCommittedUniversities: 0,
    };
    await updateProject(db, s.project.id, { readinessThresholds: thresholds });
    await addCommitment(db, s.project.id, s.ids[0] as string, assessment(4, '2026-01-05'), null);
    await createVisit(
      db,
      s.project.id,
      visitInputSchema.parse({ visitedOn: '2026-01-05', level: 'local', organisationIds: s.ids }),
      null,
    );
    const input = await readinessInput(db, s.project.id);
    expect(input.thresholds).toEqual(thresholds);
    expect(assessReadiness(input).criteriaOutcome).toBe('go');
  });

  it('gives the latest decision, by day then by when it was recorded, with who decided', async () => {
    const s = await setting(['firm']);
    await addDecision(
      db,
      s.project.id,
      decisionInputSchema.parse({ decision: 'go', decidedOn: '2026-03-01', note: 'Later day' }),
      s.owner.id,
    );
    await addDecision(
      db,
      s.project.id,
      decisionInputSchema.parse({ decision: 'no_go', decidedOn: '2026-02-01' }),
      null,
    );
    expect((await readinessInput(db, s.project.id)).decision).toEqual({
      decision: 'go',
      decidedOn: '2026-03-01',
      note: 'Later day',
      decidedBy: s.owner.name,
    });
    await addDecision(
      db,
      s.project.id,
      decisionInputSchema.parse({ decision: 'no_go', decidedOn: '2026-03-01', note: 'Revised' }),
      null,
    );
    expect((await readinessInput(db, s.project.id)).decision).toMatchObject({
      decision: 'no_go',
      note: 'Revised',
      decidedBy: null,
    });
    expect(await listDecisions(db, s.project.id)).toHaveLength(3);
    const gate = assessReadiness(await readinessInput(db, s.project.id));
    expect(gate).toMatchObject({ outcome: 'no_go', basis: 'decision' });
  });
});
