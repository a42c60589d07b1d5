// The project report's roadmap: a few figures for the summary and the roadmap document's own
// sections in the report's language, both from the roadmap document's input (D1's gathering).

import {
  roadmapSections,
  type IsoDate,
  type ProjectReportRoadmap,
  type ReportLanguage,
} from '@kume/core';
import type { Db, ProjectRow } from '@kume/db';
import { roadmapDocumentInput } from '../roadmap/roadmapDocumentInput';

/**
 * Items (dismissed ones left out), actions and indicators (the actions' and the whole roadmap's)
 * of the project's roadmap on `today`, and the roadmap document's sections (core roadmapSections);
 * none while the roadmap is untouched (never assembled, no item, action or indicator), so that the
 * report says in one note that it is not available rather than in each of the document's parts.
 */
export async function reportRoadmap(
  db: Db,
  project: ProjectRow,
  language: ReportLanguage,
  today: IsoDate,
): Promise<ProjectReportRoadmap> {
  const input = await roadmapDocumentInput(db, project, today);
  const untouched =
    input.assembledAt === null &&
    input.items.length === 0 &&
    input.actions.length === 0 &&
    input.roadmapIndicators.length === 0;
  return {
    assembledAt: input.assembledAt,
    items: input.items.filter((item) => !item.dismissed).length,
    actions: input.actions.length,
    indicators:
      input.actions.reduce((total, action) => total + action.indicators.length, 0) +
      input.roadmapIndicators.length,
    sections: untouched ? [] : roadmapSections(input, language),
  };
}
