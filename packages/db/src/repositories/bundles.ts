// A whole project in and out as one JSON bundle (core `ProjectBundle`): `kume export`,
// `kume import` and the sample project all go through here.

import { eq } from 'drizzle-orm';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  DEFAULT_READINESS_THRESHOLDS,
  foldForSearch,
  type IsoDate,
  type ProjectBundle,
} from '@kume/core';
import type { Db } from '../database';
import {
  commitmentAssessments,
  contacts,
  followUps,
  gateDecisions,
  organisations,
  projectMembers,
  projects,
  users,
  visitContacts,
  visitOrganisations,
  visitTeam,
  visits,
} from '../schema/index';
import { exportFieldStudy, importFieldStudy, type FieldStudyCounts } from './bundleFieldStudy';
import { exportWorkshopPart, importWorkshopPart, type WorkshopPartCounts } from './bundleWorkshops';
import {
  exportInformationDayPart,
  importInformationDayPart,
  type InformationDayCounts,
} from './bundleInformationDay';
import { exportRoadmapPart, importRoadmapPart, type RoadmapCounts } from './bundleRoadmap';
import { listCommitmentsOldestFirst, listDecisions } from './commitments';
import { listContacts, listOrganisations } from './organisations';
import { createProject, type ProjectRow } from './projects';
import { listFollowUps, listVisits, visitLinks } from './visits';

export interface BundleImportResult {
  project: ProjectRow;
  counts: {
    organisations: number;
    contacts: number;
    visits: number;
    followUps: number;
    commitments: number;
    decisions: number;
  } & FieldStudyCounts &
    WorkshopPartCounts &
    InformationDayCounts &
    RoadmapCounts;
  /** Things the bundle named that this installation does not have (team members by email). */
  warnings: string[];
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 500)
    await insert(rows.slice(start, start + 500));
}

/**
 * Creates a new project from a bundle, in one transaction. Visit team members, assessors and
 * deciders are matched by email to the importing user; other people are reported in `warnings`.
 */
export async function importBundle(
  db: Db,
  bundle: ProjectBundle,
  options: { owner: { id: string; email: string } | null; slug?: string },
): Promise<BundleImportResult> {
  return db.transaction(async (tx) => {
    const {
      readinessThresholds,
      valueChain,
      workingGroup,
      ioSettings: _ioSettings,
      ...projectInput
    } = bundle.project;
    const created = await createProject(
      tx,
      {
        ...projectInput,
        readinessThresholds,
        slug: options.slug ?? projectInput.slug ?? projectInput.name,
      },
      options.owner?.id ?? null,
    );
    const projectId = created.id;
    const warnings = new Set<string>();
    const person = (email: string | null | undefined) => {
      if (!email) return null;
      if (options.owner && email.toLowerCase() === options.owner.email) return options.owner.id;
      warnings.add(`${email} has no account in this project; the reference was left out`);
      return null;
    };

    const orgIds = new Map<string, string>();
    const contactIds = new Map<string, string>();
    let contactCount = 0;
    await insertChunked(bundle.organisations, async (chunk) => {
      const rows = await tx
        .insert(organisations)
        .values(
          chunk.map(({ key: _key, contacts: _contacts, ...organisation }) => ({
            ...organisation,
            projectId,
            nameKey: foldForSearch(organisation.name),
          })),
        )
        .returning({ id: organisations.id });
      chunk.forEach((organisation, i) =>
        orgIds.set(organisation.key, (rows[i] as { id: string }).id),
      );
      const contactRows = chunk.flatMap((organisation) =>
        organisation.contacts.map(({ key, ...contact }) => ({
          key,
          row: { ...contact, projectId, organisationId: orgIds.get(organisation.key) as string },
        })),
      );
      if (contactRows.length) {
        const inserted = await tx
          .insert(contacts)
          .values(contactRows.map((c) => c.row))
          .returning({ id: contacts.id });
        contactRows.forEach((c, i) => contactIds.set(c.key, (inserted[i] as { id: string }).id));
        contactCount += contactRows.length;
      }
    });

    // The chain and the working group come after the organisations the group names.
    const [project = created] =
      valueChain || workingGroup
        ? await tx
            .update(projects)
            .set({
              valueChain,
              workingGroup: workingGroup && {
                memberIds: workingGroup.memberKeys.map((k) => orgIds.get(k) as string),
                confirmedAt: workingGroup.confirmedAt,
                confirmedBy: person(workingGroup.confirmedBy),
              },
            })
            .where(eq(projects.id, projectId))
            .returning()
        : [];

    let followUpCount = 0;
    for (const visit of bundle.visits) {
      const [row] = await tx
        .insert(visits)
        .values({
          projectId,
          visitedOn: visit.visitedOn,
          level: visit.level,
          purpose: visit.purpose,
          notes: visit.notes,
          outcomes: visit.outcomes,
        })
        .returning({ id: visits.id });
      const visitId = (row as { id: string }).id;
      const orgs = [...new Set(visit.organisationKeys)].map((k) => ({
        visitId,
        organisationId: orgIds.get(k) as string,
      }));
      await tx.insert(visitOrganisations).values(orgs);
      const people = [...new Set(visit.contactKeys)].map((k) => ({
        visitId,
        contactId: contactIds.get(k) as string,
      }));
      if (people.length) await tx.insert(visitContacts).values(people);
      const team = [...new Set(visit.team.map(person).filter((id): id is string => id !== null))];
      if (team.length)
        await tx.insert(visitTeam).values(team.map((userId) => ({ visitId, userId })));
      if (visit.followUps.length) {
        await tx.insert(followUps).values(
          visit.followUps.map((f) => ({
            projectId,
            visitId,
            description: f.description,
            dueOn: f.dueOn,
            doneOn: f.doneOn,
            assigneeUserId: person(f.assignee),
          })),
        );
        followUpCount += visit.followUps.length;
      }
    }

    await insertChunked(bundle.commitments, (chunk) =>
      tx.insert(commitmentAssessments).values(
        chunk.map(({ organisationKey, assessor, recordedAt, ...commitment }) => ({
          ...commitment,
          pledgedAmount: commitment.pledgedAmount ?? null,
          projectId,
          organisationId: orgIds.get(organisationKey) as string,
          assessorUserId: person(assessor),
          ...(recordedAt ? { createdAt: new Date(recordedAt) } : {}),
        })),
      ),
    );
    if (bundle.decisions.length) {
      await tx.insert(gateDecisions).values(
        bundle.decisions.map(({ decidedBy, recordedAt, ...decision }) => ({
          ...decision,
          projectId,
          decidedBy: person(decidedBy),
          ...(recordedAt ? { createdAt: new Date(recordedAt) } : {}),
        })),
      );
    }
    const fieldStudy = await importFieldStudy(tx, bundle, {
      projectId,
      orgIds,
      contactIds,
      person,
      createdBy: options.owner?.id ?? null,
    });
    const { workshopIds, ...workshopPart } = await importWorkshopPart(tx, bundle, {
      projectId,
      orgIds,
      person,
      createdBy: options.owner?.id ?? null,
    });
    const informationDay = await importInformationDayPart(tx, bundle, {
      projectId,
      orgIds,
      workshopIds,
      createdBy: options.owner?.id ?? null,
    });
    const roadmap = await importRoadmapPart(tx, bundle, {
      projectId,
      orgIds,
      workshopIds,
      person,
      createdBy: options.owner?.id ?? null,
    });
    const [withSettings] =
      bundle.project.ioSettings ||
      bundle.roadmap.settings ||
      bundle.roadmap.selfAssessmentIndicators
        ? await tx.select().from(projects).where(eq(projects.id, projectId))
        : [project];
    return {
      project: withSettings ?? project,
      counts: {
        ...fieldStudy,
        ...workshopPart,
        ...informationDay,
        ...roadmap,
        organisations: orgIds.size,
        contacts: contactCount,
        visits: bundle.visits.length,
        followUps: followUpCount,
        commitments: bundle.commitments.length,
        decisions: bundle.decisions.length,
      },
      warnings: [...warnings],
    };
  });
}

/** The whole project as a bundle; database ids become keys, users become emails. */
export async function exportBundle(db: Db, project: ProjectRow, now: Date): Promise<ProjectBundle> {
  const projectId = project.id;
  const [orgs, people, visitRows, links, followUpRows, commitmentRows, decisionRows, members] =
    await Promise.all([
      listOrganisations(db, projectId),
      listContacts(db, projectId),
      listVisits(db, projectId),
      visitLinks(db, projectId),
      listFollowUps(db, projectId),
      listCommitmentsOldestFirst(db, projectId),
      listDecisions(db, projectId),
      db
        .select({ id: users.id, email: users.email })
        .from(projectMembers)
        .innerJoin(users, eq(users.id, projectMembers.userId))
        .where(eq(projectMembers.projectId, projectId)),
    ]);
  const emailOf = new Map(members.map((m) => [m.id, m.email]));
  /** Organisation ids are the keys; a deleted organisation drops out of the working group. */
  const orgKeys = new Set(orgs.map((o) => o.id));
  const email = (id: string | null) => (id ? (emailOf.get(id) ?? null) : null);
  const fieldStudy = await exportFieldStudy(
    db,
    projectId,
    email,
    new Set(orgs.map((o) => o.id)),
    new Set(people.map((c) => c.id)),
  );
  const { ioSettings, ...workshopPart } = await exportWorkshopPart(
    db,
    projectId,
    project.ioSettings ?? null,
    orgKeys,
    email,
  );
  const informationDay = await exportInformationDayPart(
    db,
    projectId,
    orgKeys,
    new Set(workshopPart.workshops.flatMap((w) => (w.key ? [w.key] : []))),
  );
  const roadmap = await exportRoadmapPart(db, project, orgKeys, email);
  const clean = <T extends object>(row: T) =>
    Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as Partial<T>;
  const byVisit = <T extends { visitId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.visitId, [...(map.get(row.visitId) ?? []), row]);
    return map;
  };
  const orgLinks = byVisit(links.organisations);
  const contactLinks = byVisit(links.contacts);
  const teamLinks = byVisit(links.team);
  const visitFollowUps = byVisit(followUpRows);

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    project: {
      name: project.name,
      slug: project.slug,
      sector: project.sector,
      region: project.region,
      description: project.description,
      languages: project.languages as ('tr' | 'en')[],
      isSample: project.isSample,
      readinessThresholds: project.readinessThresholds ?? DEFAULT_READINESS_THRESHOLDS,
      valueChain: project.valueChain ?? null,
      workingGroup: project.workingGroup && {
        memberKeys: project.workingGroup.memberIds.filter((id) => orgKeys.has(id)),
        confirmedAt: project.workingGroup.confirmedAt,
        confirmedBy: email(project.workingGroup.confirmedBy),
      },
      ioSettings,
    },
    organisations: orgs.map(
      ({ id, projectId: _p, nameKey: _n, createdAt: _c, updatedAt: _u, ...organisation }) => ({
        ...clean(organisation),
        name: organisation.name,
        type: organisation.type,
        needsReview: organisation.needsReview,
        source: organisation.source,
        key: id,
        contacts: people
          .filter((c) => c.organisationId === id)
          .map(
            ({
              id: contactId,
              projectId: _pp,
              organisationId: _o,
              createdAt: _cc,
              ...contact
            }) => ({
              ...clean(contact),
              name: contact.name,
              consentToContact: contact.consentToContact,
              key: contactId,
            }),
          ),
      }),
    ),
    visits: [...visitRows].reverse().map((visit) => ({
      key: visit.id,
      visitedOn: visit.visitedOn as IsoDate,
      level: visit.level,
      purpose: visit.purpose,
      organisationKeys: (orgLinks.get(visit.id) ?? []).map((l) => l.organisationId),
      contactKeys: (contactLinks.get(visit.id) ?? []).map((l) => l.contactId),
      team: (teamLinks.get(visit.id) ?? [])
        .map((l) => email(l.userId))
        .filter((e): e is string => e !== null),
      notes: visit.notes,
      outcomes: visit.outcomes,
      followUps: (visitFollowUps.get(visit.id) ?? []).map((f) => ({
        description: f.description,
        dueOn: f.dueOn as IsoDate,
        doneOn: (f.doneOn as IsoDate | null) ?? null,
        assignee: email(f.assigneeUserId),
      })),
    })),
    commitments: commitmentRows.map(({ commitment, assessorEmail }) => ({
      organisationKey: commitment.organisationId,
      willingness: commitment.willingness,
      influence: commitment.influence,
      resourcesPledged: commitment.resourcesPledged,
      pledgedAmount: commitment.pledgedAmount,
      currency: commitment.currency,
      assessedOn: commitment.assessedOn as IsoDate,
      notes: commitment.notes,
      assessor: assessorEmail,
      recordedAt: commitment.createdAt.toISOString(),
    })),
    decisions: [...decisionRows].reverse().map(({ decision }) => ({
      decision: decision.decision,
      decidedOn: decision.decidedOn as IsoDate,
      note: decision.note,
      decidedBy: email(decision.decidedBy),
      recordedAt: decision.createdAt.toISOString(),
    })),
    ...fieldStudy,
    ...workshopPart,
    ...informationDay,
    roadmap,
  };
}
