// A derived clustering as the rows of a cluster definition (industry, cluster, type, name), the
// form Kume's definition import and buildClusterDefinition read.

import { type ClusterDefinitionRow } from '../clusterDefinition';

/**
 * One traded row per clustered industry (label >= 0): clusters coded `${prefix}01`, `${prefix}02`,
 * ... by label (padded to the digits of the count), named "Derived cluster 1", ... Industries
 * keep their order.
 */
export function derivedDefinitionRows(
  industries: readonly string[],
  labels: ArrayLike<number>,
  count: number,
  prefix = 'D',
): ClusterDefinitionRow[] {
  const digits = Math.max(2, String(count).length);
  const rows: ClusterDefinitionRow[] = [];
  industries.forEach((industry, i) => {
    const label = labels[i]!;
    if (label < 0) return;
    rows.push({
      industry,
      cluster: `${prefix}${String(label + 1).padStart(digits, '0')}`,
      type: 'traded',
      clusterName: `Derived cluster ${label + 1}`,
    });
  });
  return rows;
}
