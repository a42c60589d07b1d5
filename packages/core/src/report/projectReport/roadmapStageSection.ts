// The report's last stage: the roadmap document's sections gathered into one section (each of its
// sections a subsection here), or a note that the roadmap is not available yet and where to make it.

import type { ProjectReportInput } from '../projectReportInput';
import type { ReportBlock, ReportSection } from '../reportDocument';
import { unavailable, type ReportContext } from './reportContext';

/**
 * The roadmap document numbers its sections ("3. Vision") and their level-2 headings ("3.1 …"),
 * not their level-3 ones; inside the report they are subsections numbered by the report, so their
 * own numbers go. A level-3 heading is kept as it is (it may well start with a year).
 */
const SECTION_NUMBER = /^\d+\.\s+(?=\S)/;
const HEADING_NUMBER = /^\d+\.\d+\s+(?=\S)/;

/** A section of the roadmap document as blocks of a subsection: its title a heading, its headings level 3. */
function asSubsection(section: ReportSection): ReportBlock[] {
  return [
    { kind: 'heading', text: section.title.replace(SECTION_NUMBER, '') },
    ...section.blocks.flatMap((block): ReportBlock[] => {
      if (block.kind === 'heading')
        return [
          {
            kind: 'heading',
            text: block.level === 3 ? block.text : block.text.replace(HEADING_NUMBER, ''),
            level: 3,
          },
        ];
      // A page break inside a roadmap section kept its table apart; as a subsection it may flow on.
      if (block.kind === 'pageBreak') return [];
      return [block];
    }),
  ];
}

/** Stage 5 of the report: the roadmap, its document's sections as subsections in their order. */
export function roadmapStageSection(
  input: ProjectReportInput,
  context: ReportContext,
): ReportSection {
  const { words } = context;
  const { sections } = input.roadmap;
  if (sections.length === 0)
    return {
      title: words.stages.roadmap,
      blocks: [
        { kind: 'paragraph', text: words.roadmapIntro },
        unavailable(context, words.noRoadmap, 'roadmap'),
      ],
    };
  return {
    title: words.stages.roadmap,
    blocks: [{ kind: 'paragraph', text: words.roadmapIntro }, ...sections.flatMap(asSubsection)],
  };
}
