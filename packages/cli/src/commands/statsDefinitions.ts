// `kume stats definitions --builtin ID`: writes a cluster definition shipped with Kume in the
// definitions file format (industry, cluster, type, cluster_name, industry_name), to edit and import.

import type { NaceDefinitionId } from '@kume/core/stats/nace/naceDefinitionIds';
import { writeOutput } from './statsOutput';

export interface StatsDefinitionsFlags {
  builtin: NaceDefinitionId;
  language: 'en' | 'tr';
  format: 'csv' | 'xlsx';
  out?: string;
}

export async function statsDefinitions(flags: StatsDefinitionsFlags): Promise<void> {
  const { naceDefinitionRows } = await import('@kume/core/stats/nace/naceClusterDefinition');
  const rows = naceDefinitionRows(flags.builtin, flags.language);
  // industry_name is for the reader: Kume's import ignores columns it does not know.
  await writeOutput(
    flags.format,
    [
      { name: 'industry', value: (i) => rows[i]!.industry },
      { name: 'cluster', value: (i) => rows[i]!.cluster },
      { name: 'type', value: (i) => rows[i]!.type },
      { name: 'cluster_name', value: (i) => rows[i]!.clusterName },
      { name: 'industry_name', value: (i) => rows[i]!.industryName },
    ],
    rows.length,
    flags.out,
    'definition',
  );
}
