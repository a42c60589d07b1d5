// Cluster metrics as named output columns in the order of the `kume stats clusters` contract, for
// writers (CSV, JSON, XLSX): per column a getter, or plain row objects.

import { type ClusterMetrics } from './clusterMetrics';

/** A cell as written: booleans for flags, null where a number is undefined (NaN) or absent. */
export type ClusterMetricValue = string | number | boolean | null;

export type ClusterMetricRow = Record<string, ClusterMetricValue>;

export interface ClusterMetricColumn {
  /** snake_case, as in the output file's header. */
  name: string;
  value: (row: number) => ClusterMetricValue;
}

const numberOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/**
 * The output columns, in order: the contract's `region, cluster, year, type, employment,
 * establishments, lq, lq_total, qualifying, significant, strong, strong10, stars_size,
 * stars_specialisation, stars_focus`, then `employment_cagr` when the metrics have a from year,
 * then `cluster_name, payroll, filled_employment, filled_share, employment_rank,
 * employment_percentile, lq_rank, lq_percentile`, `employment_change` with a from year, and
 * `cluster_strength`. At subcluster level `subcluster` follows `cluster` (empty for a cluster's
 * industries without subcluster) and `subcluster_name` follows `cluster_name`. Getters read the
 * typed arrays directly: writing millions of rows needs no object per row.
 */
export function clusterMetricColumns(metrics: ClusterMetrics): ClusterMetricColumn[] {
  const m = metrics;
  const unitOf = (i: number) => m.units[m.unit[i] as number];
  const float = (array: Float64Array) => (i: number) => numberOrNull(array[i] as number);
  const flag = (array: Uint8Array) => (i: number) => array[i] === 1;
  const rank = (array: Int32Array) => (i: number) => (array[i] === 0 ? null : (array[i] as number));
  const subclusterLevel = m.level === 'subcluster';
  const columns: (ClusterMetricColumn | false)[] = [
    { name: 'region', value: (i) => m.regions[m.region[i] as number] ?? null },
    { name: 'cluster', value: (i) => unitOf(i)?.cluster ?? null },
    subclusterLevel && { name: 'subcluster', value: (i) => unitOf(i)?.subcluster ?? null },
    { name: 'year', value: (i) => m.year[i] as number },
    { name: 'type', value: (i) => unitOf(i)?.type ?? null },
    { name: 'employment', value: float(m.employment) },
    { name: 'establishments', value: float(m.establishments) },
    { name: 'lq', value: float(m.lq) },
    { name: 'lq_total', value: float(m.lqTotal) },
    { name: 'qualifying', value: flag(m.qualifying) },
    { name: 'significant', value: flag(m.significant) },
    { name: 'strong', value: flag(m.strong) },
    { name: 'strong10', value: flag(m.strong10) },
    { name: 'stars_size', value: flag(m.starsSize) },
    { name: 'stars_specialisation', value: flag(m.starsSpecialisation) },
    { name: 'stars_focus', value: flag(m.starsFocus) },
    m.employmentCagr !== undefined && { name: 'employment_cagr', value: float(m.employmentCagr) },
    { name: 'cluster_name', value: (i) => unitOf(i)?.clusterName ?? null },
    subclusterLevel && { name: 'subcluster_name', value: (i) => unitOf(i)?.subclusterName ?? null },
    { name: 'payroll', value: float(m.payroll) },
    { name: 'filled_employment', value: float(m.filledEmployment) },
    { name: 'filled_share', value: float(m.filledShare) },
    { name: 'employment_rank', value: rank(m.employmentRank) },
    { name: 'employment_percentile', value: float(m.employmentPercentile) },
    { name: 'lq_rank', value: rank(m.lqRank) },
    { name: 'lq_percentile', value: float(m.lqPercentile) },
    m.employmentChange !== undefined && {
      name: 'employment_change',
      value: float(m.employmentChange),
    },
    { name: 'cluster_strength', value: float(m.clusterStrength) },
  ];
  return columns.filter((column): column is ClusterMetricColumn => column !== false);
}

/** Every row as a plain object with snake_case keys in clusterMetricColumns' order. */
export function clusterMetricRows(metrics: ClusterMetrics): ClusterMetricRow[] {
  const columns = clusterMetricColumns(metrics);
  const rows: ClusterMetricRow[] = [];
  for (let i = 0; i < metrics.length; i++) {
    const row: ClusterMetricRow = {};
    for (const column of columns) row[column.name] = column.value(i);
    rows.push(row);
  }
  return rows;
}
