// Receives a statistics upload (multipart `file` + optional `options` JSON): the file is streamed
// to a temporary file, never held whole in memory, and removed when the handler is done.

import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { badRequest, HttpError } from '../http/httpError';

/** The largest statistics file accepted (the app-wide upload limit of 10 MB stays for others). */
export const MAX_STATISTICS_UPLOAD_BYTES = 200 * 1024 * 1024;

export interface ReceivedUpload<Options> {
  /** The temporary file; it exists only while the handler runs. */
  path: string;
  /** The name the client gave the file (for messages and the stored record). */
  fileName: string;
  options: Options;
  /** The further files asked for by their part names (see withUploadedFile), where sent. */
  extraFiles: Record<string, { path: string; fileName: string }>;
}

const tooLarge = (maxBytes: number) => {
  const size =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} MB`
      : `${Math.round(maxBytes / 1024)} KB`;
  return new HttpError(413, 'payload_too_large', `the file is too large (at most ${size})`);
};

function parseOptions<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest('the "options" part is not JSON', [{ path: 'options', message: 'not JSON' }]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new HttpError(
      400,
      'validation',
      'invalid upload options',
      parsed.error.issues.map((issue) => ({
        path: ['options', ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

/**
 * Streams the request's `file` part to a file in a fresh folder under the system's temporary
 * folder, reads the `options` part with `schema`, runs `handle`, and deletes the folder in any
 * case. A file over `maxBytes` answers 413; a request without a file, 400. `extraFileParts` names
 * optional further file parts (a names file beside a table), each at most `maxBytes`.
 */
export async function withUploadedFile<S extends z.ZodType, R>(
  request: FastifyRequest,
  schema: S,
  handle: (upload: ReceivedUpload<z.output<S>>) => Promise<R>,
  maxBytes = MAX_STATISTICS_UPLOAD_BYTES,
  extraFileParts: readonly string[] = [],
): Promise<R> {
  if (!request.isMultipart())
    throw badRequest('send the file as multipart/form-data with a "file" part');
  const folder = await mkdtemp(join(tmpdir(), 'kume-upload-'));
  try {
    const path = join(folder, 'upload');
    let fileName: string | undefined;
    let optionsText = '{}';
    const extraFiles: ReceivedUpload<unknown>['extraFiles'] = {};
    const limits = { fileSize: maxBytes, files: 1 + extraFileParts.length };
    try {
      for await (const part of request.parts({ limits })) {
        if (part.type === 'file' && extraFileParts.includes(part.fieldname)) {
          if (extraFiles[part.fieldname]) {
            part.file.resume();
            throw badRequest(`send one file in the "${part.fieldname}" part`);
          }
          const extraPath = join(folder, `extra-${extraFileParts.indexOf(part.fieldname)}`);
          await pipeline(part.file, createWriteStream(extraPath));
          if (part.file.truncated) throw tooLarge(maxBytes);
          extraFiles[part.fieldname] = { path: extraPath, fileName: part.filename || 'upload' };
        } else if (part.type === 'file') {
          if (part.fieldname !== 'file' || fileName !== undefined) {
            part.file.resume();
            throw badRequest('send exactly one file, in the "file" part');
          }
          fileName = part.filename || 'upload';
          await pipeline(part.file, createWriteStream(path));
          // busboy ends a file at the limit and marks it truncated: never read a cut file.
          if (part.file.truncated) throw tooLarge(maxBytes);
        } else if (part.fieldname === 'options') {
          optionsText = String(part.value);
        }
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
      throw error;
    }
    if (fileName === undefined) throw badRequest('no file was sent (the "file" part is missing)');
    return await handle({
      path,
      fileName,
      options: parseOptions(optionsText, schema),
      extraFiles,
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
