// The worker thread of `kume network metrics`: runs core's pathMetrics (betweenness and closeness)
// on the source ranges the main thread hands out, sums them, and sends the totals when told.

import { parentPort, workerData } from 'node:worker_threads';
import type { Graph } from '@kume/core/network/graph';
import { pathMetrics } from '@kume/core/network/pathMetrics';

/** From the main thread: a source range to run, or `done` to send the sums and stop. */
export type PathWorkerRequest = { range: [start: number, end: number] } | { done: true };

/** To the main thread: ready for a range, or the sums over every range run. */
export type PathWorkerReply =
  { ready: true } | { betweenness: Float64Array; closeness: Float64Array };

const port = parentPort!;
const graph = workerData as Graph;
const betweenness = new Float64Array(graph.nodeCount);
const closeness = new Float64Array(graph.nodeCount);

port.on('message', (request: PathWorkerRequest) => {
  if ('done' in request) {
    const reply: PathWorkerReply = { betweenness, closeness };
    port.postMessage(reply, [betweenness.buffer, closeness.buffer]);
    port.close();
    return;
  }
  const part = pathMetrics(graph, { sources: request.range });
  for (let i = 0; i < graph.nodeCount; i += 1) {
    betweenness[i]! += part.betweenness[i]!;
    closeness[i]! += part.closeness[i]!;
  }
  port.postMessage({ ready: true } satisfies PathWorkerReply);
});
port.postMessage({ ready: true } satisfies PathWorkerReply);
