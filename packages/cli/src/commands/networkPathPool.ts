// Runs core's pathMetrics (betweenness and closeness, one shortest-path search per source) on
// worker threads: the graph's typed arrays are copied once into SharedArrayBuffers that every
// worker reads, the sources are dealt out in ranges (range k to worker k mod the worker count, so
// a dense region is shared out and the sums are the same whatever the timing), and the per-worker
// sums are added up here in worker order. Partial results are summable by core's contract.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Graph } from '@kume/core/network/graph';
import type { PathMetrics } from '@kume/core/network/pathMetrics';
import type { PathWorkerReply, PathWorkerRequest } from './networkPathWorker';

/** Ranges per worker: enough that slow sources (a dense region of the ids) are spread out. */
const RANGES_PER_WORKER = 16;

/** networkPathWorker.ts: beside this module, or (run from bin/kume.mjs's bundle) in @kume/cli. */
function workerSource(): string | undefined {
  const beside = fileURLToPath(new URL('./networkPathWorker.ts', import.meta.url));
  if (existsSync(beside)) return beside;
  try {
    const cliIndex = createRequire(import.meta.url).resolve('@kume/cli');
    const inPackage = join(dirname(cliIndex), 'commands/networkPathWorker.ts');
    return existsSync(inPackage) ? inPackage : undefined;
  } catch {
    return undefined;
  }
}

/** What a worker thread runs: a module file (from bin/kume.mjs's bundle) or CommonJS code. */
export type WorkerScript = { file: URL } | { code: string };

/** The bundled networkPathWorker.mjs beside this module (run from bin/kume.mjs's bundle), or undefined. */
export function bundledWorkerScript(): WorkerScript | undefined {
  const file = new URL('./networkPathWorker.mjs', import.meta.url);
  return file.protocol === 'file:' && existsSync(file) ? { file } : undefined;
}

/**
 * The worker's code. Run from bin/kume.mjs's bundle, the bundled networkPathWorker.mjs beside this
 * module (no compiler started); from the sources, one CommonJS script bundled by esbuild (tsx's
 * own compiler) from networkPathWorker.ts and core, so the worker starts without TypeScript hooks.
 * Undefined when neither can be found: callers then compute in-process.
 */
export async function workerScript(): Promise<WorkerScript | undefined> {
  const bundled = bundledWorkerScript();
  if (bundled !== undefined) return bundled;
  const source = workerSource();
  if (source === undefined) return undefined;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [source],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  return code === undefined ? undefined : { code };
}

type TypedArray = Int32Array | Float64Array | Uint8Array;

/** A copy of a typed array in shared memory: workers read it without copies of their own. */
function shared<T extends TypedArray>(array: T): T {
  const Type = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  copy.set(array as ArrayLike<number>);
  return copy;
}

/** The graph with its arrays in shared memory (arrays the same object stay the same object). */
function sharedGraph(graph: Graph): Graph {
  const copies = new Map<TypedArray, TypedArray>();
  const share = <T extends TypedArray>(array: T): T => {
    let copy = copies.get(array);
    if (copy === undefined) copies.set(array, (copy = shared(array)));
    return copy as T;
  };
  return {
    ...graph,
    ids: [], // workers need indices only; not copying 10,000s of strings per worker
    offsets: share(graph.offsets),
    targets: share(graph.targets),
    weights: share(graph.weights),
    inOffsets: share(graph.inOffsets),
    inSources: share(graph.inSources),
    inWeights: share(graph.inWeights),
    selfLoopWeight: share(graph.selfLoopWeight),
    hasSelfLoop: share(graph.hasSelfLoop),
  };
}

/** Splits [0, n) into about `count` consecutive ranges of equal size. */
export function sourceRanges(n: number, count: number): [number, number][] {
  const parts = Math.max(1, Math.min(n, count));
  return Array.from({ length: parts }, (_, k) => [
    Math.floor((k * n) / parts),
    Math.floor(((k + 1) * n) / parts),
  ]);
}

/**
 * Betweenness and closeness from the sources in `sources` (default all: every node's full
 * values), computed by `threads` workers running `script` in about `rangesPerWorker` ranges
 * each (1: the same sums as one pathMetrics over `sources`); summable with pathMetrics over the
 * other sources. Each worker is sent all its ranges at once, so it never waits for this thread,
 * which can compute meanwhile.
 */
export function pathMetricsInWorkers(
  graph: Graph,
  threads: number,
  script: WorkerScript,
  sources: readonly [start: number, end: number] = [0, graph.nodeCount],
  rangesPerWorker = RANGES_PER_WORKER,
): Promise<PathMetrics> {
  const n = graph.nodeCount;
  const [first, last] = sources;
  const ranges = sourceRanges(last - first, threads * rangesPerWorker).map(
    ([start, end]): [number, number] => [first + start, first + end],
  );
  const workerCount = Math.max(1, Math.min(threads, ranges.length));
  const data = sharedGraph(graph);
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const workers: Worker[] = [];
  const sums: (PathMetrics | undefined)[] = Array.from({ length: workerCount }, () => undefined);
  return new Promise<PathMetrics>((resolve, reject) => {
    let running = workerCount;
    let failed = false;
    const stop = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    for (let w = 0; w < workerCount; w += 1) {
      const worker =
        'file' in script
          ? new Worker(script.file, { workerData: data })
          : new Worker(script.code, { eval: true, workerData: data });
      workers.push(worker);
      for (const [k, range] of ranges.entries())
        if (k % workerCount === w) worker.postMessage({ range } satisfies PathWorkerRequest);
      worker.postMessage({ done: true } satisfies PathWorkerRequest);
      worker.on('error', stop);
      worker.on('exit', (code) => {
        if (code !== 0 && running > 0)
          stop(new Error(`a network worker thread stopped (exit ${code})`));
      });
      worker.on('message', (reply: PathWorkerReply) => {
        if ('ready' in reply) return; // every range was sent at the start
        sums[w] = reply;
        running -= 1;
        if (running > 0 || failed) return;
        for (const sum of sums) {
          for (let i = 0; i < n; i += 1) {
            betweenness[i]! += sum!.betweenness[i]!;
            closeness[i]! += sum!.closeness[i]!;
          }
        }
        resolve({ betweenness, closeness });
      });
    }
  });
}
