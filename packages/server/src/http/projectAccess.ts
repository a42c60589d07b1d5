// Authorisation of project routes: the project must exist and the user must hold a role that
// allows the action. Non-members get 404, so a project's existence is not disclosed.

import type { FastifyRequest } from 'fastify';
import { can, type ProjectPermission, type ProjectRole } from '@kume/core';
import { findProjectBySlug, roleInProject, type ProjectRow } from '@kume/db';
import { requireUser } from '../auth/sessions';
import type { SignedIn } from '../context';
import { forbidden, notFound } from './httpError';

export interface ProjectAccess extends SignedIn {
  project: ProjectRow;
  role: ProjectRole;
}

export async function projectAccess(
  request: FastifyRequest,
  slug: string,
  permission: ProjectPermission,
): Promise<ProjectAccess> {
  const signedIn = requireUser(request);
  const db = request.server.kume.db;
  const project = await findProjectBySlug(db, slug);
  const role = project ? await roleInProject(db, project.id, signedIn.user.id) : null;
  if (!project || !role) throw notFound('project');
  if (!can(role, permission)) throw forbidden();
  return { ...signedIn, project, role };
}
