// Which of the region's clusters the roadmap should name: the strong ones (the statistics' rule),
// the emerging ones (not yet specialised but gaining ground) and the project's focus clusters.

/** One cluster of the focus region in the statistics' latest year (a portfolio row). */
export interface ClusterEvidence {
  code: string;
  name: string;
  /** Local clusters serve the region's own market and are never strong or emerging. */
  type?: 'traded' | 'local';
  /** Location quotient; null when undefined. */
  lq: number | null;
  employment: number;
  /** Compound annual growth of the region's employment in the cluster, per cent; null for one year. */
  growthPercent: number | null;
  /**
   * The growth it is compared with, per cent a year: the nation's employment in the same cluster,
   * or the nation's total; 0 when not given (growing at all).
   */
  benchmarkGrowthPercent?: number | null;
  /** The US Cluster Mapping "strong cluster" rule (or the project's rule) flags it. */
  strong: boolean;
  /** One of the focus clusters the analyst chose. */
  focus?: boolean;
}

export type ClusterStanding = 'strong' | 'emerging' | 'focus';

export interface StandingCluster {
  cluster: ClusterEvidence;
  standing: ClusterStanding;
}

export interface EmergingClusterOptions {
  /** Below this LQ a cluster is too small to call emerging, however fast it grows. Default 0.5. */
  minEmergingLq?: number;
}

/**
 * The clusters the roadmap names, in this order: strong (flagged strong by the statistics; by LQ,
 * highest first), emerging (traded, not strong, minEmergingLq <= LQ < 1, and regional employment
 * growing faster than the benchmark; by growth above the benchmark, highest first), then focus
 * clusters that are neither (in input order). "Emerging" is the lower-right quadrant of the
 * cluster bubble chart (LQ below 1 and rising; Purdue Center for Regional Development's cluster
 * analyses), read here as faster growth than the benchmark because the portfolio gives growth,
 * not LQ change; the LQ floor is Kume's choice. Ties keep input order.
 */
export function strongAndEmergingClusters(
  clusters: readonly ClusterEvidence[],
  options: EmergingClusterOptions = {},
): StandingCluster[] {
  const minLq = options.minEmergingLq ?? 0.5;
  const excess = (c: ClusterEvidence) => (c.growthPercent ?? 0) - (c.benchmarkGrowthPercent ?? 0);
  const isEmerging = (c: ClusterEvidence) =>
    c.type !== 'local' &&
    !c.strong &&
    c.lq !== null &&
    c.lq >= minLq &&
    c.lq < 1 &&
    c.growthPercent !== null &&
    excess(c) > 0;
  const byOrder = <T>(list: T[], key: (item: T) => number) =>
    list
      .map((item, position) => ({ item, position }))
      .sort((a, b) => key(b.item) - key(a.item) || a.position - b.position)
      .map(({ item }) => item);

  const strong = byOrder(
    clusters.filter((c) => c.strong && c.type !== 'local'),
    (c) => c.lq ?? 0,
  );
  const emerging = byOrder(clusters.filter(isEmerging), excess);
  const named = new Set([...strong, ...emerging]);
  const focus = clusters.filter((c) => c.focus && !named.has(c));
  return [
    ...strong.map((cluster) => ({ cluster, standing: 'strong' as const })),
    ...emerging.map((cluster) => ({ cluster, standing: 'emerging' as const })),
    ...focus.map((cluster) => ({ cluster, standing: 'focus' as const })),
  ];
}
