// Relatedness matrices through the API: import in the US Cluster Mapping layout and the plain
// one, row errors with their place, list and delete.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, expectStatus, upload } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

describe('relatedness matrices', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  const url = () => `/api/projects/${slug}/statistics/relatedness`;
  const list = async () =>
    expectStatus(await owner.get(url()), 200).json() as {
      id: string;
      name: string;
      pairCount: number;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Relatedness');
  });
  afterAll(() => t.close());

  it('imports the US Cluster Mapping layout and the plain one', async () => {
    const published = await upload(
      owner,
      url(),
      'relatedClusters.csv',
      'pair_cluster,cluster_name,cluster_name_2,cr_all,cr_all_pc,cluster_code,cluster_code_2\n1_3,Aerospace,Apparel,1.2,95,1,3\n3_1,Apparel,Aerospace,1.2,95,3,1\n',
    );
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ name: 'relatedClusters', pairCount: 2 });
    const plain = await upload(
      owner,
      url(),
      'mine.csv',
      'cluster,related,score,percentile\nmetal,casting,0.8,90\n',
      { name: 'Ours' },
    );
    expect(plain.json()).toMatchObject({ name: 'Ours', pairCount: 1 });
    expect((await list()).map((m) => m.name)).toEqual(['Ours', 'relatedClusters']);
  });

  it('refuses a score that is not a number, placing it, and stores nothing', async () => {
    const before = (await list()).length;
    const response = await upload(
      owner,
      url(),
      'bad.csv',
      'cluster,related,score,percentile\nmetal,casting,0.8,90\nmetal,farm,high,95\n',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: {
        code: 'validation',
        issues: [{ path: 'line 3, column 3', message: expect.stringContaining('not a number') }],
      },
    });
    expect((await list()).length).toBe(before);
  });

  it('deletes a matrix', async () => {
    const [first] = await list();
    expect((await owner.delete(`${url()}/${first!.id}`)).statusCode).toBe(204);
    expect((await list()).map((m) => m.id)).not.toContain(first!.id);
    expect((await owner.delete(`${url()}/${first!.id}`)).statusCode).toBe(404);
  });
});
