// `npm run bench:stats`: Kume's `kume stats clusters` against a pandas script computing the same
// table, end to end from the raw CBP file (811,632 rows, 26 MB), then a scale run on a generated
// county-level table. Prints times (median of 3), the ratio, peak memory and agreement.
//
// Options: --runs N (default 3), --skip-scale, --scale-only. Needs ../shared/data, Debian's
// pandas (apt-get install -y python3-pandas) and GNU time (apt-get install -y time).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generate } from './generate.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const shared = resolve(root, '../shared/data');
const data = join(shared, 'cbp-state-naics/cbp_state_naics_2000_2011.csv');
const definitions = join(
  shared,
  'cluster-definitions/NAICS_crosswalks_to_Cluster_system__Emsi_NAICS_to_Porter_Cluster.csv',
);
const work = '/tmp/kume-bench';
const kumeBin = join(root, 'packages/cli/bin/kume.mjs');
const python = '/usr/bin/python3';
const gnuTime = '/usr/bin/time';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const skipScale = args.includes('--skip-scale');
const scaleOnly = args.includes('--scale-only');

function fail(message) {
  console.error(`bench:stats: ${message}`);
  process.exit(1);
}

function checkTools() {
  if (!existsSync(gnuTime))
    fail(`${gnuTime} is missing (GNU time measures peak memory): apt-get install -y time`);
  if (scaleOnly) return;
  if (!existsSync(data) || !existsSync(definitions))
    fail(`the shared data is missing: ${data} and ${definitions} (see ../shared/data/README.md)`);
  const pandas = spawnSync(python, ['-c', 'import pandas, numpy; print(pandas.__version__)'], {
    encoding: 'utf8',
  });
  if (pandas.status !== 0)
    fail(
      `${python} cannot import pandas: apt-get install -y python3-pandas (Debian's pandas; the python3 on PATH may not see it)`,
    );
  return pandas.stdout.trim();
}

/** Runs a command under GNU time: wall seconds (high resolution) and peak resident memory in MB. */
function measure(command, commandArgs) {
  const timeFile = join(work, 'time.txt');
  const started = process.hrtime.bigint();
  const run = spawnSync(gnuTime, ['-f', '%M', '-o', timeFile, command, ...commandArgs], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    fail(`${command} ${commandArgs.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
  const peakKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
  return { seconds, peakMb: peakKb / 1024, stderr: run.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (seconds) => `${seconds.toFixed(3)} s`;

/** Compares the two outputs: same region x cluster x year rows, LQs within 1e-9, same flags. */
function compare(kumeFile, pandasFile) {
  const read = (file) => parse(readFileSync(file), { columns: true, bom: true });
  const kume = read(kumeFile);
  const pandas = read(pandasFile);
  const key = (row) => `${row.region}|${row.cluster}|${row.year}`;
  const byKey = new Map(kume.map((row) => [key(row), row]));
  const problems = [];
  const relative = (a, b) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
  let maxLq = 0;
  for (const row of pandas) {
    const other = byKey.get(key(row));
    if (!other) {
      problems.push(`only pandas has ${key(row)}`);
      continue;
    }
    byKey.delete(key(row));
    for (const column of ['employment', 'establishments', 'lq', 'lq_total']) {
      const difference = relative(Number(row[column]), Number(other[column]));
      if (column.startsWith('lq')) maxLq = Math.max(maxLq, difference);
      if (!(difference <= 1e-9))
        problems.push(`${key(row)} ${column}: kume ${other[column]}, pandas ${row[column]}`);
    }
    for (const column of [
      'type',
      'qualifying',
      'significant',
      'strong',
      'strong10',
      'stars_size',
      'stars_specialisation',
      'stars_focus',
    ]) {
      if (row[column] !== other[column])
        problems.push(`${key(row)} ${column}: kume ${other[column]}, pandas ${row[column]}`);
    }
  }
  for (const rest of byKey.keys()) problems.push(`only kume has ${rest}`);
  return { rows: pandas.length, kumeRows: kume.length, problems, maxLq };
}

function cbpRun() {
  const kumeOut = join(work, 'kume.csv');
  const pandasOut = join(work, 'pandas.csv');
  const kumeArgs = [
    kumeBin,
    'stats',
    'clusters',
    '--data',
    data,
    '--definitions',
    definitions,
    '--out',
    kumeOut,
  ];
  const pandasArgs = [join(root, 'bench/stats/peer_pandas.py'), data, definitions, pandasOut];
  // One untimed run each first: tsx's transform cache and the page cache, as for any user's second run.
  measure(process.execPath, kumeArgs);
  measure(python, pandasArgs);
  const kume = [];
  const pandas = [];
  for (let run = 0; run < runs; run++) {
    kume.push(measure(process.execPath, kumeArgs));
    pandas.push(measure(python, pandasArgs));
  }
  const kumeTime = median(kume.map((r) => r.seconds));
  const pandasTime = median(pandas.map((r) => r.seconds));
  const kumePeak = Math.max(...kume.map((r) => r.peakMb));
  const pandasPeak = Math.max(...pandas.map((r) => r.peakMb));
  const agreement = compare(kumeOut, pandasOut);
  const ratio = kumeTime / pandasTime;
  console.log(`\n(i) CBP state file to the region x cluster x year table, all years, end to end`);
  console.log(`    data: ${data} (811,632 rows)`);
  console.log(`    kume:   node packages/cli/bin/kume.mjs stats clusters (what npx kume runs)`);
  console.log(
    `            runs ${kume.map((r) => format(r.seconds)).join(', ')}; median ${format(kumeTime)}; peak ${kumePeak.toFixed(0)} MB`,
  );
  console.log(`    pandas: ${python} bench/stats/peer_pandas.py`);
  console.log(
    `            runs ${pandas.map((r) => format(r.seconds)).join(', ')}; median ${format(pandasTime)}; peak ${pandasPeak.toFixed(0)} MB`,
  );
  console.log(
    `    ratio kume/pandas: ${ratio.toFixed(2)} (target <= 0.5: ${ratio <= 0.5 ? 'met' : 'NOT met'}); kume peak < 400 MB: ${kumePeak < 400 ? 'met' : 'NOT met'}`,
  );
  if (agreement.problems.length === 0) {
    console.log(
      `    agreement: yes, ${agreement.rows} rows identical (LQ max relative difference ${agreement.maxLq.toExponential(1)}, flags and stars equal)`,
    );
  } else {
    console.log(
      `    agreement: NO, ${agreement.problems.length} differences (kume ${agreement.kumeRows} rows, pandas ${agreement.rows}):`,
    );
    for (const problem of agreement.problems.slice(0, 10)) console.log(`      ${problem}`);
  }
  return agreement.problems.length === 0;
}

function scaleRun() {
  console.log(`\n(ii) scale: generated county table, 3,100 regions x 1,000 industries x 10 years`);
  const generated = generate({
    regions: 3100,
    industries: 1000,
    years: 10,
    dir: work,
    seed: 20240601,
  });
  console.log(
    `    ${generated.reused ? 'kept' : 'wrote'} ${generated.table} (${generated.rows.toLocaleString('en-US')} rows)`,
  );
  const out = join(work, 'county-clusters.csv');
  const run = measure(process.execPath, [
    kumeBin,
    'stats',
    'clusters',
    '--data',
    generated.table,
    '--definitions',
    generated.definitions,
    '--out',
    out,
  ]);
  const rows = readFileSync(out, 'utf8').split('\n').length - 2;
  console.log(
    `    kume: ${format(run.seconds)}, peak ${run.peakMb.toFixed(0)} MB, ${rows.toLocaleString('en-US')} output rows`,
  );
}

mkdirSync(work, { recursive: true });
const pandasVersion = checkTools();
console.log(
  `bench:stats on ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}${pandasVersion ? `, pandas ${pandasVersion}` : ''}`,
);
let agreed = true;
if (!scaleOnly) agreed = cbpRun();
if (!skipScale) scaleRun();
rmSync(join(work, 'time.txt'), { force: true });
process.exitCode = agreed ? 0 : 1;
