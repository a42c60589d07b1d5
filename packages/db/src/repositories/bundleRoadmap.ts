// The project bundle's roadmap: settings, the self-assessment's indicator list, items, actions with
// their indicators and values, the roadmap's own indicators and the self-assessments. Used by
// importBundle (inside its transaction) and exportBundle.

import { asc, eq, inArray } from 'drizzle-orm';
import {
  renameWorkshopInItemKey,
  type BundleRoadmap,
  type IsoDate,
  type ProjectBundle,
} from '@kume/core';
import type { Db } from '../database';
import {
  indicatorValues,
  projects,
  roadmapActions,
  roadmapIndicators,
  roadmapItems,
  selfAssessments,
} from '../schema/index';
import type { ProjectRow } from './projects';

export interface RoadmapCounts {
  roadmapItems: number;
  actions: number;
  /** The actions' and the roadmap's. */
  indicators: number;
  indicatorValues: number;
  selfAssessments: number;
}

type BundleIndicator = BundleRoadmap['indicators'][number];
/** Spreads a timestamp column only when the bundle gives it (else the database's now). */
const stamp = <K extends string>(column: K, instant: string | undefined) =>
  (instant ? { [column]: new Date(instant) } : {}) as Partial<Record<K, Date>>;

/**
 * Inserts rows 500 at a time (a statement takes at most 65,535 parameters; an action has 20
 * columns), answering their new ids in order.
 */
async function insertChunks<R>(
  rows: readonly R[],
  insert: (chunk: R[]) => Promise<{ id: string }[]>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += 500)
    ids.push(...(await insert(rows.slice(start, start + 500))).map((row) => row.id));
  return ids;
}

/**
 * Inserts the roadmap of `bundle` into the project. Workshops named in item keys, parent keys,
 * workshop sources and action links by their bundle keys are renamed to the new workshops' ids
 * (`workshopIds`); organisations are found by key (an owner or partner the bundle lacks is left
 * out: the bundle's checks refuse such bundles). Values and assessments keep who recorded them
 * when that is the importing user (`person`).
 */
export async function importRoadmapPart(
  tx: Db,
  bundle: Pick<ProjectBundle, 'roadmap'>,
  context: {
    projectId: string;
    orgIds: ReadonlyMap<string, string>;
    workshopIds: ReadonlyMap<string, string>;
    person: (email: string | null) => string | null;
    createdBy: string | null;
  },
): Promise<RoadmapCounts> {
  const { projectId, orgIds, workshopIds, person, createdBy } = context;
  const { roadmap } = bundle;
  const rename = (key: string) => renameWorkshopInItemKey(key, workshopIds);
  if (roadmap.settings || roadmap.selfAssessmentIndicators)
    await tx
      .update(projects)
      .set({
        roadmapSettings: roadmap.settings,
        selfAssessmentIndicators: roadmap.selfAssessmentIndicators,
      })
      .where(eq(projects.id, projectId));

  await insertChunks(
    roadmap.items.map(({ createdAt, updatedAt, ...item }, position) => ({
      ...item,
      projectId,
      key: rename(item.key),
      parentKey: item.parentKey === null ? null : rename(item.parentKey),
      source:
        item.source.kind === 'workshop'
          ? { ...item.source, id: workshopIds.get(item.source.id) ?? item.source.id }
          : item.source,
      position,
      ...stamp('createdAt', createdAt),
      ...stamp('updatedAt', updatedAt ?? createdAt),
    })),
    (chunk) => tx.insert(roadmapItems).values(chunk).returning({ id: roadmapItems.id }),
  );

  // Actions, then every indicator, then every value, each in as few statements as fit.
  const actionIds = await insertChunks(
    roadmap.actions.map(
      (
        {
          indicators: _indicators,
          ownerOrganisationKey: owner,
          partnerOrganisationKeys: partners,
          createdAt,
          updatedAt,
          ...fields
        },
        position,
      ) => ({
        ...fields,
        projectId,
        itemKeys: fields.itemKeys.map(rename),
        ownerOrganisationId: owner ? (orgIds.get(owner) ?? null) : null,
        partnerOrganisationIds: partners.flatMap((k) => orgIds.get(k) ?? []),
        position,
        createdBy,
        ...stamp('createdAt', createdAt),
        ...stamp('updatedAt', updatedAt ?? createdAt),
      }),
    ),
    (chunk) => tx.insert(roadmapActions).values(chunk).returning({ id: roadmapActions.id }),
  );
  const indicators = [
    ...roadmap.actions.flatMap((action, a) =>
      action.indicators.map((indicator, position) => ({
        indicator,
        position,
        actionId: actionIds[a] as string,
      })),
    ),
    ...roadmap.indicators.map((indicator, position) => ({ indicator, position, actionId: null })),
  ];
  const indicatorIds = await insertChunks(
    indicators.map(({ indicator: { values: _v, createdAt, ...rest }, position, actionId }) => ({
      ...rest,
      projectId,
      actionId,
      position,
      ...stamp('createdAt', createdAt),
    })),
    (chunk) => tx.insert(roadmapIndicators).values(chunk).returning({ id: roadmapIndicators.id }),
  );
  const values = indicators.flatMap(({ indicator }, i) =>
    indicator.values.map((v) => ({
      projectId,
      indicatorId: indicatorIds[i] as string,
      measuredOn: v.on,
      value: v.value,
      unit: v.unit,
      note: v.note,
      recordedBy: person(v.recordedBy),
      ...stamp('createdAt', v.recordedAt),
    })),
  );
  await insertChunks(values, (chunk) =>
    tx.insert(indicatorValues).values(chunk).returning({ id: indicatorValues.id }),
  );
  await insertChunks(
    roadmap.selfAssessments.map(({ createdBy: by, createdAt, updatedAt, ...assessment }) => ({
      ...assessment,
      projectId,
      createdBy: person(by),
      ...stamp('createdAt', createdAt),
      ...stamp('updatedAt', updatedAt ?? createdAt),
    })),
    (chunk) => tx.insert(selfAssessments).values(chunk).returning({ id: selfAssessments.id }),
  );

  return {
    roadmapItems: roadmap.items.length,
    actions: roadmap.actions.length,
    indicators: indicators.length,
    indicatorValues: values.length,
    selfAssessments: roadmap.selfAssessments.length,
  };
}

/**
 * The project's roadmap as the bundle's part, in stored order. Item keys are written as stored:
 * they name workshops by id, and a workshop's bundle key is its id. An owner or partner no longer
 * in the registry is left out.
 */
export async function exportRoadmapPart(
  db: Db,
  project: Pick<ProjectRow, 'id' | 'roadmapSettings' | 'selfAssessmentIndicators'>,
  organisationKeys: ReadonlySet<string>,
  email: (userId: string | null) => string | null,
): Promise<BundleRoadmap> {
  const projectId = project.id;
  const [itemRows, actionRows, indicatorRows, assessmentRows] = await Promise.all([
    db
      .select()
      .from(roadmapItems)
      .where(eq(roadmapItems.projectId, projectId))
      .orderBy(asc(roadmapItems.position), asc(roadmapItems.createdAt), asc(roadmapItems.key)),
    db
      .select()
      .from(roadmapActions)
      .where(eq(roadmapActions.projectId, projectId))
      .orderBy(asc(roadmapActions.position), asc(roadmapActions.createdAt), asc(roadmapActions.id)),
    db
      .select()
      .from(roadmapIndicators)
      .where(eq(roadmapIndicators.projectId, projectId))
      .orderBy(
        asc(roadmapIndicators.position),
        asc(roadmapIndicators.createdAt),
        asc(roadmapIndicators.id),
      ),
    db
      .select()
      .from(selfAssessments)
      .where(eq(selfAssessments.projectId, projectId))
      .orderBy(asc(selfAssessments.assessedOn), asc(selfAssessments.createdAt)),
  ]);
  const valueRows = indicatorRows.length
    ? await db
        .select()
        .from(indicatorValues)
        .where(
          inArray(
            indicatorValues.indicatorId,
            indicatorRows.map((i) => i.id),
          ),
        )
        .orderBy(asc(indicatorValues.measuredOn), asc(indicatorValues.createdAt))
    : [];
  const indicatorsOf = (actionId: string | null): BundleIndicator[] =>
    indicatorRows
      .filter((i) => i.actionId === actionId)
      .map((i) => ({
        name: i.name,
        unit: i.unit,
        baseline: i.baseline,
        baselineOn: i.baselineOn as IsoDate,
        target: i.target,
        dueOn: i.dueOn as IsoDate,
        presetCode: i.presetCode,
        createdAt: i.createdAt.toISOString(),
        values: valueRows
          .filter((v) => v.indicatorId === i.id)
          .map((v) => ({
            on: v.measuredOn as IsoDate,
            value: v.value,
            unit: v.unit,
            note: v.note,
            recordedBy: email(v.recordedBy),
            recordedAt: v.createdAt.toISOString(),
          })),
      }));
  const known = (id: string | null) => (id !== null && organisationKeys.has(id) ? id : null);
  return {
    settings: project.roadmapSettings ?? null,
    selfAssessmentIndicators: project.selfAssessmentIndicators ?? null,
    items: itemRows.map((row) => ({
      key: row.key,
      kind: row.kind,
      title: row.title,
      detail: row.detail,
      weight: row.weight,
      score: row.score,
      figures: row.figures,
      quadrant: row.quadrant,
      parentKey: row.parentKey,
      source: row.source,
      sourceState: row.sourceState,
      dismissed: row.dismissed,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
    actions: actionRows.map((row) => ({
      title: row.title,
      objective: row.objective,
      layer: row.layer,
      horizon: row.horizon,
      itemKeys: row.itemKeys,
      ownerOrganisationKey: known(row.ownerOrganisationId),
      partnerOrganisationKeys: row.partnerOrganisationIds.filter((id) => known(id) !== null),
      startOn: row.startOn as IsoDate,
      endOn: row.endOn as IsoDate,
      budget: row.budget,
      currency: row.currency,
      fundingSource: row.fundingSource,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      indicators: indicatorsOf(row.id),
    })),
    indicators: indicatorsOf(null),
    selfAssessments: assessmentRows.map((row) => ({
      assessedOn: row.assessedOn as IsoDate,
      title: row.title,
      indicators: row.indicators as BundleRoadmap['selfAssessments'][number]['indicators'],
      answers: row.answers,
      createdBy: email(row.createdBy),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}
