// Bundles carry the roadmap on PGlite and PostgreSQL: settings, items with dismissals, actions with
// their links (workshops renamed to the new ids), owners, partners, indicators and values, the
// roadmap's own indicators and the self-assessments, through export and import unchanged.

import {
  assembleRoadmapItems,
  generateSampleProject,
  manualRoadmapItem,
  mulberry32,
  projectBundleSchema,
  renameWorkshopInItemKey,
  type IsoDate,
  type ProjectBundle,
} from '@kume/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { roadmapActions, roadmapItems, workshops } from '../schema/index';
import { exportBundle, importBundle } from './bundles';
import { createUser, type UserRow } from './users';

let database: Database;
let db: Db;
let owner: UserRow;
const today = '2026-03-01' as IsoDate;
const now = new Date('2026-03-01T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  owner = await createUser(db, { email: 'owner@ajans.example', name: 'Owner', passwordHash: 'x' });
});
afterAll(() => database.close());

const MANUAL_ID = '0f5e7a52-3c1b-4f7e-9a8d-2b6c4d1e9f00';

/**
 * The sample bundle with its roadmap's items as an assembly stores them (the workshops named by
 * bundle key), a manual item an action links, a dismissed cluster and a value recorded by the owner.
 */
function bundleWithItems(): ProjectBundle {
  const sample = generateSampleProject({ today, rng: mulberry32(20_261_126) });
  const part = (key: string) => {
    const workshop = sample.workshops.find((w) => w.key === key)!;
    return { workshopId: key, title: workshop.title, closedAt: workshop.updatedAt ?? today };
  };
  const [vision, factors, skills] = sample.workshops.map((w) => w.results!);
  const assembled = assembleRoadmapItems({
    vision: { ...part('workshop-vision'), ...vision!.vision! },
    factors: { ...part('workshop-factors'), items: factors!.factors },
    skills: { ...part('workshop-skills'), items: skills!.skills },
  });
  const manual = manualRoadmapItem(
    MANUAL_ID,
    { kind: 'investment_need', title: 'Ortak kumlama tesisi', detail: '', weight: null },
    today,
  );
  const cluster = {
    ...manual,
    key: 'cluster:Furniture',
    kind: 'cluster' as const,
    source: { ...manual.source, kind: 'statistics' as const, id: 'dataset-1' },
  };
  const [first, ...rest] = sample.roadmap.actions;
  const firstIndicator = first!.indicators[0]!;
  return projectBundleSchema.parse({
    ...sample,
    roadmap: {
      ...sample.roadmap,
      selfAssessmentIndicators: sample.roadmap.selfAssessments[0]!.indicators.slice(0, 5),
      items: [
        ...assembled,
        { ...manual, dismissed: false },
        { ...cluster, dismissed: true, sourceState: 'gone' },
      ],
      actions: [
        {
          ...first!,
          itemKeys: [...first!.itemKeys, manual.key],
          indicators: [
            {
              ...firstIndicator,
              values: firstIndicator.values.map((v) => ({ ...v, recordedBy: owner.email })),
            },
          ],
        },
        ...rest,
      ],
    },
  });
}

/** The roadmap with ids replaced by names (workshops by title, organisations by name). */
function named(bundle: ProjectBundle) {
  const titles = new Map(bundle.workshops.map((w) => [w.key ?? '', w.title]));
  const names = new Map(bundle.organisations.map((o) => [o.key, o.name]));
  const key = (k: string) => renameWorkshopInItemKey(k, titles);
  const { roadmap } = bundle;
  return {
    ...roadmap,
    items: roadmap.items.map((item) => ({
      ...item,
      key: key(item.key),
      parentKey: item.parentKey && key(item.parentKey),
      source: { ...item.source, id: titles.get(item.source.id) ?? item.source.id },
    })),
    actions: roadmap.actions.map((action) => ({
      ...action,
      itemKeys: action.itemKeys.map(key),
      ownerOrganisationKey: names.get(action.ownerOrganisationKey ?? ''),
      partnerOrganisationKeys: action.partnerOrganisationKeys.map((k) => names.get(k)),
    })),
  };
}

describe('the roadmap in bundles', () => {
  it('imports with the workshops renamed to their new ids in keys, parents, sources and links', async () => {
    const bundle = bundleWithItems();
    const { project, counts } = await importBundle(db, bundle, { owner });
    expect(counts).toMatchObject({
      roadmapItems: bundle.roadmap.items.length,
      actions: 13,
      indicators: 16 + 7,
      selfAssessments: 2,
    });
    const ids = new Map(
      (await db.select().from(workshops).where(eq(workshops.projectId, project.id))).map((w) => [
        w.title,
        w.id,
      ]),
    );
    const factorsId = ids.get('Kilit başarı faktörleri çalıştayı')!;
    const items = await db
      .select()
      .from(roadmapItems)
      .where(eq(roadmapItems.projectId, project.id));
    const skill = items.find((i) => i.kind === 'skill_gap')!;
    expect(skill.key).toMatch(
      new RegExp(`^skill:${ids.get('Gerekli beceri ve yetkinlikler çalıştayı')}:`),
    );
    expect(skill.parentKey).toMatch(new RegExp(`^factor:${factorsId}:i\\d+$`));
    expect(skill.source.id).toBe(ids.get('Gerekli beceri ve yetkinlikler çalıştayı'));
    expect(items.find((i) => i.key === 'cluster:Furniture')).toMatchObject({ dismissed: true });
    const [first] = await db
      .select()
      .from(roadmapActions)
      .where(eq(roadmapActions.projectId, project.id))
      .orderBy(roadmapActions.position);
    expect(first?.itemKeys).toContain(`vision:${ids.get('Vizyon çalıştayı')}`);
    expect(first?.itemKeys).toContain(`manual:${MANUAL_ID}`);
    // Every link of the workshops' items names a stored item.
    const keys = new Set(items.map((i) => i.key));
    for (const k of first?.itemKeys ?? []) expect(keys.has(k), k).toBe(true);
    expect(project.roadmapSettings?.startsOn).toBe('2026-01-01');
    expect(project.selfAssessmentIndicators).toHaveLength(5);
  });

  it('round-trip: export, import into a new project, export again gives the same roadmap', async () => {
    const first = await importBundle(db, bundleWithItems(), { owner });
    const exported = await exportBundle(db, first.project, now);
    expect(projectBundleSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
    expect(named(exported)).toMatchObject(
      // The first import's records got the database's times; the bundle had none.
      JSON.parse(
        JSON.stringify(named(bundleWithItems()), (k, v: unknown) =>
          k === 'createdAt' || k === 'updatedAt' || k === 'recordedAt' ? undefined : v,
        ),
      ) as object,
    );
    const value = exported.roadmap.actions[0]?.indicators[0]?.values[0];
    expect(value?.recordedBy).toBe(owner.email);

    const second = await importBundle(db, projectBundleSchema.parse(exported), { owner });
    expect(second.warnings).toEqual([]);
    const again = await exportBundle(db, second.project, now);
    expect(named(again)).toEqual(named(exported));
    // The ids differ: the links name the second project's workshops.
    expect(again.roadmap.actions[0]?.itemKeys).not.toEqual(exported.roadmap.actions[0]?.itemKeys);
  });

  it('an older bundle without a roadmap imports with none and exports an empty one', async () => {
    const bundle = projectBundleSchema.parse({
      format: 'kume-project-bundle',
      version: 1,
      project: { name: 'Eski Paket' },
      organisations: [{ key: 'o1', name: 'Ege Döküm', type: 'firm' }],
      visits: [],
      commitments: [],
    });
    const imported = await importBundle(db, bundle, { owner });
    expect(imported.counts).toMatchObject({ roadmapItems: 0, actions: 0, indicators: 0 });
    expect(imported.project.roadmapSettings).toBeNull();
    expect((await exportBundle(db, imported.project, now)).roadmap).toEqual({
      settings: null,
      selfAssessmentIndicators: null,
      items: [],
      actions: [],
      indicators: [],
      selfAssessments: [],
    });
  });
});
