// Runs a derivation off the event loop: in a worker thread (a grid on 1,000 industries takes about
// a minute; the server keeps answering meanwhile), one derivation at a time, stopped after a time
// limit. Kume runs from its TypeScript sources, so the worker loads tsx's hooks before its module.

import { Worker } from 'node:worker_threads';
import { StatsInputError } from '@kume/core/stats/statsInputError';
import { HttpError } from '../http/httpError';
import { tsxWorkerCode } from '../workers/tsxWorkerCode';
import { computeDerivation, type DeriveJob } from './deriveDefinitionsCompute';
import type { DeriveAnswer } from './deriveDefinitionsSchemas';
import type { DeriveWorkerReply } from './deriveDefinitionsWorker';

/** A derivation still running after this long is stopped (the grid on 2,500 industries is slower). */
export const DERIVE_TIME_LIMIT_MS = 5 * 60 * 1000;

/** The worker's start-up code; undefined when tsx cannot be found (callers compute in-process). */
const bootstrapCode = () => tsxWorkerCode(new URL('./deriveDefinitionsWorker.ts', import.meta.url));

/** "5 minutes", or "90 s" when not whole minutes. */
function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} s`;
}

function inWorker(job: DeriveJob, code: string, timeLimitMs: number): Promise<DeriveAnswer> {
  return new Promise<DeriveAnswer>((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: job });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new HttpError(
              400,
              'bad_request',
              `the derivation took longer than ${duration(timeLimitMs)} and was stopped: choose one method and a number of clusters, a coarser level or fewer industries`,
            ),
          ),
        ),
      timeLimitMs,
    );
    worker.on('message', (reply: DeriveWorkerReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.answer);
        else reject(reply.input ? new StatsInputError(reply.message) : new Error(reply.message));
      }),
    );
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the derivation's worker thread stopped (exit ${code})`))),
    );
  });
}

/** The derivation running now: the next waits for it (two would share the machine's cores). */
let running: Promise<unknown> = Promise.resolve();

/**
 * Computes the job in a worker thread (in-process when `inline`, or when tsx cannot be found),
 * after the derivation before it has finished. The engine's StatsInputError passes through; a
 * derivation over the time limit is a 400 HttpError.
 */
export function runDerivation(
  job: DeriveJob,
  options: { inline?: boolean; timeLimitMs?: number } = {},
): Promise<DeriveAnswer> {
  const code = options.inline ? undefined : bootstrapCode();
  const start = async () =>
    code === undefined
      ? computeDerivation(job)
      : inWorker(job, code, options.timeLimitMs ?? DERIVE_TIME_LIMIT_MS);
  const result = running.then(start, start);
  running = result.catch(() => undefined);
  return result;
}
