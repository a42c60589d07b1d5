// What is wrong with a report document's shape before it is written: a table row that does not
// match its header, a chart series without one value per category, an empty section. The writer
// copes with each (pads, cuts, leaves gaps), so these are for the builders' tests and logs.

import type { ReportDocument } from './reportDocument';

export interface ReportDocumentProblem {
  /** 0-based section and block, block null for the section itself. */
  section: number;
  block: number | null;
  problem: string;
}

/** The document's problems in reading order; an empty list when it is well shaped. */
export function reportDocumentProblems(document: ReportDocument): ReportDocumentProblem[] {
  const problems: ReportDocumentProblem[] = [];
  document.sections.forEach((section, sectionIndex) => {
    if (section.title.trim() === '')
      problems.push({ section: sectionIndex, block: null, problem: 'the section has no title' });
    if (section.blocks.length === 0)
      problems.push({ section: sectionIndex, block: null, problem: 'the section has no block' });
    section.blocks.forEach((block, blockIndex) => {
      const report = (problem: string) =>
        problems.push({ section: sectionIndex, block: blockIndex, problem });
      if (block.kind === 'table') {
        if (block.columns.length === 0) report('the table has no column');
        block.rows.forEach((row, rowIndex) => {
          if (row.length !== block.columns.length)
            report(
              `row ${rowIndex + 1} has ${row.length} cells for ${block.columns.length} columns`,
            );
        });
      }
      if (block.kind === 'chart') {
        if (block.series.length === 0) report('the chart has no series');
        block.series.forEach((series) => {
          if (series.values.length !== block.categories.length)
            report(
              `series "${series.name}" has ${series.values.length} values for ${block.categories.length} categories`,
            );
        });
      }
      if ((block.kind === 'bullets' || block.kind === 'keyValues') && block.items.length === 0)
        report(`the ${block.kind === 'bullets' ? 'list' : 'key-value list'} is empty`);
    });
  });
  return problems;
}
