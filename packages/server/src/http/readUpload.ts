// Reads a file upload: one multipart `file` part and an optional `options` JSON part checked
// against a schema; for the spreadsheet imports also the file as a table and its preview.
// Multipart limits (size, parts) are the app's, set where the plugin is registered.

import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { readTable, type Table } from '@kume/io';
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

/**
 * readUpload, then the file read as a table: the sheet the options name, else the first.
 * A file that is not a table fails as readTable does (`unsupported_file`).
 */
export async function readTableUpload<S extends z.ZodType<{ sheet?: string | undefined }>>(
  request: FastifyRequest,
  optionsSchema: S,
): Promise<Upload<z.output<S>> & { table: Table }> {
  const upload = await readUpload(request, optionsSchema);
  return {
    ...upload,
    table: await readTable(upload.file.bytes, upload.file.name, upload.options.sheet),
  };
}

/** What an import's first step shows of an uploaded file, before any column is mapped. */
export interface TablePreview {
  fileName: string;
  format: Table['format'];
  sheets: string[];
  sheet: string | null;
  headings: string[];
  rowCount: number;
  /** The first five rows. */
  sampleRows: string[][];
}

export function tablePreview(fileName: string, table: Table): TablePreview {
  return {
    fileName,
    format: table.format,
    sheets: table.sheets,
    sheet: table.sheet,
    headings: table.headings,
    rowCount: table.rows.length,
    sampleRows: table.rows.slice(0, 5),
  };
}
