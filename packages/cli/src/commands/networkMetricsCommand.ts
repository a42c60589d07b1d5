// `kume network metrics`: reads the edge list (and nodes file), builds core's graph, runs the
// shortest-path metrics on worker threads, the rest in this thread, and writes one row per node.
// Bad input ends with exit code 2 and `file:line:column: message`, before anything is written.

import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { buildGraph } from '@kume/core/network/buildGraph';
import type { Graph } from '@kume/core/network/graph';
import { NetworkInputError } from '@kume/core/network/networkInputError';
import { metricsWithoutPaths, type NetworkMetricsResult } from '@kume/core/network/networkMetrics';
import { pathMetrics, type PathMetrics } from '@kume/core/network/pathMetrics';
import { readEdgeList, type EdgeList, type RowCount } from '@kume/io/network';
import { formatRowError } from '@kume/io/statistics';
import { UsageError } from '../usageError';
import type { NetworkMetricsFlags } from './networkCommand';
import { networkColumns, networkSummary } from './networkOutput';
import {
  bundledWorkerScript,
  pathMetricsInWorkers,
  workerScript,
  type WorkerScript,
} from './networkPathPool';
import { writeOutput } from './statsOutput';

/**
 * Below this many node x (edge + node) steps the shortest paths run in this thread: starting
 * workers (about 50 ms) would cost more than they save.
 */
const WORKER_MIN_WORK = 5e7;

/**
 * From this many steps up to WORKER_MIN_WORK the sources run in two halves; when a core is idle
 * and the bundled worker needs no compiling, one worker thread runs the first half while this
 * thread computes the other metrics and the second half (a worker starts in about 30 ms).
 */
const SPLIT_MIN_WORK = 3e6;

/** Edge lists from this size on (about 10,000 edges) start looking for the worker code at once. */
const EARLY_WORKER_BYTES = 128 * 1024;

function checkReadable(option: string, file: string) {
  if (!existsSync(file)) throw new UsageError(`${option}: ${file} does not exist`);
  if (!statSync(file).isFile()) throw new UsageError(`${option}: ${file} is not a file`);
}

/** A whole-number option within bounds. */
function integerOption(option: string, value: string, min: number): number {
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number < min)
    throw new UsageError(`${option}: "${value}" is not a whole number >= ${min}`);
  return number;
}

/** Reads the files, or throws a UsageError listing every error. */
async function loadEdgeList(flags: NetworkMetricsFlags): Promise<EdgeList> {
  checkReadable('--edges', flags.edges);
  if (flags.nodes !== undefined) checkReadable('--nodes', flags.nodes);
  const read = await readEdgeList(flags.edges, {
    directed: flags.directed === true,
    ...(flags.nodes === undefined ? {} : { nodesPath: flags.nodes }),
  });
  if (read.edgeList) return read.edgeList;
  const lines = read.errors.map((error) => formatRowError(error.file, error));
  if (read.moreErrors > 0) lines.push(`... and ${read.moreErrors} more errors`);
  const file = read.errors[0]?.file ?? flags.edges;
  throw new UsageError(`${file} was not read (nothing written):\n${lines.join('\n')}`);
}

/** The warning for dropped or merged rows (`what` is [singular, plural]), or none when none. */
function warnRows(counter: RowCount, file: string, what: [string, string]) {
  if (counter.count === 0) return;
  const rows = `${counter.count} ${counter.count === 1 ? what[0] : what[1]}`;
  console.error(`kume: warning: ${rows} (first at ${file}:${counter.firstLine})`);
}

function graphOf(edges: EdgeList, directed: boolean): Graph {
  try {
    return buildGraph({
      nodes: edges.nodeIds,
      edges: { sources: edges.sources, targets: edges.targets, weights: edges.weights },
      directed,
    });
  } catch (error) {
    // The reader checks what buildGraph checks, so this is a safety net, not the usual path.
    if (error instanceof NetworkInputError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * networkMetrics, with the shortest paths on worker threads where they pay: all sources on
 * `threads` workers for a large graph, half on one worker for a middling one; this thread computes
 * the other metrics meanwhile. The sums of the parts are added in a fixed order.
 */
async function allMetrics(
  graph: Graph,
  seed: number,
  threads: number,
  early: Promise<WorkerScript | undefined> | undefined,
): Promise<NetworkMetricsResult> {
  const n = graph.nodeCount;
  const work = n * (graph.edgeCount + n);
  let pending: Promise<PathMetrics> | undefined;
  let mine: [number, number] = [0, n];
  if (threads > 1 && work >= WORKER_MIN_WORK) {
    const script = await (early ?? workerScript()).catch(() => undefined);
    if (script !== undefined) {
      pending = pathMetricsInWorkers(graph, threads, script);
      mine = [n, n];
    }
  } else if (work >= SPLIT_MIN_WORK) {
    // Two halves, summed the same way whether or not a worker runs the first, so the output does
    // not depend on the machine's load. The worker only pays when a core is idle.
    const cut = Math.floor(n / 2);
    const script =
      threads > 1 && loadavg()[0]! < availableParallelism() - 0.5
        ? bundledWorkerScript()
        : undefined;
    pending =
      script === undefined
        ? Promise.resolve(pathMetrics(graph, { sources: [0, cut] }))
        : // A worker that fails costs time, not the run: the same half in this thread.
          pathMetricsInWorkers(graph, 1, script, [0, cut], 1).catch(() =>
            pathMetrics(graph, { sources: [0, cut] }),
          );
    mine = [cut, n];
  }
  pending?.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
  const rest = metricsWithoutPaths(graph, { seed });
  const paths = pathMetrics(graph, { sources: mine }); // all zeros when `mine` is empty
  if (pending === undefined) return { ...rest, ...paths };
  const theirs = await pending;
  for (let i = 0; i < n; i += 1) {
    theirs.betweenness[i]! += paths.betweenness[i]!;
    theirs.closeness[i]! += paths.closeness[i]!;
  }
  return { ...rest, betweenness: theirs.betweenness, closeness: theirs.closeness };
}

export async function networkMetricsCommand(flags: NetworkMetricsFlags): Promise<void> {
  const seed = integerOption('--seed', flags.seed, 0);
  const threads =
    flags.threads === undefined
      ? availableParallelism()
      : integerOption('--threads', flags.threads, 1);
  // On a large edge list, finding (or bundling) the worker's code overlaps with reading the files;
  // on a small one it is not started at all: esbuild's process would cost a small run 60 ms of CPU.
  const likelyLarge =
    threads > 1 && existsSync(flags.edges) && statSync(flags.edges).size >= EARLY_WORKER_BYTES;
  const script = likelyLarge ? workerScript() : undefined;
  script?.catch(() => undefined); // awaited below; an early failure must not go unhandled
  const edges = await loadEdgeList(flags);
  warnRows(edges.selfLoops, flags.edges, [
    'self-loop (source = target) left out',
    'self-loops (source = target) left out',
  ]);
  const merged = `into an earlier edge between the same nodes${flags.directed ? '' : ' (either direction)'}, weights summed`;
  warnRows(edges.duplicates, flags.edges, [
    `duplicate edge merged ${merged}`,
    `duplicate edges merged ${merged}`,
  ]);
  const graph = graphOf(edges, flags.directed === true);
  const metrics = await allMetrics(graph, seed, threads, script);
  const columns = networkColumns(graph, metrics, edges.nodes);
  await writeOutput(flags.format, columns, graph.nodeCount, flags.out);
  console.error(`kume: ${networkSummary(graph, metrics)}`);
  if (!metrics.eigenvectorConverged)
    console.error(
      'kume: warning: eigenvector centrality did not converge in 1000 iterations (as networkx would fail); the column holds the last iterate',
    );
}
