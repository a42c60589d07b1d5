// The steps of `npm run bench:derive` inside one Node process (run by tsx): read CBP 2011, the
// matrices, the co-location correlations, IO links, the combined measure, one clustering by each
// method and their scores, each timed; writes the matrices the Python peer reads to the work
// folder and prints one JSON line.
//
//   node --import tsx bench/derive/steps.ts WORK_DIR CBP_FILE BEA_FILE K RUNS
//
// Steps after reading run RUNS times; the median is reported (the first run includes V8's
// compilation, as a user's single run would).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { averageLinkage, cutLinkage } from '@kume/core/stats/derive/averageLinkage';
import { colocationRelatedness } from '@kume/core/stats/derive/colocationRelatedness';
import { columnCorrelations } from '@kume/core/stats/derive/columnCorrelations';
import { combinedRelatedness } from '@kume/core/stats/derive/combinedRelatedness';
import { establishmentMatrix } from '@kume/core/stats/derive/establishmentMatrix';
import { ioRelatedness } from '@kume/core/stats/derive/ioRelatedness';
import { kMeansRows } from '@kume/core/stats/derive/kMeansRows';
import { louvainClusters } from '@kume/core/stats/derive/louvainClusters';
import { prefixConcordance } from '@kume/core/stats/derive/prefixConcordance';
import { validationScores } from '@kume/core/stats/derive/validationScores';
import { type IndustryMatrix, industryMatrix } from '@kume/core/stats/industryMatrix';
import {
  BEA_1997_SUMMARY_PREFIXES,
  readDirectRequirements,
  readStatisticsFile,
} from '@kume/io/statistics';

const [work, cbp, bea, kText, runsText] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
];
const k = Number(kText);
const runs = Number(runsText ?? 3) || 3;
const seconds: Record<string, number> = {};
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `step` `repeat` times and records the median wall seconds under `name`. */
function timed<T>(name: string, step: () => T, repeat = runs): T {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < repeat; run++) {
    const started = process.hrtime.bigint();
    result = step();
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  seconds[name] = median(times);
  return result!;
}
async function timedAsync<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const result = await step();
  seconds[name] = Number(process.hrtime.bigint() - started) / 1e9;
  return result;
}

/** Each region's share of each industry's national total, regions x industries. */
function shares(matrix: IndustryMatrix): Float64Array {
  const rows = matrix.regions.length;
  const n = matrix.industries.length;
  const out = new Float64Array(rows * n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let r = 0; r < rows; r++) total += matrix.employment[r * n + i]!;
    for (let r = 0; r < rows; r++)
      out[r * n + i] = total > 0 ? matrix.employment[r * n + i]! / total : 0;
  }
  return out;
}

const write = (name: string, values: Float64Array | Int32Array) =>
  writeFileSync(
    join(work, name),
    new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  );

const read = await timedAsync('read', () =>
  readStatisticsFile(cbp, { keepIndustry: (code) => /^\d{6}$/.test(code) }),
);
const table = read.table!;
const { employment, establishments } = timed(
  'matrix',
  () => ({
    employment: industryMatrix(table, { year: 2011, level: 6 }),
    establishments: establishmentMatrix(table, { year: 2011, level: 6 }),
  }),
  1,
);
const regions = employment.regions.length;
const n = employment.industries.length;
const employmentShares = shares(employment);
const establishmentShares = shares(establishments);
// The correlation step alone, as numpy.corrcoef does it: both share matrices.
const correlation = timed('correlation', () => {
  const result = columnCorrelations(employmentShares, regions, n);
  columnCorrelations(establishmentShares, regions, n);
  return result;
});
const colocation = timed('co-location measures', () => [
  colocationRelatedness(employment, { name: 'co-location of employment' }).measure,
  colocationRelatedness(establishments, { name: 'co-location of establishments' }).measure,
]);
const io = await timedAsync('io', async () => {
  const table = (await readDirectRequirements(bea)).table!;
  const ioCodeOf = prefixConcordance(table.industries, { prefixes: BEA_1997_SUMMARY_PREFIXES });
  return ioRelatedness(table.cells, employment.industries, ioCodeOf).measure;
});
const measures = [...colocation, io];
const combined = timed('combined', () => combinedRelatedness(measures));

const distance = new Float64Array(n * n);
for (let cell = 0; cell < n * n; cell++)
  distance[cell] = cell % (n + 1) === 0 ? 0 : 1 - combined.percentiles[cell]! / 100;
const hierarchical = timed('hierarchical', () => cutLinkage(averageLinkage(distance, n), k));
const rows = combined.percentiles.map((p) => p / 100);
const kmeans = timed('kmeans', () => kMeansRows(rows, n, n, k, { seed: 1, restarts: 4 }).labels);
const louvain = timed('louvain', () =>
  louvainClusters(combined.industries, combined.percentiles, { threshold: 90, resolution: 1 }),
);
const scoring = measures.map((measure) => ({ measure, values: measure.percentiles }));
const scores = timed('scores', () => [
  validationScores(scoring, hierarchical, k).score,
  validationScores(scoring, kmeans, k).score,
  validationScores(scoring, louvain.labels, louvain.count).score,
]);

write('employment_shares.f64', employmentShares);
write('establishment_shares.f64', establishmentShares);
write('correlation.f64', correlation.values);
write('combined_percentiles.f64', combined.percentiles);
write('hierarchical.i32', hierarchical);
console.log(
  JSON.stringify({
    regions,
    industries: n,
    seconds,
    louvainClusters: louvain.count,
    scores,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
