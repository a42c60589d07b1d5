// `npm run bench:derive`: derived cluster definitions on the CBP 2011 state file (51 states x
// every 6-digit NAICS industry of the file) with the BEA 1997 direct requirements: the whole
// `kume stats derive-definitions` command (read, matrices, correlations, IO links, a grid of
// clusterings, scores) with its time and peak memory, then the steps one by one next to the same
// correlation and clustering steps in Python (numpy, scipy, networkx: Debian's /usr/bin/python3)
// in the same run, with the ratios and whether the results agree.
//
// Options: --runs N (default 3: the median of N runs of each step). Needs python3-numpy,
// python3-scipy and python3-networkx (apt-get install -y python3-scipy python3-networkx).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const data = resolve(root, '../shared/data');
const cbp = join(data, 'cbp-state-naics/cbp_state_naics_2000_2011.csv');
const bea = join(data, 'bea-io-1997/IODirectRequirements.txt');
const work = '/tmp/kume-bench-derive';
const kumeBin = join(root, 'packages/cli/bin/kume.mjs');
const python = '/usr/bin/python3';
const gnuTime = '/usr/bin/time';
/** Clusters for the single clustering steps: the US benchmark's 51 traded clusters. */
const K = 51;

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;

function fail(message) {
  console.error(`bench:derive: ${message}`);
  process.exit(1);
}

/** Runs a command; its wall seconds and output. */
function run(command, commandArgs) {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0)
    fail(`${command} ${commandArgs.join(' ')} failed (exit ${child.status}):\n${child.stderr}`);
  return { seconds, stdout: child.stdout, stderr: child.stderr };
}

/** The whole command, with peak memory from GNU time when it is installed. */
function wholeCommand() {
  const command = [
    kumeBin,
    'stats',
    'derive-definitions',
    '--data',
    cbp,
    '--io',
    bea,
    '--year',
    '2011',
    '--level',
    '6',
    '--out',
    join(work, 'derived.csv'),
  ];
  if (!existsSync(gnuTime)) return { ...run(process.execPath, command), peakMb: undefined };
  const result = run(gnuTime, ['-f', 'peak-kb %M', process.execPath, ...command]);
  const peak = /peak-kb (\d+)/.exec(result.stderr);
  return { ...result, peakMb: peak ? Number(peak[1]) / 1024 : undefined };
}

const s = (value) => `${value.toFixed(3)} s`;

if (!existsSync(cbp) || !existsSync(bea))
  fail(`the data is not in ${data} (see shared/data/README.md)`);
const check = spawnSync(python, ['-c', 'import numpy, scipy, networkx'], { encoding: 'utf8' });
if (check.status !== 0)
  fail(
    `${python} cannot import numpy, scipy and networkx: apt-get install -y python3-scipy python3-networkx`,
  );
mkdirSync(work, { recursive: true });

// One untimed run first: the command's cached bundle and the page cache, as for a user's second run.
wholeCommand();
const whole = wholeCommand();
const summary = whole.stderr
  .trim()
  .split('\n')
  .filter((line) => line.startsWith('kume: '))
  .at(-1);
const grid = /of (\d+) clusterings/.exec(whole.stdout)?.[1];

const steps = JSON.parse(
  run(process.execPath, [
    '--import',
    'tsx',
    'bench/derive/steps.ts',
    work,
    cbp,
    bea,
    String(K),
    String(runs),
  ]).stdout,
);
const peer = JSON.parse(
  run(python, [
    'bench/derive/peer_python.py',
    work,
    String(steps.regions),
    String(steps.industries),
    String(K),
    String(runs),
  ]).stdout,
);

const { numpy, scipy, networkx } = peer.versions;
console.log(
  `bench:derive on ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; numpy ${numpy}, scipy ${scipy}, networkx ${networkx}`,
);
console.log(
  `CBP 2011: ${steps.regions} regions x ${steps.industries} six-digit industries (the file keeps industries with at least 500 jobs and 50 establishments nationally); BEA 1997 summary direct requirements`,
);
console.log(
  `\nWhole command: node packages/cli/bin/kume.mjs stats derive-definitions --data CBP --io BEA --year 2011 --level 6 (grid of ${grid ?? '?'} clusterings: 3 methods x 8 cluster counts, Louvain at 3 thresholds)`,
);
console.log(
  `    wall ${s(whole.seconds)}, peak memory ${whole.peakMb === undefined ? `not measured (${gnuTime} missing)` : `${whole.peakMb.toFixed(0)} MB`}`,
);
if (summary) console.log(`    ${summary}`);

console.log(
  `\nSteps in one process, median of ${runs} runs (Kume: tsx; Python: in-script, reading excluded)`,
);
const rows = [
  ['correlation', 'Pearson of employment and establishment shares (numpy.corrcoef x 2)'],
  ['hierarchical', `average linkage, cut at ${K} (scipy linkage + fcluster)`],
  ['kmeans', `k-means++ x 4 starts, k = ${K} (scipy kmeans2)`],
  ['louvain', 'graph of pairs >= 90th percentile (networkx louvain_communities)'],
];
let kumeTotal = 0;
let pythonTotal = 0;
for (const [step, what] of rows) {
  const kume = steps.seconds[step];
  const other = peer.seconds[step];
  kumeTotal += kume;
  pythonTotal += other;
  console.log(
    `    ${step.padEnd(13)} kume ${s(kume).padStart(9)}  python ${s(other).padStart(9)}  ratio ${(kume / other).toFixed(2).padStart(6)}   ${what}`,
  );
}
console.log(
  `    ${'together'.padEnd(13)} kume ${s(kumeTotal).padStart(9)}  python ${s(pythonTotal).padStart(9)}  ratio ${(kumeTotal / pythonTotal).toFixed(2).padStart(6)}`,
);
const other = Object.entries(steps.seconds)
  .filter(([step]) => !rows.some(([name]) => name === step))
  .map(([step, value]) => `${step} ${s(value)}`)
  .join(', ');
console.log(`    kume's other steps: ${other}`);
console.log(
  `    peak memory: kume steps ${steps.maxRssMb.toFixed(0)} MB (with tsx), python ${peer.max_rss_mb.toFixed(0)} MB`,
);

const agree =
  peer.correlation_max_difference <= 1e-12 &&
  peer.hierarchical_ari_with_kume === 1 &&
  peer.louvain_communities - peer.louvain_unlinked === steps.louvainClusters;
console.log(
  `    agreement: correlations max |difference| ${peer.correlation_max_difference.toExponential(1)}; hierarchical partition adjusted Rand index with scipy's ${peer.hierarchical_ari_with_kume.toFixed(3)}; Louvain ${steps.louvainClusters} communities, networkx ${peer.louvain_communities - peer.louvain_unlinked} (+ ${peer.louvain_unlinked} unlinked industries as singletons, which Kume attaches to their nearest community) (${agree ? 'agree' : 'DO NOT agree'})`,
);
process.exitCode = agree ? 0 : 1;
