// What each project role may do: the table the server consults before every project route.

import { describe, expect, it } from 'vitest';
import { can, PROJECT_ROLES, type ProjectPermission, type ProjectRole } from './roles';

const permissions: ProjectPermission[] = [
  'read',
  'edit',
  'registry',
  'decide',
  'statistics',
  'field_study',
  'workshops',
  'manage_members',
];
const allowed = (role: ProjectRole | null | undefined) => permissions.filter((p) => can(role, p));

describe('can', () => {
  it('lets an owner do everything', () => {
    expect(allowed('owner')).toEqual(permissions);
  });

  it('lets a facilitator do everything but manage members', () => {
    expect(allowed('facilitator')).toEqual([
      'read',
      'edit',
      'registry',
      'decide',
      'statistics',
      'field_study',
      'workshops',
    ]);
    expect(can('facilitator', 'manage_members')).toBe(false);
  });

  it('lets members and viewers read only, never write', () => {
    for (const role of ['member', 'viewer'] as const) {
      expect(allowed(role), role).toEqual(['read']);
    }
  });

  it('lets no role, null or undefined, do anything', () => {
    expect(allowed(null)).toEqual([]);
    expect(allowed(undefined)).toEqual([]);
  });

  it('lets only owners and facilitators import and edit statistics', () => {
    expect(PROJECT_ROLES.filter((role) => can(role, 'statistics'))).toEqual([
      'owner',
      'facilitator',
    ]);
  });

  it('lets only owners and facilitators create and run workshops', () => {
    expect(PROJECT_ROLES.filter((role) => can(role, 'workshops'))).toEqual([
      'owner',
      'facilitator',
    ]);
  });

  it('lets every role read', () => {
    for (const role of PROJECT_ROLES) expect(can(role, 'read'), role).toBe(true);
  });
});
