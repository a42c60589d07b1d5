// Relations between a project's organisations (the cluster map's edges): stored from submitted
// answers with their provenance, or added by hand; confirmed when both sides reported them.

import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  foldForSearch,
  relationKey,
  relationTypesMatch,
  type RelationImportRecord,
  type RelationFrequency,
  type RelationLocation,
  type RelationType,
} from '@kume/core';
import type { Db } from '../database';
import { MissingReferenceError } from '../errors';
import { organisations, relations, responses } from '../schema/index';
import type { OrganisationRow } from './organisations';

export type RelationRow = typeof relations.$inferSelect;

/** A relation as an answer reports it: the target by id, or by the name the respondent typed. */
export interface RelationDraft {
  questionId: string;
  targetOrganisationId?: string;
  targetName?: string;
  relationType: RelationType;
  sharePercent?: number;
  frequency?: RelationFrequency;
  location?: RelationLocation;
}

export interface RelationListItem {
  relation: RelationRow;
  source: { id: string; name: string; needsReview: boolean };
  target: { id: string; name: string; needsReview: boolean };
  reportedBy: { id: string; name: string } | null;
  questionnaireId: string | null;
}

/**
 * Serialises the writes of a project's relations until the transaction ends: two responses naming
 * each other must see each other to be confirmed, and a name typed by two respondents at once
 * must create one organisation. Call first in the transaction (before any row lock).
 */
export async function lockProjectRelations(tx: Db, projectId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`relations:${projectId}`}))`);
}

/**
 * The organisation an answer names: the project's organisation with this id; else the one whose
 * folded name equals the name's; else a new firm flagged for review (source 'field_study').
 * Undefined when neither id nor name leads anywhere (an unknown id and no name).
 */
export async function resolveOrganisation(
  tx: Db,
  projectId: string,
  named: { id?: string | undefined; name?: string | undefined },
): Promise<OrganisationRow | undefined> {
  if (named.id) {
    const [byId] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.projectId, projectId), eq(organisations.id, named.id)));
    if (byId) return byId;
  }
  const name = named.name?.trim();
  if (!name) return undefined;
  const nameKey = foldForSearch(name);
  const [byName] = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.projectId, projectId), eq(organisations.nameKey, nameKey)));
  if (byName) return byName;
  const [created] = await tx
    .insert(organisations)
    .values({ projectId, name, nameKey, type: 'firm', needsReview: true, source: 'field_study' })
    .returning();
  return created;
}

/** Whether `a` and `b` are the two sides of one relation, each reported by its own source. */
function confirms(a: RelationRow, b: RelationRow): boolean {
  return (
    a.sourceOrganisationId === b.targetOrganisationId &&
    a.targetOrganisationId === b.sourceOrganisationId &&
    a.reportedByOrganisationId === a.sourceOrganisationId &&
    b.reportedByOrganisationId === b.sourceOrganisationId &&
    relationTypesMatch(a.relationType, b.relationType)
  );
}

/**
 * Recomputes `confirmed` for every relation touching these organisations: true when the other
 * side reported the matching relation too (supplier <-> customer, subcontractor -> customer,
 * partners both ways). Relations entered by hand have no reporter and never confirm; imported
 * ones keep the confirmation their file gave.
 */
export async function recomputeConfirmations(
  tx: Db,
  projectId: string,
  organisationIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0) return;
  const rows = await tx
    .select()
    .from(relations)
    .where(
      and(
        eq(relations.projectId, projectId),
        or(
          inArray(relations.sourceOrganisationId, ids),
          inArray(relations.targetOrganisationId, ids),
        ),
      ),
    );
  // An imported relation is confirmed or not as its file says: answers do not change that.
  const change = (value: boolean) =>
    rows.filter(
      (r) =>
        r.sourceFile === null &&
        r.confirmed !== value &&
        rows.some((o) => confirms(r, o)) === value,
    );
  const toConfirm = change(true).map((r) => r.id);
  const toUnconfirm = change(false).map((r) => r.id);
  if (toConfirm.length > 0)
    await tx.update(relations).set({ confirmed: true }).where(inArray(relations.id, toConfirm));
  if (toUnconfirm.length > 0)
    await tx.update(relations).set({ confirmed: false }).where(inArray(relations.id, toUnconfirm));
}

/**
 * Replaces the relations a response reported (a first submission has none to replace): targets
 * are resolved (new organisations flagged for review), a relation to the reporter itself is
 * dropped, and confirmations are recomputed. Call inside a transaction after lockProjectRelations.
 */
export async function replaceResponseRelations(
  tx: Db,
  input: {
    projectId: string;
    responseId: string;
    reporterOrganisationId: string;
    drafts: readonly RelationDraft[];
    reportedAt: Date;
  },
): Promise<RelationRow[]> {
  const { projectId, responseId, reporterOrganisationId } = input;
  const removed = await tx
    .delete(relations)
    .where(eq(relations.responseId, responseId))
    .returning({ target: relations.targetOrganisationId });
  const values = [];
  for (const draft of input.drafts) {
    const target = await resolveOrganisation(tx, projectId, {
      id: draft.targetOrganisationId,
      name: draft.targetName,
    });
    if (!target || target.id === reporterOrganisationId) continue;
    values.push({
      projectId,
      sourceOrganisationId: reporterOrganisationId,
      targetOrganisationId: target.id,
      relationType: draft.relationType,
      sharePercent: draft.sharePercent === undefined ? null : Math.round(draft.sharePercent),
      frequency: draft.frequency ?? null,
      location: draft.location ?? null,
      responseId,
      questionId: draft.questionId,
      reportedByOrganisationId: reporterOrganisationId,
      reportedAt: input.reportedAt,
    });
  }
  const created = values.length > 0 ? await tx.insert(relations).values(values).returning() : [];
  await recomputeConfirmations(tx, projectId, [
    reporterOrganisationId,
    ...removed.map((r) => r.target),
    ...created.map((r) => r.targetOrganisationId),
  ]);
  return created;
}

/** A relation a facilitator records by hand (no response, no reporter). */
export async function insertManualRelation(
  db: Db,
  projectId: string,
  input: Omit<RelationDraft, 'questionId' | 'targetName'> & {
    sourceOrganisationId: string;
    targetOrganisationId: string;
  },
  createdBy: string,
  now: Date,
): Promise<RelationRow> {
  return db.transaction(async (tx) => {
    await lockProjectRelations(tx, projectId);
    const ends = [input.sourceOrganisationId, input.targetOrganisationId];
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.projectId, projectId), inArray(organisations.id, ends)));
    if (found.length !== new Set(ends).size)
      throw new MissingReferenceError('organisationId', 'an organisation is not in the project');
    const [row] = await tx
      .insert(relations)
      .values({
        projectId,
        sourceOrganisationId: input.sourceOrganisationId,
        targetOrganisationId: input.targetOrganisationId,
        relationType: input.relationType,
        sharePercent: input.sharePercent ?? null,
        frequency: input.frequency ?? null,
        location: input.location ?? null,
        reportedAt: now,
        createdBy,
      })
      .returning();
    return row as RelationRow;
  });
}

/** Deletes a relation and recomputes the confirmation of its counterpart. */
export async function deleteRelation(db: Db, projectId: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockProjectRelations(tx, projectId);
    const [row] = await tx
      .delete(relations)
      .where(and(eq(relations.projectId, projectId), eq(relations.id, id)))
      .returning();
    if (!row) return false;
    await recomputeConfirmations(tx, projectId, [
      row.sourceOrganisationId,
      row.targetOrganisationId,
    ]);
    return true;
  });
}

/** Every relation of the project with both ends' names and its provenance. */
export async function listRelations(db: Db, projectId: string): Promise<RelationListItem[]> {
  const source = alias(organisations, 'source');
  const target = alias(organisations, 'target');
  const reporter = alias(organisations, 'reporter');
  const rows = await db
    .select({
      relation: relations,
      source: { id: source.id, name: source.name, needsReview: source.needsReview },
      target: { id: target.id, name: target.name, needsReview: target.needsReview },
      reporterId: reporter.id,
      reporterName: reporter.name,
      questionnaireId: responses.questionnaireId,
    })
    .from(relations)
    .innerJoin(source, eq(source.id, relations.sourceOrganisationId))
    .innerJoin(target, eq(target.id, relations.targetOrganisationId))
    .leftJoin(reporter, eq(reporter.id, relations.reportedByOrganisationId))
    .leftJoin(responses, eq(responses.id, relations.responseId))
    .where(eq(relations.projectId, projectId))
    .orderBy(asc(source.nameKey), asc(target.nameKey), asc(relations.reportedAt));
  return rows.map((row) => ({
    relation: row.relation,
    source: row.source,
    target: row.target,
    questionnaireId: row.questionnaireId,
    reportedBy:
      row.reporterId && row.reporterName !== null
        ? { id: row.reporterId, name: row.reporterName }
        : null,
  }));
}

/** The project's organisations (id, name) and the keys of its relations: what an import checks against. */
export async function relationImportContext(
  db: Db,
  projectId: string,
): Promise<{ organisations: { id: string; name: string }[]; existingKeys: Set<string> }> {
  const found = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.projectId, projectId))
    .orderBy(asc(organisations.nameKey));
  return { organisations: found, existingKeys: await relationKeys(db, projectId) };
}

async function relationKeys(db: Db, projectId: string): Promise<Set<string>> {
  const rows = await db
    .select({
      source: relations.sourceOrganisationId,
      target: relations.targetOrganisationId,
      type: relations.relationType,
    })
    .from(relations)
    .where(eq(relations.projectId, projectId));
  return new Set(rows.map((r) => relationKey(r.source, r.target, r.type)));
}

/** Rows per INSERT: one statement of arrays each, so a large import is a few statements. */
const INSERT_CHUNK = 20_000;

/**
 * A PostgreSQL array literal of codes, ids, numbers or booleans (never free text: nothing is
 * quoted), NULL for null. Passing one array per column keeps a 100,000-row insert at a few
 * statements of 11 parameters, where row-wise VALUES lists are parsed parameter by parameter.
 */
function arrayLiteral(values: readonly (string | number | boolean | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
}

/**
 * Stores checked relations from a file in one transaction (all or none), with the file's name
 * as provenance. A relation the project gained since the check (same source, target, type) is
 * skipped, not doubled. Answers the number stored.
 */
export async function insertImportedRelations(
  db: Db,
  projectId: string,
  records: readonly RelationImportRecord[],
  provenance: { sourceFile: string; createdBy: string; now: Date },
): Promise<number> {
  return db.transaction(async (tx) => {
    await lockProjectRelations(tx, projectId);
    const existing = await relationKeys(tx, projectId);
    const fresh = records.filter(
      (r) =>
        !existing.has(relationKey(r.sourceOrganisationId, r.targetOrganisationId, r.relationType)),
    );
    for (let start = 0; start < fresh.length; start += INSERT_CHUNK) {
      const chunk = fresh.slice(start, start + INSERT_CHUNK);
      const column = (pick: (r: RelationImportRecord) => string | number | boolean | null) =>
        arrayLiteral(chunk.map(pick));
      await tx.execute(sql`
        insert into relations (project_id, source_organisation_id, target_organisation_id,
          relation_type, share_percent, frequency, location, confirmed, source_file, reported_at,
          created_by)
        select ${projectId}, r.source, r.target, r.type, r.share, r.frequency, r.location,
          r.confirmed, ${provenance.sourceFile}, ${provenance.now.toISOString()}::timestamptz,
          ${provenance.createdBy}
        from unnest(${column((r) => r.sourceOrganisationId)}::uuid[],
          ${column((r) => r.targetOrganisationId)}::uuid[], ${column((r) => r.relationType)}::text[],
          ${column((r) => r.sharePercent)}::smallint[], ${column((r) => r.frequency)}::text[],
          ${column((r) => r.location)}::text[], ${column((r) => r.confirmed)}::boolean[])
          as r(source, target, type, share, frequency, location, confirmed)`);
    }
    return fresh.length;
  });
}
