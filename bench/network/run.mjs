// `npm run bench:network`: `kume network metrics` (the whole command: read, betweenness, closeness,
// eigenvector, clustering, Louvain, write) against igraph's betweenness alone and networkx's, on
// the same generated planted-partition edge lists in the same run (Debian's /usr/bin/python3).
// Prints times, ratios and whether betweenness and modularity agree.
//
// Options: --runs N (default 3; networkx runs once), --skip-large, --skip-networkx-large.
// Needs python3-igraph and python3-networkx (apt-get install -y python3-igraph python3-networkx).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateGraph } from './generate.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const work = '/tmp/kume-bench-network';
const kumeBin = join(root, 'packages/cli/bin/kume.mjs');
const peer = join(root, 'bench/network/peer_python.py');
const python = '/usr/bin/python3';
/** networkx is not run when the estimate from the small graph says it would take longer. */
const NETWORKX_LIMIT_SECONDS = 600;

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const skipLarge = args.includes('--skip-large');
const skipNetworkxLarge = args.includes('--skip-networkx-large');

function fail(message) {
  console.error(`bench:network: ${message}`);
  process.exit(1);
}

function versions() {
  const check = spawnSync(
    python,
    ['-c', 'import igraph, networkx; print(igraph.__version__, networkx.__version__)'],
    { encoding: 'utf8' },
  );
  if (check.status !== 0)
    fail(
      `${python} cannot import igraph and networkx: apt-get install -y python3-igraph python3-networkx`,
    );
  return check.stdout.trim().split(' ');
}

/** Runs a command; its wall seconds and output. */
function timed(command, commandArgs) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    fail(`${command} ${commandArgs.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
  return { seconds, stdout: run.stdout, stderr: run.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (value) => `${value.toFixed(3)} s`;

/** Betweenness by node id from a CSV with columns node, betweenness. */
function betweennessOf(file) {
  const rows = parse(readFileSync(file), { columns: true });
  return new Map(rows.map((row) => [row.node, Number(row.betweenness)]));
}

/** Largest |a - b| / max(|a|, |b|) over the nodes of `reference` (0 where both are 0). */
function maxRelativeDifference(values, reference) {
  let max = 0;
  for (const [node, expected] of reference) {
    const actual = values.get(node);
    if (actual === undefined) return Number.POSITIVE_INFINITY;
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    if (scale > 0) max = Math.max(max, Math.abs(actual - expected) / scale);
  }
  return values.size === reference.size ? max : Number.POSITIVE_INFINITY;
}

function benchGraph({ nodes, edges, communities }, networkxSmall) {
  const { file, reused } = generateGraph({ nodes, edges, communities, dir: work });
  const label = `${nodes.toLocaleString('en-US')} nodes / ${edges.toLocaleString('en-US')} edges`;
  console.log(`\n${label}, ${communities} planted communities (80% of edges inside)`);
  console.log(`    ${reused ? 'kept' : 'wrote'} ${file}`);
  const kumeOut = join(work, `kume-${nodes}.csv`);
  const igraphOut = join(work, `igraph-${nodes}.csv`);
  const networkxOut = join(work, `networkx-${nodes}.csv`);
  const kumeArgs = [kumeBin, 'network', 'metrics', '--edges', file, '--out', kumeOut];
  const kume = [];
  const igraph = [];
  for (let run = 0; run < runs; run += 1) {
    kume.push(timed(process.execPath, kumeArgs));
    igraph.push(JSON.parse(timed(python, [peer, 'igraph', file, igraphOut, kumeOut]).stdout));
  }
  const kumeTime = median(kume.map((r) => r.seconds));
  const igraphTime = median(igraph.map((r) => r.betweenness_seconds));
  const louvainTime = median(igraph.map((r) => r.louvain_seconds));
  const last = igraph.at(-1);
  const summary = kume.at(-1).stderr.trim().split('\n').at(-1);
  // As networkMetricsCommand decides: workers from n * (m + n) >= 5e7 on.
  const threads =
    nodes * (edges + nodes) >= 5e7
      ? `shortest paths on ${cpus().length} worker threads`
      : 'small graph: no worker threads';
  console.log(
    `    kume:     node packages/cli/bin/kume.mjs network metrics, what npx kume runs (the sources`,
  );
  console.log(`              bundled by esbuild, cached; ${threads}), whole command, wall time`);
  console.log(
    `              runs ${kume.map((r) => seconds(r.seconds)).join(', ')}; median ${seconds(kumeTime)}`,
  );
  console.log(`              ${summary}`);
  console.log(
    `    igraph:   betweenness alone (in-script, reading excluded): median ${seconds(igraphTime)}`,
  );
  console.log(`              community_multilevel + modularity: median ${seconds(louvainTime)}`);

  let networkx;
  const scale = networkxSmall ? (nodes * edges) / (networkxSmall.nodes * networkxSmall.edges) : 1;
  const estimate = networkxSmall ? networkxSmall.seconds * scale : 0;
  if (networkxSmall && (skipNetworkxLarge || estimate > NETWORKX_LIMIT_SECONDS)) {
    console.log(
      `    networkx: not run (${skipNetworkxLarge ? '--skip-networkx-large' : `estimate over ${NETWORKX_LIMIT_SECONDS / 60} minutes`}): estimated ${seconds(estimate)} = ${seconds(networkxSmall.seconds)} on the small graph x ${scale.toFixed(0)} (n*m ratio)`,
    );
  } else {
    networkx = JSON.parse(timed(python, [peer, 'networkx', file, networkxOut]).stdout);
    console.log(
      `    networkx: betweenness_centrality(normalized=False) alone: ${seconds(networkx.betweenness_seconds)} (one run)`,
    );
  }

  const kumeBetweenness = betweennessOf(kumeOut);
  const vsIgraph = maxRelativeDifference(kumeBetweenness, betweennessOf(igraphOut));
  const vsNetworkx = networkx
    ? maxRelativeDifference(kumeBetweenness, betweennessOf(networkxOut))
    : undefined;
  const ratio = kumeTime / igraphTime;
  const networkxTime = networkx?.betweenness_seconds ?? estimate;
  const speedup = networkxTime / kumeTime;
  const modularityGap = (last.modularity - last.kume_modularity) / last.modularity;
  console.log(
    `    ratio kume whole command / igraph betweenness alone: ${ratio.toFixed(2)} (target <= 1.0: ${ratio <= 1 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `    ratio networkx betweenness / kume whole command: ${speedup.toFixed(1)}${networkx ? '' : ' (from the estimate)'} (target >= 10: ${speedup >= 10 ? 'met' : 'NOT met'})`,
  );
  const agree = vsIgraph <= 1e-9;
  console.log(
    `    betweenness max relative difference: vs igraph ${vsIgraph.toExponential(1)}${vsNetworkx === undefined ? '' : `, vs networkx ${vsNetworkx.toExponential(1)}`} (agree within 1e-9: ${agree && (vsNetworkx ?? 0) <= 1e-9 ? 'yes' : 'NO'})`,
  );
  console.log(
    `    modularity: kume ${last.kume_modularity.toFixed(4)} (${kumeCommunities(kumeOut)} communities, computed by igraph on kume's partition), igraph ${last.modularity.toFixed(4)} (${last.communities} communities); kume ${modularityGap > 0 ? `${(modularityGap * 100).toFixed(2)}% lower` : `${(-modularityGap * 100).toFixed(2)}% higher`} (within 3%: ${modularityGap <= 0.03 ? 'yes' : 'NO'})`,
  );
  const ok = agree && (vsNetworkx ?? 0) <= 1e-9 && modularityGap <= 0.03;
  return {
    ok,
    networkx: networkx ? { nodes, edges, seconds: networkx.betweenness_seconds } : undefined,
  };
}

/** Number of distinct communities in a kume output file. */
function kumeCommunities(file) {
  return new Set(parse(readFileSync(file), { columns: true }).map((row) => row.community)).size;
}

mkdirSync(work, { recursive: true });
const [igraphVersion, networkxVersion] = versions();
console.log(
  `bench:network on ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, igraph ${igraphVersion}, networkx ${networkxVersion}; median of ${runs} runs`,
);
// One untimed run first: tsx's transform cache and the page cache, as for any user's second run.
const warm = generateGraph({ nodes: 1000, edges: 5000, communities: 20, dir: work });
timed(process.execPath, [
  kumeBin,
  'network',
  'metrics',
  '--edges',
  warm.file,
  '--out',
  join(work, 'warm.csv'),
]);
const small = benchGraph({ nodes: 1000, edges: 5000, communities: 20 });
let ok = small.ok;
if (!skipLarge)
  ok = benchGraph({ nodes: 10_000, edges: 50_000, communities: 100 }, small.networkx).ok && ok;
process.exitCode = ok ? 0 : 1;
