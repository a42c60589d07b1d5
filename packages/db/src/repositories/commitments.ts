// Commitment assessments (history kept) and the readiness gate's decisions and facts.

import { and, asc, desc, eq } from 'drizzle-orm';
import {
  DEFAULT_READINESS_THRESHOLDS,
  latestCommitments,
  type CommitmentInput,
  type DecisionInput,
  type GateDecision,
  type IsoDate,
  type ReadinessInput,
} from '@kume/core';
import type { Db } from '../database';
import {
  commitmentAssessments,
  gateDecisions,
  organisations,
  projects,
  users,
  visitOrganisations,
  visits,
} from '../schema/index';

export type CommitmentRow = typeof commitmentAssessments.$inferSelect;

export async function addCommitment(
  db: Db,
  projectId: string,
  organisationId: string,
  input: CommitmentInput,
  assessorUserId: string | null,
): Promise<CommitmentRow> {
  const [row] = await db
    .insert(commitmentAssessments)
    .values({
      ...input,
      pledgedAmount: input.pledgedAmount ?? null,
      projectId,
      organisationId,
      assessorUserId,
    })
    .returning();
  return row as CommitmentRow;
}

/** Every assessment of the project (or of one organisation), newest first, with the assessor's name. */
export async function listCommitments(db: Db, projectId: string, organisationId?: string) {
  const where = organisationId
    ? and(
        eq(commitmentAssessments.projectId, projectId),
        eq(commitmentAssessments.organisationId, organisationId),
      )
    : eq(commitmentAssessments.projectId, projectId);
  return db
    .select({ commitment: commitmentAssessments, assessorName: users.name })
    .from(commitmentAssessments)
    .leftJoin(users, eq(users.id, commitmentAssessments.assessorUserId))
    .where(where)
    .orderBy(desc(commitmentAssessments.assessedOn), desc(commitmentAssessments.createdAt));
}

/** The latest assessment of each organisation of the project. */
export async function currentCommitments(
  db: Db,
  projectId: string,
): Promise<Map<string, CommitmentRow>> {
  // Newest first: recordedAt below is cut to milliseconds, and on a tie latestCommitments keeps
  // the first it meets, so this order makes the microseconds of created_at decide.
  const rows = await db
    .select()
    .from(commitmentAssessments)
    .where(eq(commitmentAssessments.projectId, projectId))
    .orderBy(desc(commitmentAssessments.createdAt));
  const latest = latestCommitments(
    rows.map((row) => ({
      ...row,
      assessedOn: row.assessedOn as IsoDate,
      recordedAt: row.createdAt.toISOString(),
      row,
    })),
  );
  return new Map([...latest].map(([id, record]) => [id, record.row]));
}

export async function addDecision(
  db: Db,
  projectId: string,
  input: DecisionInput,
  decidedBy: string | null,
) {
  const [row] = await db
    .insert(gateDecisions)
    .values({ ...input, projectId, decidedBy })
    .returning();
  return row;
}

export async function listDecisions(db: Db, projectId: string) {
  return db
    .select({ decision: gateDecisions, decidedByName: users.name })
    .from(gateDecisions)
    .leftJoin(users, eq(users.id, gateDecisions.decidedBy))
    .where(eq(gateDecisions.projectId, projectId))
    .orderBy(desc(gateDecisions.decidedOn), desc(gateDecisions.createdAt));
}

/** Everything the readiness gate (core `assessReadiness`) needs about a project. */
export async function readinessInput(db: Db, projectId: string): Promise<ReadinessInput> {
  const [project] = await db
    .select({ thresholds: projects.readinessThresholds })
    .from(projects)
    .where(eq(projects.id, projectId));
  const [orgs, current, visited, decisions] = await Promise.all([
    db
      .select({ id: organisations.id, type: organisations.type })
      .from(organisations)
      .where(eq(organisations.projectId, projectId)),
    currentCommitments(db, projectId),
    db
      .selectDistinct({ id: visitOrganisations.organisationId })
      .from(visitOrganisations)
      .innerJoin(visits, eq(visits.id, visitOrganisations.visitId))
      .where(eq(visits.projectId, projectId)),
    listDecisions(db, projectId),
  ]);
  const latest = decisions[0];
  const decision: GateDecision | null = latest
    ? {
        decision: latest.decision.decision,
        decidedOn: latest.decision.decidedOn as IsoDate,
        note: latest.decision.note,
        decidedBy: latest.decidedByName,
      }
    : null;
  return {
    organisations: orgs,
    willingness: new Map([...current].map(([id, row]) => [id, row.willingness])),
    visitedOrganisationIds: new Set(visited.map((row) => row.id)),
    thresholds: { ...DEFAULT_READINESS_THRESHOLDS, ...(project?.thresholds ?? {}) },
    decision,
  };
}

export async function listCommitmentsOldestFirst(db: Db, projectId: string) {
  return db
    .select({ commitment: commitmentAssessments, assessorEmail: users.email })
    .from(commitmentAssessments)
    .leftJoin(users, eq(users.id, commitmentAssessments.assessorUserId))
    .where(eq(commitmentAssessments.projectId, projectId))
    .orderBy(asc(commitmentAssessments.createdAt));
}
