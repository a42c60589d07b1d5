// Reads a cluster relatedness matrix, one pair per row, as the US Cluster Mapping publishes it
// (relatedClusters.csv: cluster_code, cluster_code_2, cr_all, cr_all_pc[, cluster_name,
// cluster_name_2]), or with the plain headings cluster, related, score, percentile.

import { type ClusterRelatedness } from '@kume/core/stats/relatedClusters';
import { FileFormatError } from '../fileFormatError';
import { readCellTable } from './readCellTable';
import { headingKey } from './statsColumns';
import type { StatsRowError } from './statsRowError';

type RelatednessField = 'cluster' | 'related' | 'score' | 'percentile' | 'name' | 'relatedName';

const aliases: Record<RelatednessField, readonly string[]> = {
  cluster: ['clustercode', 'cluster', 'kume', 'kumekodu'],
  related: ['clustercode2', 'related', 'relatedcluster', 'iliskilikume'],
  score: ['crall', 'score', 'relatedness', 'iliski', 'iliskiduzeyi'],
  percentile: ['crallpc', 'percentile', 'yuzdelik'],
  name: ['clustername', 'kumeadi'],
  relatedName: ['clustername2', 'relatedname', 'iliskilikumeadi'],
};

export interface RelatednessMatrix {
  /** Directed pairs by cluster code, as in the file. */
  pairs: ClusterRelatedness[];
  /** Cluster names by code, where the file gives them. */
  names: Map<string, string>;
}

export type RelatednessReadResult =
  { matrix: RelatednessMatrix; errors: [] } | { matrix: null; errors: StatsRowError[] };

/** Reads the matrix; `matrix` is null when a row is wrong (empty code, score not a number). */
export async function readRelatednessFile(path: string): Promise<RelatednessReadResult> {
  let table;
  try {
    table = await readCellTable(path);
  } catch (error) {
    if (error instanceof FileFormatError)
      return { matrix: null, errors: [{ line: 1, column: 1, message: error.message }] };
    throw error;
  }
  const keys = table.headings.map(headingKey);
  const column = {} as Record<RelatednessField, number>;
  for (const [field, names] of Object.entries(aliases) as [RelatednessField, readonly string[]][])
    column[field] = keys.findIndex((key) => names.includes(key));
  const missing = (['cluster', 'related', 'score', 'percentile'] as const).filter(
    (field) => column[field] < 0,
  );
  if (missing.length > 0) {
    return {
      matrix: null,
      errors: [
        {
          line: 1,
          column: 1,
          message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a relatedness matrix has cluster_code, cluster_code_2, cr_all, cr_all_pc; the heading row has: ${table.headings.join(', ')})`,
        },
      ],
    };
  }
  const errors: StatsRowError[] = [];
  const pairs: ClusterRelatedness[] = [];
  const names = new Map<string, string>();
  table.rows.forEach((row, i) => {
    const line = table.lines[i]!;
    const text = (field: RelatednessField) => (column[field] < 0 ? '' : row[column[field]]!);
    const fail = (field: RelatednessField, message: string) =>
      errors.push({
        line,
        column: column[field] + 1,
        message: `${table.headings[column[field]]}${message}`,
      });
    const number = (field: 'score' | 'percentile') => {
      const value = text(field) === '' ? Number.NaN : Number(text(field));
      if (!Number.isFinite(value)) fail(field, `: "${text(field)}" is not a number`);
      else if (field === 'percentile' && (value < 0 || value > 100))
        fail(field, `: ${value} is not a percentile (0 to 100)`);
      return value;
    };
    const cluster = text('cluster');
    const related = text('related');
    if (cluster === '') fail('cluster', ' is empty');
    if (related === '') fail('related', ' is empty');
    const score = number('score');
    const percentile = number('percentile');
    pairs.push({ cluster, related, score, percentile });
    if (text('name') !== '') names.set(cluster, text('name'));
    if (text('relatedName') !== '') names.set(related, text('relatedName'));
  });
  if (errors.length > 0) return { matrix: null, errors };
  return { matrix: { pairs, names }, errors: [] };
}
