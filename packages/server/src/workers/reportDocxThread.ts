// Writes report documents as DOCX off the event loop: the contents' page numbers take the page
// layout of the whole document (1-3 s for the sample's roadmap and report), which in the server's
// own thread would hold up every other request and the live workshops meanwhile. One worker is
// started on first use and kept (loading docx costs about a second); documents queue in it.

import { Worker } from 'node:worker_threads';
import type { ReportDocument } from '@kume/core';
import { writeReportDocx } from '@kume/io';
import { tsxWorkerCode } from './tsxWorkerCode';
import type { ReportDocxJob, ReportDocxReply } from './reportDocxWorker';

interface Pending {
  resolve: (buffer: Buffer) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Fails every waiting document and forgets the worker, so the next document starts a new one. */
function dropWorker(error: Error) {
  worker = null;
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function startWorker(code: string): Worker {
  const started = new Worker(code, { eval: true });
  // A worker with nothing to do must not keep the process (a command, a test run) alive.
  started.unref();
  started.on('message', (reply: ReportDocxReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    // While documents are being written the worker keeps the process alive; idle, it does not.
    if (pending.size === 0) started.unref();
    if (reply.ok)
      waiting.resolve(
        Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength),
      );
    else waiting.reject(new Error(reply.message));
  });
  started.on('error', (error) => {
    if (worker === started) dropWorker(error);
  });
  started.on('exit', (code) => {
    if (worker === started) dropWorker(new Error(`the DOCX worker thread stopped (exit ${code})`));
  });
  return started;
}

/**
 * The DOCX of `document`, written in the worker thread (in-process when `inline`, or when tsx
 * cannot be found to start one): the same document as io's writeReportDocx writes.
 */
export function writeReportDocxOffThread(
  document: ReportDocument,
  options: { inline?: boolean } = {},
): Promise<Buffer> {
  const code = options.inline
    ? undefined
    : tsxWorkerCode(new URL('./reportDocxWorker.ts', import.meta.url));
  if (code === undefined) return writeReportDocx(document);
  worker ??= startWorker(code);
  const id = nextId++;
  const job: ReportDocxJob = { id, document };
  const running = worker;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.ref();
    running.postMessage(job);
  });
}
