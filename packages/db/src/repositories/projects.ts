// Projects, their members and invitations.

import { and, asc, eq, inArray, isNull, like, or } from 'drizzle-orm';
import {
  slugify,
  type ProjectInput,
  type ProjectRole,
  type ReadinessThresholds,
  type ValueChain,
} from '@kume/core';
import type { Db } from '../database';
import { isUniqueViolation } from '../errors';
import {
  invitations,
  projectMembers,
  projects,
  users,
  type ConfirmedWorkingGroup,
} from '../schema/index';

export type ProjectRow = typeof projects.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

/** A free slug from the name: "izmir-dokum", then "izmir-dokum-2", ... */
export async function freeSlug(db: Db, wanted: string): Promise<string> {
  const base = slugify(wanted);
  const taken = new Set(
    (
      await db
        .select({ slug: projects.slug })
        .from(projects)
        .where(or(eq(projects.slug, base), like(projects.slug, `${base}-%`)))
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createProject(
  db: Db,
  input: ProjectInput & {
    slug?: string;
    isSample?: boolean;
    readinessThresholds?: ReadinessThresholds;
  },
  ownerId: string | null,
): Promise<ProjectRow> {
  // Two projects named alike at the same moment can race for a slug: try again with a fresh one.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(async (tx) => {
        const slug = await freeSlug(tx, input.slug ?? input.name);
        const [project] = await tx
          .insert(projects)
          .values({ ...input, slug })
          .returning();
        if (!project) throw new Error('project insert returned nothing');
        if (ownerId)
          await tx
            .insert(projectMembers)
            .values({ projectId: project.id, userId: ownerId, role: 'owner' });
        return project;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export async function findProjectBySlug(db: Db, slug: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(projects).where(eq(projects.slug, slug));
  return row;
}

/** The projects a user is a member of, with the user's role, by name. */
export async function listProjectsOfUser(db: Db, userId: string) {
  return db
    .select({ project: projects, role: projectMembers.role })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(eq(projectMembers.userId, userId))
    .orderBy(asc(projects.name));
}

export async function roleInProject(
  db: Db,
  projectId: string,
  userId: string,
): Promise<ProjectRole | null> {
  const [row] = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
  return row?.role ?? null;
}

export async function updateProject(
  db: Db,
  projectId: string,
  patch: Partial<ProjectInput> & {
    readinessThresholds?: ReadinessThresholds;
    valueChain?: ValueChain | null;
    workingGroup?: ConfirmedWorkingGroup | null;
  },
): Promise<ProjectRow> {
  const [row] = await db
    .update(projects)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(projects.id, projectId))
    .returning();
  return row as ProjectRow;
}

export async function deleteProject(db: Db, projectId: string) {
  await db.delete(projects).where(eq(projects.id, projectId));
}

/** Projects that nobody owns (the sample project before the first sign-in). */
export async function projectsWithoutOwner(db: Db): Promise<ProjectRow[]> {
  const owned = db
    .select({ id: projectMembers.projectId })
    .from(projectMembers)
    .where(eq(projectMembers.role, 'owner'));
  const all = await db.select().from(projects);
  const ownedIds = new Set((await owned).map((row) => row.id));
  return all.filter((project) => !ownedIds.has(project.id));
}

export async function listMembers(db: Db, projectId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: projectMembers.role,
      since: projectMembers.createdAt,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(asc(users.name));
}

export async function setMemberRole(db: Db, projectId: string, userId: string, role: ProjectRole) {
  await db
    .insert(projectMembers)
    .values({ projectId, userId, role })
    .onConflictDoUpdate({
      target: [projectMembers.projectId, projectMembers.userId],
      set: { role },
    });
}

export async function removeMember(db: Db, projectId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
    .returning();
  return rows.length > 0;
}

export async function countOwners(db: Db, projectId: string): Promise<number> {
  const rows = await db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.role, 'owner')));
  return rows.length;
}

export async function createInvitation(
  db: Db,
  input: {
    projectId: string;
    email: string;
    role: ProjectRole;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
): Promise<InvitationRow> {
  const [row] = await db
    .insert(invitations)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning();
  return row as InvitationRow;
}

export async function listOpenInvitations(db: Db, projectId: string) {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.projectId, projectId), isNull(invitations.acceptedAt)))
    .orderBy(asc(invitations.createdAt));
}

export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ invitation: invitations, project: projects })
    .from(invitations)
    .innerJoin(projects, eq(projects.id, invitations.projectId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row;
}

/** Marks the invitation accepted and gives the user its role (keeping a higher role they hold). */
export async function acceptInvitation(
  db: Db,
  invitation: InvitationRow,
  userId: string,
  now: Date,
) {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: projectMembers.role })
      .from(projectMembers)
      .where(
        and(eq(projectMembers.projectId, invitation.projectId), eq(projectMembers.userId, userId)),
      );
    const rank = { owner: 0, facilitator: 1, member: 2, viewer: 3 } as const;
    if (!current || rank[invitation.role] < rank[current.role]) {
      await setMemberRole(tx, invitation.projectId, userId, invitation.role);
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(eq(invitations.id, invitation.id));
  });
}

export async function deleteInvitation(
  db: Db,
  projectId: string,
  invitationId: string,
): Promise<boolean> {
  const rows = await db
    .delete(invitations)
    .where(
      and(
        eq(invitations.projectId, projectId),
        eq(invitations.id, invitationId),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning();
  return rows.length > 0;
}

export async function projectIdsBySlugs(db: Db, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db
    .select({ id: projects.id, slug: projects.slug })
    .from(projects)
    .where(inArray(projects.slug, slugs));
}
