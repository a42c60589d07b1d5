// Project roles and what each may do. The server asks `can` before every project route.

export const PROJECT_ROLES = ['owner', 'facilitator', 'member', 'viewer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/**
 * - read: see the project and its data;
 * - edit: change the project's settings (name, thresholds);
 * - registry: write organisations, contacts, visits, commitments, imports;
 * - decide: record the readiness gate decision;
 * - statistics: import and delete datasets, cluster definitions and relatedness matrices, edit
 *   definitions and choose the field study's statistics settings;
 * - field_study: write questionnaires, respondent links, interviews, focus groups and relations;
 * - workshops: create, run (go live, close, take the facilitator's seat), export and delete
 *   workshops; working group members join workshops with a join code, not through this permission;
 * - events: run the Information Day (event, registrations, invitations, check-in, polls, the deck);
 * - roadmap: assemble the roadmap, write actions, indicators and their values, self-assessments;
 * - manage_members: invite, change roles, remove; delete the project.
 */
export type ProjectPermission =
  | 'read'
  | 'edit'
  | 'registry'
  | 'decide'
  | 'statistics'
  | 'field_study'
  | 'workshops'
  | 'events'
  | 'roadmap'
  | 'manage_members';

const permissions: Record<ProjectRole, readonly ProjectPermission[]> = {
  owner: [
    'read',
    'edit',
    'registry',
    'decide',
    'statistics',
    'field_study',
    'workshops',
    'events',
    'roadmap',
    'manage_members',
  ],
  facilitator: [
    'read',
    'edit',
    'registry',
    'decide',
    'statistics',
    'field_study',
    'workshops',
    'events',
    'roadmap',
  ],
  // Working group members take part in workshops (later stages); in stage 1 they read.
  member: ['read'],
  viewer: ['read'],
};

export function can(role: ProjectRole | null | undefined, permission: ProjectPermission): boolean {
  return role != null && permissions[role].includes(permission);
}
