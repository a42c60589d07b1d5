// The report's working group workshops: the workshops held, then their results (vision, weighted
// success factors, skills gaps) as the roadmap's workshop section words them.

import { workshopReportSection } from '../../workshop/workshopReportSection';
import type { ProjectReportInput } from '../projectReportInput';
import type { ReportBlock, ReportSection } from '../reportDocument';
import { unavailable, type ReportContext } from './reportContext';

/** Stage 4 of the report: every workshop of the project, then the latest closed ones' results. */
export function workshopStageSection(
  input: ProjectReportInput,
  context: ReportContext,
): ReportSection {
  const { words, format } = context;
  const { held, results } = input.workshops;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: words.workshopIntro },
    { kind: 'heading', text: words.heldHeading },
  ];
  if (held.length === 0) blocks.push(unavailable(context, words.noWorkshops, 'workshops'));
  else
    blocks.push({
      kind: 'table',
      columns: words.heldColumns,
      rows: held.map((workshop) => [
        workshop.title,
        words.templates[workshop.template],
        words.workshopStatus[workshop.status],
        workshop.closedOn ? format.date(workshop.closedOn) : words.notYet,
        workshop.participants,
      ]),
    });
  const missing = (['vision', 'factors', 'skills'] as const).filter((part) => {
    const result = results[part];
    return result === null || ('items' in result && result.items.length === 0);
  });
  if (held.length > 0 && missing.length > 0)
    blocks.push(
      unavailable(
        context,
        words.resultsMissing(missing.map((part) => words.resultParts[part]).join(', ')),
        'workshops',
      ),
    );
  return {
    title: words.stages.workshops,
    blocks: [...blocks, ...workshopReportSection(results, context.language).blocks],
  };
}
