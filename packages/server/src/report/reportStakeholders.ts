// The project report's stage 1 from the database: the registry by type (visited, assessed,
// committed) and by value-chain stage, the visits by level, the follow-ups and the commitments.

import {
  localText,
  ORGANISATION_TYPES,
  overdueFollowUps,
  placeOrganisation,
  VISIT_LEVELS,
  type DeckClusterMap,
  type IsoDate,
  type ProjectReportStakeholders,
  type ReadinessThresholds,
  type ReportLanguage,
  type VisitLevel,
} from '@kume/core';
import { listFollowUps, listVisits, type Db, type ProjectRow } from '@kume/db';
import { projectValueChain } from '../clusterMap/projectValueChain';
import { organisationSummaries } from '../stakeholders/organisationSummaries';

/**
 * Organisations by stage, in the chain's order, unplaced (null) last. The deck's cluster map has
 * every organisation placed as the map places it (survey answers included), so its placement is
 * reused; without relations there is no map, and the registry's stage name or industry code
 * places each organisation (core placeOrganisation) on the project's chain.
 */
function organisationsByStage(
  project: ProjectRow,
  organisations: readonly { valueChainStage: string | null; industryCode: string | null }[],
  clusterMap: DeckClusterMap | null,
  language: ReportLanguage,
): ProjectReportStakeholders['byStage'] {
  let stages: string[];
  let placed: (number | null)[];
  if (clusterMap) {
    stages = clusterMap.stages;
    placed = clusterMap.nodes.map((node) => node.stage);
  } else {
    const { chain } = projectValueChain(project);
    const index = new Map(chain.stages.map((stage, i) => [stage.id, i]));
    stages = chain.stages.map((stage) => localText(stage.name, language));
    placed = organisations.map((organisation) => {
      const { stageId } = placeOrganisation(organisation, chain);
      return stageId === null ? null : (index.get(stageId) ?? null);
    });
  }
  const counts = new Map<number | null, number>();
  for (const stage of placed) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  return [
    ...stages.map((stage, i) => ({ stage, count: counts.get(i) ?? 0 })),
    { stage: null, count: counts.get(null) ?? 0 },
  ];
}

/**
 * The registry, visits, follow-ups and commitment assessments of the project on `today`.
 * Committed: a latest willingness at or above the gate's `committedWillingness`, as the gate
 * counts it. A follow-up is overdue when not done and due before today (core overdueFollowUps).
 */
export async function reportStakeholders(
  db: Db,
  project: ProjectRow,
  thresholds: ReadinessThresholds,
  clusterMap: DeckClusterMap | null,
  language: ReportLanguage,
  today: IsoDate,
): Promise<ProjectReportStakeholders> {
  const [organisations, visits, followUps] = await Promise.all([
    organisationSummaries(db, project.id),
    listVisits(db, project.id),
    listFollowUps(db, project.id),
  ]);
  const committed = (willingness: number | null) =>
    willingness !== null && willingness >= thresholds.committedWillingness;
  const byType = ORGANISATION_TYPES.map((type) => {
    const ofType = organisations.filter((organisation) => organisation.type === type);
    return {
      type,
      registered: ofType.length,
      visited: ofType.filter((organisation) => organisation.visitCount > 0).length,
      assessed: ofType.filter((organisation) => organisation.willingness !== null).length,
      committed: ofType.filter((organisation) => committed(organisation.willingness)).length,
    };
  });
  const scored = (score: number) =>
    organisations.filter((organisation) => organisation.willingness === score).length;
  const willingness: ProjectReportStakeholders['willingness'] = [
    scored(1),
    scored(2),
    scored(3),
    scored(4),
    scored(5),
  ];
  const days = visits.map((visit) => visit.visitedOn).sort();
  const byLevel = Object.fromEntries(VISIT_LEVELS.map((level) => [level, 0])) as Record<
    VisitLevel,
    number
  >;
  for (const visit of visits) byLevel[visit.level] += 1;
  const due = followUps.map((followUp) => ({
    dueOn: followUp.dueOn as IsoDate,
    doneOn: (followUp.doneOn as IsoDate | null) ?? null,
  }));
  return {
    byType,
    byStage: organisationsByStage(project, organisations, clusterMap, language),
    visits: {
      count: visits.length,
      byLevel,
      firstOn: (days[0] as IsoDate | undefined) ?? null,
      lastOn: (days.at(-1) as IsoDate | undefined) ?? null,
    },
    followUps: {
      count: followUps.length,
      done: due.filter((followUp) => followUp.doneOn !== null).length,
      overdue: overdueFollowUps(due, today).length,
    },
    willingness,
    pledged: organisations.filter((organisation) => organisation.resourcesPledged !== null).length,
  };
}
