// The map's handling of its input through the API: the sample's brokers, a deleted organisation's
// relations gone, self-relations refused, duplicate relations merged in the graph only, and an
// organisation without a stage placed from its own survey answer.

import { questionnaireTemplate } from '@kume/core';
import { findProjectBySlug, insertQuestionnaire, schema } from '@kume/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { ClusterMapView } from '../apiTypes';
import { createSampleProject } from '../sampleProject';

describe('the cluster map of bad or awkward input', () => {
  let t: TestApp;
  let owner: Agent;
  let sampleSlug: string;
  const mapOf = async (slug: string) =>
    expectStatus(
      await owner.get(`/api/projects/${slug}/cluster-map`),
      200,
    ).json() as ClusterMapView;
  const relate = (slug: string, source: string, target: string, extra: object = {}) =>
    owner.post(`/api/projects/${slug}/relations`, {
      sourceOrganisationId: source,
      targetOrganisationId: target,
      relationType: 'supplier',
      ...extra,
    });

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    const result = await createSampleProject(t.database.db, new Date('2026-03-01T10:00:00Z'), {
      owner: { id: owner.userId ?? '', email: 'owner@example.com' },
    });
    sampleSlug = result?.project.slug ?? '';
  });
  afterAll(() => t.close());

  it('the sample has a handful of brokers, each flagged on its node, tying communities', async () => {
    const map = await mapOf(sampleSlug);
    expect(map.summary.brokers.length).toBeGreaterThanOrEqual(3);
    expect(map.summary.brokers.length).toBeLessThanOrEqual(10);
    const flagged = map.nodes.filter((n) => n.isBroker).map((n) => n.id);
    expect(flagged.sort()).toEqual([...map.summary.brokers].sort());
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    const brokers = map.summary.brokers.map((id) => byId.get(id)!);
    for (const node of brokers) expect(node.metrics.participation).toBeGreaterThanOrEqual(0.3);
    const participation = brokers.map((n) => n.metrics.participation ?? 0);
    expect(participation).toEqual([...participation].sort((a, b) => b - a));
    // A broker carries more shortest paths than most: more than the median of all nodes.
    const sorted = map.nodes.map((n) => n.metrics.betweenness ?? 0).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    for (const node of brokers) expect(node.metrics.betweenness).toBeGreaterThan(median);
  });

  it('deleting an organisation removes it and its relations from the map', async () => {
    const slug = await createProject(owner, 'Silinen kuruluş');
    const a = await addOrganisation(owner, slug, { name: 'A Döküm', type: 'firm' });
    const b = await addOrganisation(owner, slug, { name: 'B Makina', type: 'firm' });
    const c = await addOrganisation(owner, slug, { name: 'C Kalıp', type: 'supplier' });
    expectStatus(await relate(slug, a, b), 201);
    expectStatus(await relate(slug, b, c), 201);
    expectStatus(await relate(slug, a, c), 201);
    expect((await mapOf(slug)).edges).toHaveLength(3);
    expectStatus(await owner.delete(`/api/projects/${slug}/organisations/${b}`), 204);
    const map = await mapOf(slug);
    expect(map.nodes.map((n) => n.id).sort()).toEqual([a, c].sort());
    expect(map.edges.map((e) => [e.source, e.target])).toEqual([[a, c]]);
    expect(map.summary).toMatchObject({ nodes: 2, edges: 1 });
  });

  it('a relation of an organisation with itself is refused naming the target field', async () => {
    const slug = await createProject(owner, 'Kendine ilişki');
    const a = await addOrganisation(owner, slug, { name: 'A Döküm', type: 'firm' });
    const refused = expectStatus(await relate(slug, a, a), 400).json() as {
      error: { issues: { path: string; message: string }[] };
    };
    expect(refused.error.issues).toEqual([
      { path: 'body.targetOrganisationId', message: 'the same as the source' },
    ]);
    const map = await mapOf(slug);
    expect(map.edges).toHaveLength(0);
    expect(map.summary).toMatchObject({ nodes: 1, edges: 0, isolates: 1 });
  });

  it('two relations between the same pair are both listed but one edge of the graph', async () => {
    const slug = await createProject(owner, 'Çift ilişki');
    const a = await addOrganisation(owner, slug, { name: 'A Döküm', type: 'firm' });
    const b = await addOrganisation(owner, slug, { name: 'B Makina', type: 'firm' });
    expectStatus(await relate(slug, a, b, { sharePercent: 30 }), 201);
    expectStatus(await relate(slug, a, b, { relationType: 'rd_partner', sharePercent: 20 }), 201);
    expectStatus(await relate(slug, b, a), 201);
    const map = await mapOf(slug);
    expect(map.edges).toHaveLength(3);
    expect(map.summary.edges).toBe(2);
    const nodeA = map.nodes.find((n) => n.id === a)!;
    expect(nodeA.metrics).toMatchObject({ outDegree: 1, inDegree: 1, degree: 2 });
    // The merged edge's weight is the sum of the shares (30 + 20), plus 1 for the reverse one.
    expect(nodeA.metrics.weightedDegree).toBe(51);
  });

  it('places an organisation with no stage in the registry on the stage its survey answer names', async () => {
    const slug = await createProject(owner, 'Yanıttan aşama');
    expectStatus(
      await owner.put(`/api/projects/${slug}/value-chain`, {
        templateId: 'machinery_metal_casting',
      }),
      200,
    );
    const answered = await addOrganisation(owner, slug, { name: 'Yanıtlı Döküm', type: 'firm' });
    const silent = await addOrganisation(owner, slug, { name: 'Sessiz Makina', type: 'firm' });
    const db = t.database.db;
    const project = (await findProjectBySlug(db, slug))!;
    const questionnaire = await insertQuestionnaire(
      db,
      project.id,
      questionnaireTemplate('firm_interview'),
      null,
    );
    await db.insert(schema.responses).values({
      projectId: project.id,
      questionnaireId: questionnaire.id,
      organisationId: answered,
      channel: 'interview',
      status: 'submitted',
      answers: { value_chain_stage: 'casting' },
      submittedAt: new Date('2026-03-02T10:00:00Z'),
    });
    const map = await mapOf(slug);
    const node = (id: string) => map.nodes.find((n) => n.id === id)!;
    expect(node(answered)).toMatchObject({ stageId: 'casting', placement: 'survey' });
    expect(node(silent)).toMatchObject({ stageId: null, placement: null });
  });
});
