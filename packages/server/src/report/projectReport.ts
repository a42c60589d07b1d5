// The whole project report (all stages) as a report document: gathers each stage from the module
// that owns it (the readiness gate, the deck's parts, the workshops, the roadmap document) and lays
// it out with core's projectReportDocument. The report route and `kume export report` call it.

import {
  assessReadiness,
  projectReportDocument as buildProjectReport,
  type IsoDate,
  type ProjectReportInput,
  type ReportDocument,
  type ReportLanguage,
} from '@kume/core';
import { latestDeckEvent, readinessInput, type Db, type ProjectRow } from '@kume/db';
import { gatherDeckInput } from '../deck/gatherDeckInput';
import type { StatisticsCaches } from '../statistics/clusterAnalysis';
import { projectWorkshopResults } from '../workshops/projectWorkshopResults';
import { reportRoadmap } from './reportRoadmap';
import { reportStakeholders } from './reportStakeholders';
import { reportWorkshops } from './reportWorkshops';

/**
 * The report's input: the deck's parts for the project's latest Information Day event (or
 * none), gathered once and reused; the readiness gate as its page computes it; every workshop
 * and the latest closed ones' results; the roadmap document's sections in `language`.
 */
export async function gatherProjectReportInput(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
  language: ReportLanguage,
  today: IsoDate,
): Promise<ProjectReportInput> {
  const event = (await latestDeckEvent(db, project.id)) ?? null;
  const [deck, gate, held, results, roadmap] = await Promise.all([
    gatherDeckInput(db, caches, { project, event, language, today }),
    readinessInput(db, project.id),
    reportWorkshops(db, project.id),
    projectWorkshopResults(db, project.id),
    reportRoadmap(db, project, language, today),
  ]);
  const stakeholders = await reportStakeholders(
    db,
    project,
    gate.thresholds,
    deck.clusterMap,
    language,
    today,
  );
  return {
    project: {
      name: project.name,
      region: project.region,
      sector: project.sector,
      description: project.description,
      isSample: project.isSample,
    },
    logo: deck.logo,
    generatedOn: today,
    stakeholders,
    readiness: { assessment: assessReadiness(gate), thresholds: gate.thresholds },
    deck: {
      statistics: deck.statistics,
      fieldStudy: deck.fieldStudy,
      clusterMap: deck.clusterMap,
      gaps: deck.gaps,
      workingGroup: deck.workingGroup,
      event: deck.event,
      attendance: deck.attendance,
    },
    workshops: { held, results },
    roadmap,
  };
}

/** The project report in `language`, dated `today`; D1's wrapper writes it as DOCX or PDF. */
export async function projectReportDocument(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
  language: ReportLanguage,
  today: IsoDate,
): Promise<ReportDocument> {
  const input = await gatherProjectReportInput(db, caches, project, language, today);
  return buildProjectReport(input, language);
}
