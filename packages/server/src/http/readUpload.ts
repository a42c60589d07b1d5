// Reads a file upload: one multipart `file` part and an optional `options` JSON part checked
// against a schema. Multipart limits (size, parts) are the app's, set where the plugin is registered.

import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { badRequest, HttpError } from './httpError';

export interface Upload<T> {
  file: { name: string; bytes: Buffer };
  options: T;
}

/** The upload's file and its options; 400 naming the problem when either is missing or wrong. */
export async function readUpload<S extends z.ZodType>(
  request: FastifyRequest,
  optionsSchema: S,
): Promise<Upload<z.output<S>>> {
  if (!request.isMultipart())
    throw badRequest('send the file as multipart/form-data with a "file" part');
  let file: Upload<unknown>['file'] | undefined;
  let optionsText = '{}';
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file)
        throw badRequest('send exactly one file, in the "file" part');
      file = { name: part.filename || 'upload', bytes: await part.toBuffer() };
    } else if (part.fieldname === 'options') optionsText = String(part.value);
  }
  if (!file) throw badRequest('no file was sent (the "file" part is missing)');
  let json: unknown;
  try {
    json = JSON.parse(optionsText);
  } catch {
    throw badRequest('the "options" part is not JSON');
  }
  const options = optionsSchema.safeParse(json);
  if (!options.success)
    throw new HttpError(
      400,
      'validation',
      'invalid import options',
      options.error.issues.map((i) => ({
        path: ['options', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    );
  return { file, options: options.data };
}
