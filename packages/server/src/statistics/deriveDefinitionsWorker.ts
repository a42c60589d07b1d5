// The worker thread of a derivation: computes the job it is given (deriveDefinitionsCompute) and
// posts the answer, or the engine's bad-input message, back to deriveDefinitionsThread.

import { parentPort, workerData } from 'node:worker_threads';
import { StatsInputError } from '@kume/core/stats/statsInputError';
import { computeDerivation, type DeriveJob } from './deriveDefinitionsCompute';
import type { DeriveAnswer } from './deriveDefinitionsSchemas';

/** What the worker posts: the answer, or an error (`input`: the engine's StatsInputError). */
export type DeriveWorkerReply =
  { ok: true; answer: DeriveAnswer } | { ok: false; input: boolean; message: string };

function reply(): DeriveWorkerReply {
  try {
    return { ok: true, answer: computeDerivation(workerData as DeriveJob) };
  } catch (error) {
    return {
      ok: false,
      input: error instanceof StatsInputError,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

parentPort?.postMessage(reply());
