// Cluster definitions through the API: import (own headings and the US benchmark crosswalk's),
// row errors with their place, editing with errors that name the entry, deleting.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus, upload } from '../../test/projectFixtures';
import { addDefinition, SMALL_DEFINITION } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

interface DefinitionView {
  id: string;
  name: string;
  description: string;
  source: string;
  clusterCount: number;
  tradedCount: number;
  localCount: number;
  industryCount: number;
  entries: {
    industry: string;
    cluster: string;
    clusterName?: string;
    type: string;
    subcluster?: string;
  }[];
}
interface ErrorBody {
  error: { code: string; message: string; issues: { path: string; message: string }[] };
}

/** The headings of ../shared/data's crosswalk (NAICS with a trailing space, TradedLocal, ...). */
const CROSSWALK = [
  'NAICS ,TradedLocal,Cluster,SubclusterName,EmsiSpecificNAICS (non standard),Description',
  '336411,Traded,Aerospace Vehicles and Defense,Aircraft,0,Aircraft Manufacturing',
  '336414,Traded,Aerospace Vehicles and Defense,Missiles and Space Vehicles,0,Guided Missile and Space Vehicle Manufacturing',
  '722511,Local,Local Hospitality Establishments,Full-Service Restaurants,0,Full-Service Restaurants',
].join('\n');

describe('cluster definitions', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const url = () => `/api/projects/${slug}/statistics/definitions`;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Definitions');
  });
  afterAll(() => t.close());

  it('imports a definition with its counts and entries', async () => {
    const response = await upload(owner, url(), 'clusters.csv', SMALL_DEFINITION, { name: 'Mine' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Mine',
      source: 'clusters.csv',
      clusterCount: 3,
      tradedCount: 2,
      localCount: 1,
      industryCount: 3,
      entries: [
        { industry: '111', cluster: 'farm', clusterName: 'Farming', type: 'traded' },
        { industry: '222', cluster: 'metal', clusterName: 'Metalworking', type: 'traded' },
        { industry: '333', cluster: 'retail', clusterName: 'Retail', type: 'local' },
      ],
    });
  });

  it("reads the US benchmark crosswalk's headings: NAICS, TradedLocal, Cluster, SubclusterName", async () => {
    const response = await upload(owner, url(), 'crosswalk.csv', CROSSWALK);
    expect(response.statusCode).toBe(201);
    const definition = response.json() as DefinitionView;
    expect(definition).toMatchObject({ name: 'crosswalk', clusterCount: 2, tradedCount: 1 });
    expect(definition.entries[1]).toEqual({
      industry: '336414',
      cluster: 'Aerospace Vehicles and Defense',
      type: 'traded',
      subcluster: 'Missiles and Space Vehicles',
    });
    const listed = expectStatus(await owner.get(url()), 200).json() as DefinitionView[];
    expect(listed[0]).toMatchObject({ id: definition.id, industryCount: 3 });
    expect(listed[0]).not.toHaveProperty('entries');
  });

  it('refuses a file with an industry in two clusters, placing the error, and stores nothing', async () => {
    const before = (expectStatus(await owner.get(url()), 200).json() as unknown[]).length;
    const content = 'industry,cluster,type\n111,farm,traded\n222,metal,traded\n111,metal,traded\n';
    const response = await upload(owner, url(), 'twice.csv', content);
    expect(response.statusCode).toBe(400);
    const body = response.json() as ErrorBody;
    expect(body.error.code).toBe('validation');
    expect(body.error.issues).toEqual([
      { path: 'line 4, column 2', message: expect.stringContaining('already in cluster "farm"') },
    ]);
    expect((expectStatus(await owner.get(url()), 200).json() as unknown[]).length).toBe(before);
  });

  it('refuses a file without a type column', async () => {
    const response = await upload(owner, url(), 'short.csv', 'industry,cluster\n111,farm\n');
    expect(response.statusCode).toBe(400);
    expect((response.json() as ErrorBody).error.issues[0]?.message).toMatch(/missing column type/);
  });

  describe('editing', () => {
    let id: string;
    beforeAll(async () => {
      id = await addDefinition(owner, slug);
    });

    it('replaces name, description and entries; codes are normalised', async () => {
      const response = await owner.put(`${url()}/${id}`, {
        name: 'Edited',
        description: 'İzmir metal',
        entries: [
          { industry: ' 111 ', cluster: 'farm', type: 'traded' },
          { industry: '2224//', cluster: 'metal', type: 'traded', subcluster: 'casting' },
        ],
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        name: 'Edited',
        description: 'İzmir metal',
        clusterCount: 2,
        industryCount: 2,
        entries: [
          { industry: '111', cluster: 'farm', type: 'traded' },
          { industry: '2224', cluster: 'metal', type: 'traded', subcluster: 'casting' },
        ],
      });
      expect(
        (expectStatus(await owner.get(`${url()}/${id}`), 200).json() as DefinitionView).name,
      ).toBe('Edited');
    });

    it('an industry in two clusters is refused, naming entries.N, and nothing changes', async () => {
      const before = expectStatus(await owner.get(`${url()}/${id}`), 200).json();
      const response = await owner.put(`${url()}/${id}`, {
        name: 'Broken',
        entries: [
          { industry: '111', cluster: 'farm', type: 'traded' },
          { industry: '222', cluster: 'metal', type: 'traded' },
          { industry: '111', cluster: 'metal', type: 'traded' },
        ],
      });
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorBody).error.issues).toEqual([
        { path: 'entries.2.cluster', message: expect.stringContaining('already in cluster') },
      ]);
      expect(expectStatus(await owner.get(`${url()}/${id}`), 200).json()).toEqual(before);
    });

    it('a cluster both traded and local is refused at the entry', async () => {
      const response = await owner.put(`${url()}/${id}`, {
        name: 'Mixed',
        entries: [
          { industry: '111', cluster: 'farm', type: 'traded' },
          { industry: '112', cluster: 'farm', type: 'local' },
        ],
      });
      expect((response.json() as ErrorBody).error.issues[0]?.path).toBe('entries.1.type');
    });

    it('a type other than traded or local is refused by the schema', async () => {
      const response = await owner.put(`${url()}/${id}`, {
        name: 'Bad type',
        entries: [{ industry: '111', cluster: 'farm', type: 'export' }],
      });
      expect(response.statusCode).toBe(400);
      expect((response.json() as ErrorBody).error.issues[0]?.path).toBe('body.entries.0.type');
    });

    it('deletes, then the definition is gone', async () => {
      expect((await owner.delete(`${url()}/${id}`)).statusCode).toBe(204);
      expect((await owner.get(`${url()}/${id}`)).statusCode).toBe(404);
      const put = await owner.put(`${url()}/${id}`, {
        name: 'x',
        entries: [{ industry: '111', cluster: 'farm', type: 'traded' }],
      });
      expect(put.statusCode).toBe(404);
    });
  });
});
