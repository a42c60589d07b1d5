// The cluster map through the API: the project's value chain (template copy, edited chain, bad
// chains refused with their path) and the map of the sample project with metrics and gaps.

import { GAP_KINDS } from '@kume/core';
import { setMemberRole } from '@kume/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { ClusterMapView, ValueChainView } from '../apiTypes';
import { createSampleProject } from '../sampleProject';

describe('cluster map', () => {
  let t: TestApp;
  let owner: Agent;
  let viewer: Agent;
  let stranger: Agent;
  let sampleSlug: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    viewer = await t.signUp('viewer@example.com');
    stranger = await t.signUp('stranger@example.com');
    const result = await createSampleProject(t.database.db, new Date('2026-03-01T10:00:00Z'), {
      owner: { id: owner.userId ?? '', email: 'owner@example.com' },
    });
    sampleSlug = result?.project.slug ?? '';
    await setMemberRole(t.database.db, result?.project.id ?? '', viewer.userId ?? '', 'viewer');
  });
  afterAll(() => t.close());

  it('the sample map has every organisation, its 196 relations, communities and ranked gaps', async () => {
    const organisations = expectStatus(
      await owner.get(`/api/projects/${sampleSlug}/organisations?pageSize=500`),
      200,
    ).json() as { total: number };
    const map = expectStatus(
      await viewer.get(`/api/projects/${sampleSlug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
    expect(map.nodes).toHaveLength(organisations.total);
    expect(map.summary.nodes).toBe(organisations.total);
    expect(map.edges).toHaveLength(196);
    expect(map.chainSource).toBe('sector_template');
    expect(map.chain.templateId).toBe('machinery_metal_casting');
    expect(map.summary.communities).toBeGreaterThan(1);
    expect(map.summary.modularity).toBeGreaterThan(0);
    expect(map.summary.byStage.map((s) => s.group)).toEqual(map.chain.stages.map((s) => s.id));
    const nodeIds = new Set(map.nodes.map((n) => n.id));
    expect(map.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    expect(map.nodes.some((n) => n.stageId !== null && n.placement !== null)).toBe(true);
    const degrees = map.nodes.reduce((sum, n) => sum + n.metrics.outDegree, 0);
    expect(degrees).toBe(map.summary.edges);
    expect(map.gaps.length).toBeGreaterThan(0);
    for (const gap of map.gaps) expect(GAP_KINDS).toContain(gap.kind);
    const scores = map.gaps.map((g) => g.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('a project without a chain uses the generic template and lists its organisations as isolates', async () => {
    const response = expectStatus(
      await owner.post('/api/projects', { name: 'Boş küme', sector: 'Mobilya', region: 'İzmir' }),
      201,
    );
    const { slug } = response.json() as { slug: string };
    const view = expectStatus(
      await owner.get(`/api/projects/${slug}/value-chain`),
      200,
    ).json() as ValueChainView;
    expect(view.chain).toBeNull();
    expect(view.templates.map((template) => template.id)).toContain('hvac_r');
    expectStatus(
      await owner.post(`/api/projects/${slug}/organisations`, { name: 'Tek Firma', type: 'firm' }),
      201,
    );
    const map = expectStatus(
      await owner.get(`/api/projects/${slug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
    expect(map.chainSource).toBe('generic_template');
    expect(map.summary).toMatchObject({ nodes: 1, edges: 0, isolates: 1 });
    expect(map.gaps.filter((g) => g.kind === 'empty_stage')).toHaveLength(map.chain.stages.length);
  });

  it('a chosen template becomes the project chain; an edited chain is saved and the map uses it', async () => {
    const slug = await createProject(owner, 'Klima kümesi');
    const chosen = expectStatus(
      await owner.put(`/api/projects/${slug}/value-chain`, { templateId: 'hvac_r' }),
      200,
    ).json() as ValueChainView;
    expect(chosen.chain?.templateId).toBe('hvac_r');
    const chain = chosen.chain!;
    const [first, ...rest] = chain.stages;
    const edited = {
      ...chain,
      stages: [{ ...first, name: { tr: 'Özel aşama', en: 'Own stage' } }, ...rest],
    };
    const saved = expectStatus(
      await owner.put(`/api/projects/${slug}/value-chain`, { chain: edited }),
      200,
    ).json() as ValueChainView;
    expect(saved.chain?.stages[0]?.name.en).toBe('Own stage');
    const map = expectStatus(
      await owner.get(`/api/projects/${slug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
    expect(map.chainSource).toBe('project');
    expect(map.chain.stages[0]?.name.tr).toBe('Özel aşama');
  });

  it('a bad chain or an unknown template is refused with 400 naming the path', async () => {
    const slug = await createProject(owner, 'Hatalı zincir');
    const { chain } = expectStatus(
      await owner.put(`/api/projects/${slug}/value-chain`, { templateId: 'hvac_r' }),
      200,
    ).json() as ValueChainView;
    const stages = chain!.stages;
    const twice = { ...chain, stages: [stages[0], { ...stages[1], id: stages[0]!.id }] };
    const bad = expectStatus(
      await owner.put(`/api/projects/${slug}/value-chain`, { chain: twice }),
      400,
    ).json() as { error: { issues: { path: string }[] } };
    expect(bad.error.issues.map((i) => i.path)).toContain('body.chain.stages.1.id');
    const unknown = expectStatus(
      await owner.put(`/api/projects/${slug}/value-chain`, { templateId: 'shipbuilding' }),
      400,
    ).json() as { error: { issues: { path: string }[] } };
    expect(unknown.error.issues[0]?.path).toBe('body.templateId');
    expectStatus(await owner.put(`/api/projects/${slug}/value-chain`, {}), 400);
    const after = expectStatus(
      await owner.get(`/api/projects/${slug}/value-chain`),
      200,
    ).json() as ValueChainView;
    expect(after.chain?.stages).toHaveLength(stages.length);
  });

  it('a viewer reads the chain and the map but cannot set the chain; a stranger sees neither', async () => {
    expectStatus(await viewer.get(`/api/projects/${sampleSlug}/value-chain`), 200);
    expectStatus(
      await viewer.put(`/api/projects/${sampleSlug}/value-chain`, { templateId: 'hvac_r' }),
      403,
    );
    expectStatus(await stranger.get(`/api/projects/${sampleSlug}/cluster-map`), 404);
    expectStatus(await stranger.get(`/api/projects/${sampleSlug}/value-chain`), 404);
    expectStatus(
      await stranger.put(`/api/projects/${sampleSlug}/value-chain`, { templateId: 'hvac_r' }),
      404,
    );
  });
});
