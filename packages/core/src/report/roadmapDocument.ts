// The cluster roadmap as a report document (TR/EN), for a funder's reader: numbered sections from
// the summary to the monitoring, every figure with its source, and an annex tracing each item to
// its source and its actions. Each part the project lacks says so and where in Kume to do it.

import type { ReportDocument, ReportLanguage, ReportSection } from './reportDocument';
import { roadmapContext, type RoadmapContext } from './roadmapDocumentContext';
import type { RoadmapDocumentInput } from './roadmapDocumentInput';
import {
  factorsSection,
  skillsSection,
  startingPointSection,
  visionSection,
} from './roadmapFindingSections';
import { coverageSection, monitoringSection } from './roadmapMonitoringSections';
import { actionPlanSection, budgetSection, timelineSection } from './roadmapPlanSections';
import { annexSection, networkSection, selfAssessmentSection } from './roadmapProgressSections';
import { summarySection } from './roadmapSummarySection';

export type { RoadmapDocumentInput } from './roadmapDocumentInput';

/** The numbered sections in order; the annex comes last, unnumbered. */
const NUMBERED: ((context: RoadmapContext) => ReportSection)[] = [
  summarySection,
  startingPointSection,
  visionSection,
  factorsSection,
  skillsSection,
  actionPlanSection,
  timelineSection,
  budgetSection,
  monitoringSection,
  coverageSection,
  selfAssessmentSection,
  networkSection,
];

/** "3. Title", its level-2 headings "3.1 Heading"; level-3 headings are left as they are. */
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
 * The roadmap document's sections in `language`: summary, starting point, vision, key success
 * factors, skills gaps, action plan, roadmap by term and layer, budget, monitoring, coverage,
 * self-assessment, network change (numbered 1-12 with numbered subsections), then the annex.
 * Numbers are left for the writer to format in tables; running text writes them in the language.
 */
export function roadmapSections(
  input: RoadmapDocumentInput,
  language: ReportLanguage,
): ReportSection[] {
  const context = roadmapContext(input, language);
  return [
    ...NUMBERED.map((section, index) => numbered(section(context), index + 1)),
    annexSection(context),
  ];
}

/** The years the actions run over ("2027–2031"), else the roadmap's first year. */
function period(input: RoadmapDocumentInput): string {
  const first = input.settings.startsOn.slice(0, 4);
  if (input.actions.length === 0) return first;
  const from = input.actions
    .reduce((year, a) => (a.startOn < year ? a.startOn : year), input.actions[0]!.startOn)
    .slice(0, 4);
  const to = input.actions
    .reduce((year, a) => (a.endOn > year ? a.endOn : year), input.actions[0]!.endOn)
    .slice(0, 4);
  const start = from < first ? from : first;
  return start === to ? start : `${start}–${to}`;
}

/** The whole roadmap document: title page facts, logo and the sections of roadmapSections. */
export function roadmapDocument(
  input: RoadmapDocumentInput,
  language: ReportLanguage,
): ReportDocument {
  const context = roadmapContext(input, language);
  return {
    title: context.words.title,
    subtitle: context.words.subtitle(period(input)),
    language,
    meta: {
      project: input.project.name,
      region: input.project.region,
      date: input.today,
      ...(input.project.organisation ? { organisation: input.project.organisation } : {}),
    },
    ...(input.logo ? { logo: input.logo } : {}),
    sections: roadmapSections(input, language),
  };
}
