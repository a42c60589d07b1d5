// What the deck page shows of an event's deck: the settings in force, the benchmark library, the
// logo's size, and which parts of the deck the project has data for.

import { BENCHMARK_CASES, isoDateOf, type DeckLanguage, type DeckSettings } from '@kume/core';
import {
  findProjectLogoInfo,
  listBenchmarkCases,
  type BenchmarkCaseItem,
  type DeckEventRow,
  type Db,
  type ProjectLogoInfo,
  type ProjectRow,
} from '@kume/db';
import type { StatisticsCaches } from '../statistics/clusterAnalysis';
import { effectiveDeckSettings } from './effectiveDeckSettings';
import { gatherDeckInput } from './gatherDeckInput';

export interface DeckSettingsAnswer {
  settings: DeckSettings;
  cases: BenchmarkCaseItem[];
  logo: ProjectLogoInfo | null;
  /**
   * Whether the project has the data for each part (else its slide says it is not yet available);
   * attendance: somebody registered or waits for a seat.
   */
  availability: {
    statistics: boolean;
    fieldStudy: boolean;
    clusterMap: boolean;
    workingGroup: boolean;
    attendance: boolean;
  };
}

/**
 * The answer of GET and PUT .../deck-settings. The availability is read from the deck's own input
 * (gathered as the download would), so the page and the slides never disagree.
 */
export async function deckSettingsAnswer(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
  event: DeckEventRow,
  language: DeckLanguage,
  now: Date,
): Promise<DeckSettingsAnswer> {
  const [cases, logo, input] = await Promise.all([
    listBenchmarkCases(db, project.id, BENCHMARK_CASES),
    findProjectLogoInfo(db, project.id),
    gatherDeckInput(db, caches, { project, event, language, today: isoDateOf(now) }),
  ]);
  return {
    settings: effectiveDeckSettings(
      event.deckSettings,
      cases.map((c) => c.id),
      language,
    ),
    cases,
    logo: logo ?? null,
    availability: {
      statistics: input.statistics !== null,
      fieldStudy: input.fieldStudy !== null,
      clusterMap: input.clusterMap !== null,
      workingGroup: input.workingGroup !== null,
      attendance:
        input.attendance !== null && input.attendance.registered + input.attendance.waitlisted > 0,
    },
  };
}
