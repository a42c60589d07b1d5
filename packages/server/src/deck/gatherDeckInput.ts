// Gathers the Information Day deck's input from the database: one project, one event (or none),
// one language. Each part comes from the module that owns it; a part the project lacks is null.

import {
  BENCHMARK_CASES,
  type BenchmarkCase,
  type DeckInput,
  type DeckLanguage,
  type IsoDate,
} from '@kume/core';
import {
  findProjectLogo,
  listBenchmarkCases,
  type DeckEventRow,
  type Db,
  type ProjectRow,
} from '@kume/db';
import { projectClusterMap } from '../clusterMap/projectClusterMap';
import { projectSupplierGaps } from '../clusterMap/supplierGaps';
import type { StatisticsCaches } from '../statistics/clusterAnalysis';
import { deckAttendance } from './deckAttendance';
import { deckClusterMap } from './deckClusterMap';
import { deckFieldStudy } from './deckFieldStudy';
import { deckStatistics } from './deckStatistics';
import { deckWorkingGroup } from './deckWorkingGroup';
import { deckWorkshopCalendar, effectiveDeckSettings } from './effectiveDeckSettings';

export interface DeckRequest {
  project: ProjectRow;
  /** The event the deck is for; null: a deck without event details or attendance. */
  event: DeckEventRow | null;
  language: DeckLanguage;
  /** The day the deck is made (the app's or the command line's clock). */
  today: IsoDate;
}

/**
 * The deck's input. The settings are the event's (or the defaults without an event); the cluster
 * map is built once, with its supplier gaps, and shared by the map, field study and working group.
 */
export async function gatherDeckInput(
  db: Db,
  caches: StatisticsCaches,
  { project, event, language, today }: DeckRequest,
): Promise<DeckInput> {
  const { view: io, ...supplierEvidence } = await projectSupplierGaps(db, caches, project);
  const [clusterMap, cases, logo, statistics, attendance] = await Promise.all([
    projectClusterMap(db, project, supplierEvidence),
    listBenchmarkCases(db, project.id, BENCHMARK_CASES),
    findProjectLogo(db, project.id),
    deckStatistics(db, caches, project, language),
    event ? deckAttendance(db, event) : null,
  ]);
  const settings = effectiveDeckSettings(
    event?.deckSettings,
    cases.map((c) => c.id),
    language,
  );
  const fieldStudy = await deckFieldStudy(db, project.id, clusterMap, language);
  const { clusterMap: map, gaps } = deckClusterMap(clusterMap, io, language);
  let benchmarkCase: BenchmarkCase | null = null;
  const chosen = cases.find((c) => c.id === settings.benchmarkCaseId);
  if (chosen) {
    const { builtinKey: _builtinKey, ...content } = chosen;
    benchmarkCase = content;
  }

  return {
    project: { name: project.name, region: project.region, isSample: project.isSample },
    logo: logo
      ? {
          mediaType: logo.mediaType,
          base64: logo.base64,
          width: logo.width,
          height: logo.height,
        }
      : null,
    event: event
      ? {
          title: event.title,
          date: event.eventDate as IsoDate,
          startTime: event.startTime,
          endTime: event.endTime,
          venue: event.venue,
          address: event.address,
          agenda: event.agenda,
        }
      : null,
    generatedOn: today,
    sections: settings.sections,
    benchmarkCase,
    statistics,
    fieldStudy,
    clusterMap: map,
    gaps,
    workingGroup: deckWorkingGroup(project, clusterMap, language),
    workshopCalendar: deckWorkshopCalendar(settings.workshopCalendar, language),
    attendance,
    nextSteps: settings.nextSteps,
  };
}
