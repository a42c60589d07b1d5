// The worker thread that writes report documents as DOCX (io writeReportDocx) for
// reportDocxThread, so that laying out a long document's pages does not stall the server.

import { parentPort } from 'node:worker_threads';
import type { ReportDocument } from '@kume/core';
import { writeReportDocx } from '@kume/io';

export interface ReportDocxJob {
  id: number;
  document: ReportDocument;
}

/** The DOCX's bytes, or the error's message. */
export type ReportDocxReply =
  { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

parentPort?.on('message', (job: ReportDocxJob) => {
  writeReportDocx(job.document).then(
    (buffer) => {
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      const reply: ReportDocxReply = { id: job.id, ok: true, bytes };
      parentPort?.postMessage(reply);
    },
    (error: unknown) => {
      const reply: ReportDocxReply = {
        id: job.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      parentPort?.postMessage(reply);
    },
  );
});
