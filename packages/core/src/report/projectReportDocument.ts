// The whole project report (issue 8) as a report document: a summary, then every stage in order
// (stakeholder visits and the readiness gate, field study, Information Day, workshops, roadmap),
// each part saying plainly what is not available yet and where in Kume to do it. TR/EN.

import { fieldStudySection } from './projectReport/fieldStudySection';
import { informationDaySection } from './projectReport/informationDaySection';
import { reportContext } from './projectReport/reportContext';
import { roadmapStageSection } from './projectReport/roadmapStageSection';
import { stakeholderSection } from './projectReport/stakeholderSection';
import { summarySection } from './projectReport/summarySection';
import { workshopStageSection } from './projectReport/workshopStageSection';
import type { ProjectReportInput } from './projectReportInput';
import type { ReportDocument, ReportLanguage, ReportSection } from './reportDocument';

export type {
  ProjectReportInput,
  ProjectReportReadiness,
  ProjectReportRoadmap,
  ProjectReportStakeholders,
  ProjectReportWorkshop,
} from './projectReportInput';

/** "2. Title" and its level-2 headings "2.1 Heading"; level-3 headings are left as they are. */
function numbered(section: ReportSection, number: number): ReportSection {
  let sub = 0;
  return {
    title: `${number}. ${section.title}`,
    blocks: section.blocks.map((block) => {
      if (block.kind !== 'heading' || block.level === 3) return block;
      sub += 1;
      return { ...block, text: `${number}.${sub} ${block.text}` };
    }),
  };
}

/**
 * The project report in `language`, six numbered sections: the summary, then one per stage of the
 * process; the roadmap's holds the roadmap document's sections as its subsections (or says the
 * roadmap is not available yet). Numbers in tables are left for the writer to format; running
 * text writes them in the language.
 */
export function projectReportDocument(
  input: ProjectReportInput,
  language: ReportLanguage,
): ReportDocument {
  const context = reportContext(language);
  const { project } = input;
  const sections = [
    summarySection,
    stakeholderSection,
    fieldStudySection,
    informationDaySection,
    workshopStageSection,
    roadmapStageSection,
  ].map((section, index) => numbered(section(input, context), index + 1));
  return {
    title: context.words.title,
    subtitle: context.words.subtitle,
    language,
    meta: {
      project: project.name,
      region: project.region,
      date: input.generatedOn,
      ...(project.organisation ? { organisation: project.organisation } : {}),
    },
    ...(input.logo ? { logo: input.logo } : {}),
    sections,
  };
}
