// The text `kume stats derive-definitions` prints: the ranked grid with its validation scores,
// the scores by measure of the best, and the comparison with a given definition.

import type { ClusteringComparison } from '@kume/core/stats/derive/compareClusterings';
import type { GridResult } from '@kume/core/stats/derive/clusterGrid';
import type { ClusterParameters } from '@kume/core/stats/derive/clusterIndustries';
import type { ValidationScores } from '@kume/core/stats/derive/validationScores';

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '-');

/** A method's parameters in words: "hierarchical", "louvain, threshold 90, resolution 2.31". */
export function describeParameters(parameters: ClusterParameters): string {
  const parts: string[] = [parameters.method];
  if (parameters.threshold !== undefined) parts.push(`threshold ${parameters.threshold}`);
  if (parameters.resolution !== undefined)
    parts.push(`resolution ${parameters.resolution.toFixed(3)}`);
  if (parameters.method !== 'hierarchical' && parameters.seed !== undefined)
    parts.push(`seed ${parameters.seed}`);
  return parts.join(', ');
}

/** Lays out rows of cells as aligned columns, the first row a heading. */
function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The scores of one clustering by measure, with their means. */
function measureLines(scores: ValidationScores): string {
  return columns([
    ['measure', 'vs_cluster', 'vs_industry'],
    ...scores.byMeasure.map((m) => [m.measure, fixed(m.vsCluster), fixed(m.vsIndustry)]),
    ['mean', fixed(scores.vsCluster), fixed(scores.vsIndustry)],
  ]);
}

export interface DeriveReportInput {
  grid: readonly GridResult[];
  top: number;
  industries: number;
  definition?: {
    file: string;
    count: number;
    scores: ValidationScores;
    comparison: ClusteringComparison;
  };
}

/** The scores as text: the grid's best `top`, the best's scores by measure, the comparison. */
export function deriveReport(input: DeriveReportInput): string {
  const { grid, top } = input;
  const best = grid[0]!;
  const sections = [
    `Validation scores (Delgado, Porter & Stern 2016) of ${grid.length} clustering${grid.length === 1 ? '' : 's'} of ${input.industries} industries, best first:`,
    columns([
      ['rank', 'clusters', 'score', 'vs_cluster', 'vs_industry', 'method'],
      ...grid
        .slice(0, top)
        .map((result, i) => [
          String(i + 1),
          String(result.count),
          fixed(result.scores.score),
          fixed(result.scores.vsCluster),
          fixed(result.scores.vsIndustry),
          describeParameters(result.parameters),
        ]),
    ]),
    '',
    `The best (${best.count} clusters, ${describeParameters(best.parameters)}) by measure:`,
    measureLines(best.scores),
  ];
  if (input.definition) {
    const { file, count, scores, comparison } = input.definition;
    sections.push(
      '',
      `${file} (${count} traded clusters of the same industries) by measure:`,
      measureLines(scores),
      '',
      `Adjusted Rand index of the best and ${file}: ${fixed(comparison.adjustedRandIndex)} over ${comparison.common} industries; ${comparison.moved.length} moved (from its cluster in ${file} to the derived cluster that stands for another):`,
      ...comparison.moved.slice(0, 20).map((m) => `  ${m.industry}: ${m.from} -> ${m.to}`),
      ...(comparison.moved.length > 20 ? [`  ... and ${comparison.moved.length - 20} more`] : []),
    );
  }
  return `${sections.join('\n')}\n`;
}
