// Gathers the roadmap document's input from the database: the roadmap as its page shows it, the
// self-assessments, the network change with the organisations' names, and the project's logo.
// The roadmap document and the project report's roadmap sections are built from it.

import type { IsoDate, RoadmapDocumentInput } from '@kume/core';
import { findProjectLogo, listOrganisations, type Db, type ProjectRow } from '@kume/db';
import { loadNetworkChange } from './networkChange';
import { loadRoadmapView } from './roadmapView';
import { loadSelfAssessmentView } from './selfAssessmentView';

/**
 * The project's roadmap on `today` (the health of the indicators is judged on it). Without
 * assessments the self-assessment is null, without relations the network change is null; the
 * network compares the default periods (up to the median reporting day, then up to the last).
 */
export async function roadmapDocumentInput(
  db: Db,
  project: ProjectRow,
  today: IsoDate,
): Promise<RoadmapDocumentInput> {
  const [view, selfAssessment, network, logo, organisations] = await Promise.all([
    loadRoadmapView(db, project, today),
    loadSelfAssessmentView(db, project),
    loadNetworkChange(db, project.id, {}, today),
    findProjectLogo(db, project.id),
    listOrganisations(db, project.id),
  ]);
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
    today,
    settings: view.settings,
    assembledAt: view.assembledAt,
    sources: view.sources,
    items: view.items,
    actions: view.actions,
    uncoveredKeys: view.uncoveredKeys,
    roadmapIndicators: view.roadmapIndicators,
    selfAssessment:
      selfAssessment.assessments.length === 0
        ? null
        : { assessments: selfAssessment.assessments, comparison: selfAssessment.comparison },
    networkChange:
      network.relationCount === 0
        ? null
        : {
            relationCount: network.relationCount,
            before: network.before,
            after: network.after,
            change: network.change,
            densityByDate: network.densityByDate,
            organisationNames: Object.fromEntries(
              organisations.map((organisation) => [organisation.id, organisation.name]),
            ),
          },
  };
}
