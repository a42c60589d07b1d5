// Reads a cluster definition from CSV or XLSX: columns industry, cluster, type[, subcluster,
// cluster_name] in English or Turkish, or the US benchmark crosswalk's NAICS, TradedLocal,
// Cluster, SubclusterName; core's buildClusterDefinition then checks it (all or nothing).

import {
  buildClusterDefinition,
  type ClusterDefinition,
  type ClusterDefinitionRow,
} from '@kume/core/stats/clusterDefinition';
import { FileFormatError } from '../fileFormatError';
import { readCellTable } from './readCellTable';
import { headingKey } from './statsColumns';
import type { StatsRowError } from './statsRowError';

type DefinitionField = 'industry' | 'cluster' | 'type' | 'subcluster' | 'clusterName';

const aliases: Record<DefinitionField, readonly string[]> = {
  industry: [
    'industry',
    'industrycode',
    'naics',
    'nace',
    'sektor',
    'sektorkodu',
    'faaliyet',
    'faaliyetkodu',
  ],
  cluster: ['cluster', 'clustercode', 'kume', 'kumekodu'],
  type: ['type', 'tradedlocal', 'clustertype', 'tur', 'tip', 'kumeturu'],
  subcluster: ['subcluster', 'subclustercode', 'subclustername', 'altkume', 'altkumekodu'],
  clusterName: ['clustername', 'kumeadi'],
};

/** Turkish names of the two cluster types. */
const typeWords: Record<string, string> = { yerel: 'local', ticari: 'traded' };

export type ClusterDefinitionReadResult =
  { definition: ClusterDefinition; errors: [] } | { definition: null; errors: StatsRowError[] };

/** Reads and validates a cluster definition file; `definition` is null when any row is wrong. */
export async function readClusterDefinitionFile(
  path: string,
): Promise<ClusterDefinitionReadResult> {
  let table;
  try {
    table = await readCellTable(path);
  } catch (error) {
    if (error instanceof FileFormatError)
      return { definition: null, errors: [{ line: 1, column: 1, message: error.message }] };
    throw error;
  }
  const keys = table.headings.map(headingKey);
  const column = {} as Record<DefinitionField, number>;
  for (const [field, names] of Object.entries(aliases) as [DefinitionField, readonly string[]][])
    column[field] = keys.findIndex((key) => names.includes(key));
  const missing = (['industry', 'cluster', 'type'] as const).filter((f) => column[f] < 0);
  if (missing.length > 0) {
    return {
      definition: null,
      errors: [
        {
          line: 1,
          column: 1,
          message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a cluster definition has industry, cluster, type[, subcluster, cluster_name]; the heading row has: ${table.headings.join(', ')})`,
        },
      ],
    };
  }
  const cell = (row: string[], field: DefinitionField) =>
    column[field] < 0 ? undefined : row[column[field]];
  const rows: ClusterDefinitionRow[] = table.rows.map((row, i) => {
    const type = cell(row, 'type') ?? '';
    return {
      industry: cell(row, 'industry') ?? '',
      cluster: cell(row, 'cluster') ?? '',
      type: typeWords[type.toLocaleLowerCase('tr')] ?? type,
      subcluster: cell(row, 'subcluster'),
      clusterName: cell(row, 'clusterName'),
      row: table.lines[i],
    };
  });
  if (rows.length === 0)
    return {
      definition: null,
      errors: [{ line: 2, column: 1, message: 'the file has a heading row but no clusters' }],
    };
  const { definition, errors } = buildClusterDefinition(rows);
  if (errors.length === 0) return { definition, errors: [] };
  return {
    definition: null,
    errors: errors.map((error) => ({
      line: error.row,
      column: column[error.field] + 1,
      message: `${table.headings[column[error.field]]}: ${error.message}`,
    })),
  };
}
