// The project's focus (region and clusters) on the dashboard and through projectFocus, which
// later stages read: names from the chosen definition, from imported maps and from Turkey's NUTS-2
// list.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectBySlug } from '@kume/db';
import { addGeography, twoSquares } from '../../test/geographyFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { addDataset, addDefinition } from '../../test/statisticsFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { projectFocus } from './projectFocus';

describe('the project focus', () => {
  let t: TestApp;
  let owner: Agent;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
  });
  afterAll(() => t.close());

  /** A project with the small dataset and definition chosen, and `settings` on top. */
  async function projectWith(name: string, settings: Record<string, unknown>) {
    const slug = await createProject(owner, name);
    const datasetId = await addDataset(owner, slug);
    const definitionId = await addDefinition(owner, slug);
    expectStatus(
      await owner.put(`/api/projects/${slug}/statistics/settings`, {
        datasetId,
        definitionId,
        ...settings,
      }),
      200,
    );
    return slug;
  }
  const dashboardFocus = async (slug: string) =>
    (expectStatus(await owner.get(`/api/projects/${slug}`), 200).json() as { focus: unknown })
      .focus;

  it('is null on the dashboard until a focus region is chosen', async () => {
    const slug = await projectWith('No focus', { focusClusters: ['metal'] });
    expect(await dashboardFocus(slug)).toBeNull();
  });

  it('names the focus clusters from the chosen definition, in the order marked', async () => {
    const slug = await projectWith('Focus', {
      focusRegion: 'A',
      focusClusters: ['metal', 'farm'],
    });
    expect(await dashboardFocus(slug)).toEqual({
      region: 'A',
      clusters: [
        { code: 'metal', name: 'Metalworking' },
        { code: 'farm', name: 'Farming' },
      ],
    });
  });

  it('keeps a focus cluster the definition does not know, named by its code', async () => {
    const slug = await projectWith('Unknown cluster', {
      focusRegion: 'B',
      focusClusters: ['casting', 'retail'],
    });
    expect(await dashboardFocus(slug)).toMatchObject({
      clusters: [
        { code: 'casting', name: 'casting' },
        { code: 'retail', name: 'Retail' },
      ],
    });
  });

  it('names a Turkish NUTS-2 region without a map, and takes the name of an imported map whose code matches first', async () => {
    const slug = await projectWith('Named region', { focusRegion: 'tr32', focusClusters: [] });
    expect(await dashboardFocus(slug)).toEqual({
      region: 'tr32',
      regionName: 'Aydın, Denizli, Muğla',
      clusters: [],
    });
    // The map names TR32 'Aydın'.
    await addGeography(owner, slug, JSON.stringify(twoSquares(['TR31', 'TR32'])));
    expect(await dashboardFocus(slug)).toEqual({
      region: 'tr32',
      regionName: 'Aydın',
      clusters: [],
    });
  });

  it('gives later stages the same focus as the dashboard', async () => {
    const slug = await projectWith('Shared focus', {
      focusRegion: 'A',
      focusClusters: ['farm'],
    });
    const project = await findProjectBySlug(t.database.db, slug);
    expect(await projectFocus(t.database.db, project!)).toEqual(await dashboardFocus(slug));
  });
});
