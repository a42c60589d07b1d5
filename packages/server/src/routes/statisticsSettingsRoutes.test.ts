// The statistics settings of a project: saved and read back, ids checked against the project,
// deleted items read as null.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { addDataset, addDefinition } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

describe('statistics settings', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const url = () => `/api/projects/${slug}/statistics/settings`;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Settings');
  });
  afterAll(() => t.close());

  it('are all null at first', async () => {
    expect(expectStatus(await owner.get(url()), 200).json()).toEqual({
      datasetId: null,
      definitionId: null,
      relatednessId: null,
      focusRegion: null,
      benchmarkRegion: null,
      year: null,
      fromYear: null,
      focusClusters: [],
    });
  });

  it('are saved and read back; a deleted dataset reads as null', async () => {
    const datasetId = await addDataset(owner, slug);
    const definitionId = await addDefinition(owner, slug);
    const settings = {
      datasetId,
      definitionId,
      relatednessId: null,
      focusRegion: 'A',
      benchmarkRegion: null,
      year: 2015,
      fromYear: 2010,
      focusClusters: ['farm'],
    };
    expect(expectStatus(await owner.put(url(), settings), 200).json()).toEqual(settings);
    expect(expectStatus(await owner.get(url()), 200).json()).toEqual(settings);
    expectStatus(await owner.delete(`/api/projects/${slug}/statistics/datasets/${datasetId}`), 204);
    expect(expectStatus(await owner.get(url()), 200).json()).toEqual({
      ...settings,
      datasetId: null,
    });
  });

  it("move the dashboard's field study stage: data imported, analysis chosen, focus region", async () => {
    const project = await createProject(owner, 'Stage two');
    const stage = async () => {
      const dashboard = expectStatus(await owner.get(`/api/projects/${project}`), 200).json() as {
        stages: { stage: string; status: string; steps: { id: string; done: boolean }[] }[];
      };
      return dashboard.stages.find((s) => s.stage === 'field_study');
    };
    expect((await stage())?.status).toBe('not_started');
    const datasetId = await addDataset(owner, project);
    const definitionId = await addDefinition(owner, project);
    expect((await stage())?.steps.filter((s) => s.done).map((s) => s.id)).toEqual([
      'import_statistics',
      'import_cluster_definition',
    ]);
    const body = {
      datasetId,
      definitionId,
      relatednessId: null,
      focusRegion: 'A',
      benchmarkRegion: null,
      year: null,
      fromYear: null,
      focusClusters: [],
    };
    expectStatus(await owner.put(`/api/projects/${project}/statistics/settings`, body), 200);
    expect((await stage())?.steps.filter((s) => !s.done).map((s) => s.id)).toEqual([
      'reach_30_smes',
      'draw_cluster_map',
      'form_working_group',
    ]);
  });

  it("refuses another project's dataset, naming the field, and keeps the settings", async () => {
    const other = await createProject(owner, 'Other settings');
    const foreign = await addDataset(owner, other);
    const before = expectStatus(await owner.get(url()), 200).json();
    const response = await owner.put(url(), { datasetId: foreign });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: 'body.datasetId' }] },
    });
    expect(expectStatus(await owner.get(url()), 200).json()).toEqual(before);
  });

  it('refuses a year that is not a year', async () => {
    const response = await owner.put(url(), { year: 20150 });
    expect(response.json()).toMatchObject({ error: { issues: [{ path: 'body.year' }] } });
  });
});
