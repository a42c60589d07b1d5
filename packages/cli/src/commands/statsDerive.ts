// `kume stats derive-definitions`: relatedness from the data, clustering (one method or a grid),
// validation scores; writes the best clustering as a definitions file and prints the scores.

import { basename } from 'node:path';
import { autoClusterCounts, clusterGrid } from '@kume/core/stats/derive/clusterGrid';
import { checkClusterCount } from '@kume/core/stats/derive/clusterIndustries';
import { labelsFromDefinition } from '@kume/core/stats/derive/clusterLabels';
import { compareClusterings } from '@kume/core/stats/derive/compareClusterings';
import { deriveRelatedness } from '@kume/core/stats/derive/deriveRelatedness';
import { derivedDefinitionRows } from '@kume/core/stats/derive/derivedDefinitionRows';
import { listCodes, subsetMeasure } from '@kume/core/stats/derive/relatednessMeasure';
import { validationScores } from '@kume/core/stats/derive/validationScores';
import type { TableColumn } from '@kume/io/statistics';
import { UsageError } from '../usageError';
import type { StatsDeriveFlags } from './statsDeriveCommand';
import {
  countOption,
  loadDeriveDefinition,
  loadDeriveIo,
  loadDeriveMatrices,
} from './statsDeriveInput';
import { deriveReport, describeParameters } from './statsDeriveReport';
import { computing } from './statsInput';
import { writeOutput } from './statsOutput';

/** --clusters as a number (checked later against the industries) or 'auto'. */
function clustersOption(value: string): number | 'auto' {
  if (value.trim().toLowerCase() === 'auto') return 'auto';
  const k = Number(value);
  if (!/^\s*\d+\s*$/.test(value))
    throw new UsageError(`--clusters: "${value}" is neither a whole number nor auto`);
  return k;
}

export async function statsDerive(flags: StatsDeriveFlags): Promise<void> {
  const clusters = clustersOption(flags.clusters);
  const seed = countOption('--seed', flags.seed, 0)!;
  const top = countOption('--top', flags.top, 1)!;
  const threshold = flags.threshold === undefined ? undefined : Number(flags.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 100))
    throw new UsageError(`--threshold: "${flags.threshold}" is not a percentile from 0 to 100`);

  const definition = await loadDeriveDefinition(flags);
  const io = await loadDeriveIo(flags);
  const { year, employment, establishments } = await loadDeriveMatrices(flags);
  if (!establishments)
    console.error(
      `kume: ${flags.data} has no establishments in ${year}: co-location is measured on employment only`,
    );
  let keep: ((industry: string) => boolean) | undefined;
  if (definition) {
    const traded = new Set(
      definition.industries
        .filter((industry) => definition.clusters[industry.cluster]?.type === 'traded')
        .map((industry) => industry.code),
    );
    const found = employment.industries.filter((code) => traded.has(code)).length;
    if (found < 2)
      throw new UsageError(
        `${flags.definitions}: ${found} of its ${traded.size} traded industries are in ${flags.data} in ${year}: nothing to cluster (do the codes have the same level?)`,
      );
    keep = (code) => traded.has(code);
  }

  const related = computing(() =>
    deriveRelatedness({
      employment,
      ...(establishments ? { establishments } : {}),
      variable: flags.variable,
      ...(keep ? { keep } : {}),
      ...(io ? { io: { cells: io.cells, ioCodeOf: io.ioCodeOf } } : {}),
    }),
  );
  if (related.droppedRegions.length > 0)
    console.error(
      `kume: ${related.droppedRegions.length} regions have no data in ${year} and are left out: ${listCodes(related.droppedRegions)}`,
    );
  for (const { measure, industries, reason } of related.notMeasured)
    console.error(
      `kume: ${measure}: ${industries.length} industries ${reason} (no value for this measure): ${listCodes(industries)}`,
    );
  const unmeasured = new Set(related.unmeasured);
  if (unmeasured.size > 0)
    console.error(
      `kume: ${unmeasured.size} industries have no relatedness at all and are left out of the clusters: ${listCodes(related.unmeasured)}`,
    );
  const kept = related.industries.flatMap((code, i) => (unmeasured.has(code) ? [] : [i]));
  const combined = subsetMeasure(related.combined, kept);
  const measures = related.measures.map((measure) => subsetMeasure(measure, kept));
  const industries = combined.industries;
  if (clusters !== 'auto') computing(() => checkClusterCount(clusters, industries.length));

  const grid = computing(() =>
    clusterGrid(combined, measures, {
      methods: flags.method === 'grid' ? ['hierarchical', 'kmeans', 'louvain'] : [flags.method],
      ks: clusters === 'auto' ? autoClusterCounts(industries.length) : [clusters],
      ...(threshold === undefined ? {} : { thresholds: [threshold] }),
      seed,
    }),
  );
  const best = grid[0]!;
  const rows = derivedDefinitionRows(industries, best.labels, best.count);
  const columns: TableColumn[] = [
    { name: 'industry', value: (i) => rows[i]!.industry },
    { name: 'cluster', value: (i) => rows[i]!.cluster },
    { name: 'type', value: (i) => rows[i]!.type },
    { name: 'cluster_name', value: (i) => rows[i]!.clusterName ?? null },
  ];
  await writeOutput('csv', columns, rows.length, flags.out);

  const derivedCodes = new Array<string>(best.count);
  rows.forEach((row, i) => (derivedCodes[best.labels[i]!] = row.cluster));
  let compared;
  if (definition) {
    const given = labelsFromDefinition(definition, industries, 'traded');
    const scoring = measures.map((measure) => ({ measure, values: measure.percentiles }));
    compared = {
      file: basename(flags.definitions!),
      count: given.clusters.length,
      scores: computing(() => validationScores(scoring, given.labels, given.clusters.length)),
      comparison: compareClusterings(
        { industries, labels: given.labels, clusters: given.clusters },
        { industries, labels: best.labels, clusters: derivedCodes },
      ),
    };
  }
  const report = deriveReport({
    grid,
    top,
    industries: industries.length,
    ...(compared ? { definition: compared } : {}),
  });
  // The definitions own standard output when no --out is given; the scores then go to stderr.
  if (flags.out === undefined) process.stderr.write(report);
  else process.stdout.write(report);
  console.error(
    `kume: ${best.count} clusters of ${industries.length} industries (${describeParameters(best.parameters)}) from ${employment.regions.length - related.droppedRegions.length} regions in ${year}; measures: ${measures.map((m) => m.name).join(', ')}${io ? ` (IO industries placed by ${io.placedBy})` : ''}; score ${best.scores.score.toFixed(3)} (VS-cluster ${best.scores.vsCluster.toFixed(3)}, VS-industry ${best.scores.vsIndustry.toFixed(3)})${flags.out === undefined ? '' : `; written to ${flags.out}`}`,
  );
}
