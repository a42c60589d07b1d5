// Repository contract for projects, members and invitations; runs on PGlite and PostgreSQL.

import { projectInputSchema, type ProjectRole } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import {
  acceptInvitation,
  countOwners,
  createInvitation,
  createProject,
  deleteInvitation,
  deleteProject,
  findInvitationByTokenHash,
  findProjectBySlug,
  freeSlug,
  listMembers,
  listOpenInvitations,
  listProjectsOfUser,
  projectsWithoutOwner,
  removeMember,
  roleInProject,
  setMemberRole,
  updateProject,
} from './projects';
import { createUser } from './users';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

let made = 0;
const newUser = (name = 'User') => {
  made += 1;
  return createUser(db, {
    email: `member${made}@kume.example`,
    name: `${name} ${made}`,
    passwordHash: 'x',
  });
};
const newProject = (name: string, ownerId: string | null = null) =>
  createProject(db, projectInputSchema.parse({ name }), ownerId);
const day = 86_400_000;
const now = new Date('2026-03-01T10:00:00Z');

let invitationCount = 0;
async function invite(projectId: string, role: ProjectRole, invitedBy: string) {
  invitationCount += 1;
  return createInvitation(db, {
    projectId,
    email: `Invitee${invitationCount}@Ajans.Example`,
    role,
    tokenHash: `token-${invitationCount}`,
    invitedBy,
    expiresAt: new Date(now.getTime() + 7 * day),
  });
}

describe('project slugs', () => {
  it('come from the name, numbered from 2 when taken: izmir-dokum, izmir-dokum-2, izmir-dokum-3', async () => {
    expect((await newProject('İzmir Döküm')).slug).toBe('izmir-dokum');
    expect((await newProject('İZMİR DÖKÜM')).slug).toBe('izmir-dokum-2');
    expect((await newProject('izmir dokum')).slug).toBe('izmir-dokum-3');
    expect(await freeSlug(db, 'İzmir Döküm')).toBe('izmir-dokum-4');
  });

  it('are not taken by longer slugs that start alike', async () => {
    expect((await newProject('Manisa Mobilya Kümesi')).slug).toBe('manisa-mobilya-kumesi');
    expect(await freeSlug(db, 'Manisa Mobilya')).toBe('manisa-mobilya');
  });

  it('use a given slug instead of the name', async () => {
    const project = await createProject(
      db,
      { ...projectInputSchema.parse({ name: 'Örnek' }), slug: 'demo' },
      null,
    );
    expect(project.slug).toBe('demo');
    expect((await findProjectBySlug(db, 'demo'))?.id).toBe(project.id);
  });
});

describe('projects', () => {
  it('store the defaults of a new project', async () => {
    const project = await newProject('Aydın Tekstil');
    expect(project).toMatchObject({
      name: 'Aydın Tekstil',
      sector: '',
      languages: ['tr', 'en'],
      isSample: false,
    });
    expect(project.readinessThresholds).toBeNull();
  });

  it('make the creator the owner, and list the projects of a user with the role', async () => {
    const owner = await newUser();
    const project = await newProject('Denizli Tekstil', owner.id);
    expect(await roleInProject(db, project.id, owner.id)).toBe('owner');
    expect(await countOwners(db, project.id)).toBe(1);
    const mine = await listProjectsOfUser(db, owner.id);
    expect(mine.map((row) => [row.project.slug, row.role])).toEqual([['denizli-tekstil', 'owner']]);
  });

  it('update the fields given and keep the rest', async () => {
    const project = await newProject('Bursa Otomotiv');
    const updated = await updateProject(db, project.id, { sector: 'Automotive' });
    expect(updated).toMatchObject({ name: 'Bursa Otomotiv', sector: 'Automotive' });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(project.updatedAt.getTime());
  });

  it('list projects that nobody owns', async () => {
    const owner = await newUser();
    const orphan = await newProject('Sahipsiz');
    const owned = await newProject('Sahipli', owner.id);
    const ids = (await projectsWithoutOwner(db)).map((p) => p.id);
    expect(ids).toContain(orphan.id);
    expect(ids).not.toContain(owned.id);
  });

  it('are gone after deletion, with their members', async () => {
    const owner = await newUser();
    const project = await newProject('Silinecek', owner.id);
    await deleteProject(db, project.id);
    expect(await findProjectBySlug(db, project.slug)).toBeUndefined();
    expect(await listProjectsOfUser(db, owner.id)).toEqual([]);
  });
});

describe('members and roles', () => {
  it('give a user a role, change it, and remove it', async () => {
    const owner = await newUser();
    const user = await newUser();
    const project = await newProject('Rol Testi', owner.id);
    expect(await roleInProject(db, project.id, user.id)).toBeNull();
    await setMemberRole(db, project.id, user.id, 'viewer');
    expect(await roleInProject(db, project.id, user.id)).toBe('viewer');
    await setMemberRole(db, project.id, user.id, 'facilitator');
    expect(await roleInProject(db, project.id, user.id)).toBe('facilitator');
    expect((await listMembers(db, project.id)).map((m) => m.userId).sort()).toEqual(
      [owner.id, user.id].sort(),
    );
    expect(await removeMember(db, project.id, user.id)).toBe(true);
    expect(await removeMember(db, project.id, user.id)).toBe(false);
    expect(await roleInProject(db, project.id, user.id)).toBeNull();
  });

  it('are per project: a role in one project gives nothing in another', async () => {
    const user = await newUser();
    const first = await newProject('Birinci', user.id);
    const second = await newProject('İkinci');
    expect(await roleInProject(db, first.id, user.id)).toBe('owner');
    expect(await roleInProject(db, second.id, user.id)).toBeNull();
  });

  it('count owners', async () => {
    const owner = await newUser();
    const other = await newUser();
    const project = await newProject('Sahipler', owner.id);
    await setMemberRole(db, project.id, other.id, 'owner');
    expect(await countOwners(db, project.id)).toBe(2);
    await setMemberRole(db, project.id, other.id, 'member');
    expect(await countOwners(db, project.id)).toBe(1);
  });
});

describe('invitations', () => {
  it('store the email lower-cased and are found by token hash with their project', async () => {
    const owner = await newUser();
    const project = await newProject('Davet', owner.id);
    const invitation = await invite(project.id, 'member', owner.id);
    expect(invitation.email).toMatch(/^invitee\d+@ajans\.example$/);
    const found = await findInvitationByTokenHash(db, invitation.tokenHash);
    expect(found?.invitation.id).toBe(invitation.id);
    expect(found?.project.id).toBe(project.id);
    expect(await findInvitationByTokenHash(db, 'no-such-token')).toBeUndefined();
  });

  it('give a new member the invited role and close the invitation', async () => {
    const owner = await newUser();
    const user = await newUser();
    const project = await newProject('Davet Kabul', owner.id);
    const invitation = await invite(project.id, 'member', owner.id);
    expect((await listOpenInvitations(db, project.id)).map((i) => i.id)).toEqual([invitation.id]);
    await acceptInvitation(db, invitation, user.id, now);
    expect(await roleInProject(db, project.id, user.id)).toBe('member');
    expect(await listOpenInvitations(db, project.id)).toEqual([]);
    const found = await findInvitationByTokenHash(db, invitation.tokenHash);
    expect(found?.invitation).toMatchObject({ acceptedBy: user.id, acceptedAt: now });
  });

  it('keep a higher role the user holds already', async () => {
    const owner = await newUser();
    const facilitator = await newUser();
    const project = await newProject('Yüksek Rol', owner.id);
    await setMemberRole(db, project.id, facilitator.id, 'facilitator');
    await acceptInvitation(db, await invite(project.id, 'viewer', owner.id), facilitator.id, now);
    expect(await roleInProject(db, project.id, facilitator.id)).toBe('facilitator');
    await acceptInvitation(db, await invite(project.id, 'member', owner.id), owner.id, now);
    expect(await roleInProject(db, project.id, owner.id)).toBe('owner');
  });

  it('raise a lower role to the invited one', async () => {
    const owner = await newUser();
    const viewer = await newUser();
    const project = await newProject('Rol Yükselt', owner.id);
    await setMemberRole(db, project.id, viewer.id, 'viewer');
    await acceptInvitation(db, await invite(project.id, 'facilitator', owner.id), viewer.id, now);
    expect(await roleInProject(db, project.id, viewer.id)).toBe('facilitator');
  });

  it('are deleted only while open and only through their own project', async () => {
    const owner = await newUser();
    const project = await newProject('Davet Sil', owner.id);
    const other = await newProject('Başka Proje', owner.id);
    const open = await invite(project.id, 'viewer', owner.id);
    expect(await deleteInvitation(db, other.id, open.id)).toBe(false);
    expect(await deleteInvitation(db, project.id, open.id)).toBe(true);
    const accepted = await invite(project.id, 'viewer', owner.id);
    await acceptInvitation(db, accepted, (await newUser()).id, now);
    expect(await deleteInvitation(db, project.id, accepted.id)).toBe(false);
  });
});
