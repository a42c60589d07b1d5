// The working group through the API: the sample project's suggestion, confirming a group, and who
// may confirm it with which organisations.

import { setMemberRole } from '@kume/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { ClusterMapView, WorkingGroupView } from '../apiTypes';
import { createSampleProject } from '../sampleProject';

describe('working group', () => {
  let t: TestApp;
  let owner: Agent;
  let viewer: Agent;
  let sampleSlug: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    viewer = await t.signUp('viewer@example.com');
    const result = await createSampleProject(t.database.db, new Date('2026-03-01T10:00:00Z'), {
      owner: { id: owner.userId ?? '', email: 'owner@example.com' },
    });
    sampleSlug = result?.project.slug ?? '';
    await setMemberRole(t.database.db, result?.project.id ?? '', viewer.userId ?? '', 'viewer');
  });
  afterAll(() => t.close());

  it("the sample project's suggestion covers its placed stages and meets or reports the minimums", async () => {
    const map = expectStatus(
      await owner.get(`/api/projects/${sampleSlug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
    const view = expectStatus(
      await viewer.get(`/api/projects/${sampleSlug}/working-group`),
      200,
    ).json() as WorkingGroupView;
    expect(view.confirmed).toBeNull();
    const { members, uncovered, meetsMinimums } = view.suggestion;
    const nodes = new Map(map.nodes.map((n) => [n.id, n]));
    expect(members.every((m) => nodes.has(m.id) && m.reasons.length > 0)).toBe(true);
    const memberStages = new Set(members.map((m) => nodes.get(m.id)?.stageId));
    for (const stage of map.chain.stages) {
      const placed = map.nodes.some((n) => n.stageId === stage.id);
      expect(memberStages.has(stage.id) || uncovered.stages.includes(stage.id)).toBe(true);
      expect(uncovered.stages.includes(stage.id)).toBe(!placed);
    }
    const committed = map.nodes.filter((n) => (n.willingness ?? 0) >= 4);
    expect(committed.length).toBeGreaterThan(0);
    const ids = new Set(members.map((m) => m.id));
    expect(committed.every((n) => ids.has(n.id))).toBe(true);
    const firms = map.nodes.filter((n) =>
      ['firm', 'supplier', 'service_provider'].includes(n.type),
    );
    const firmMembers = firms.filter((n) => ids.has(n.id)).length;
    expect(meetsMinimums.firms).toEqual({ have: firmMembers, need: 20 });
    expect(firmMembers).toBeGreaterThanOrEqual(Math.min(20, firms.length));
    expect(
      members.filter((m) => m.reasons.some((r) => r.code === 'broker')).length,
    ).toBeGreaterThan(0);
    for (const key of ['chambers', 'universities'] as const) {
      expect(meetsMinimums[key].need).toBe(1);
      expect(meetsMinimums[key].have).toBeGreaterThanOrEqual(1);
    }
  });

  it('a confirmed group is stored with who confirmed it and shown by GET', async () => {
    const { suggestion } = expectStatus(
      await owner.get(`/api/projects/${sampleSlug}/working-group`),
      200,
    ).json() as WorkingGroupView;
    const memberIds = suggestion.members.slice(0, 5).map((m) => m.id);
    const saved = expectStatus(
      await owner.put(`/api/projects/${sampleSlug}/working-group`, { memberIds }),
      200,
    ).json() as WorkingGroupView;
    expect(saved.confirmed?.memberIds).toEqual(memberIds);
    const read = expectStatus(
      await viewer.get(`/api/projects/${sampleSlug}/working-group`),
      200,
    ).json() as WorkingGroupView;
    expect(read.confirmed).toEqual(saved.confirmed);
    expect(read.confirmed?.confirmedBy).toBe(owner.userId);
    expect(Number.isNaN(Date.parse(read.confirmed?.confirmedAt ?? ''))).toBe(false);
  });

  it('a viewer cannot confirm; an id of another project is refused with 400 naming its index', async () => {
    const { suggestion } = expectStatus(
      await owner.get(`/api/projects/${sampleSlug}/working-group`),
      200,
    ).json() as WorkingGroupView;
    const own = suggestion.members[0]!.id;
    expectStatus(
      await viewer.put(`/api/projects/${sampleSlug}/working-group`, { memberIds: [own] }),
      403,
    );
    const otherSlug = await createProject(owner, 'Başka küme');
    const foreign = expectStatus(
      await owner.post(`/api/projects/${otherSlug}/organisations`, {
        name: 'Yabancı',
        type: 'firm',
      }),
      201,
    ).json() as { id: string };
    const refused = expectStatus(
      await owner.put(`/api/projects/${sampleSlug}/working-group`, {
        memberIds: [own, foreign.id],
      }),
      400,
    ).json() as { error: { issues: { path: string }[] } };
    expect(refused.error.issues.map((i) => i.path)).toEqual(['body.memberIds.1']);
    expectStatus(
      await owner.put(`/api/projects/${otherSlug}/working-group`, { memberIds: [own] }),
      400,
    );
    const after = expectStatus(
      await owner.get(`/api/projects/${otherSlug}/working-group`),
      200,
    ).json() as WorkingGroupView;
    expect(after.confirmed).toBeNull();
  });
});
