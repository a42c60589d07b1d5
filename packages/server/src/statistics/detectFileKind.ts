// Tells what an uploaded statistics file is before a reader sees it: an XLSX workbook, text
// (CSV, TSV, plain or gzip), or something else (empty, binary), which is refused with a message.

import { fileStart, isGzip, readHead } from '@kume/io/statistics';
import { HttpError } from '../http/httpError';

export type FileKind = 'xlsx' | 'text';

const unsupported = (fileName: string, message: string) =>
  new HttpError(400, 'unsupported_file', `${fileName} ${message}`, [
    { path: 'file', message: `${fileName} ${message}` },
  ]);

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04;

/**
 * 'xlsx' for a zip file (the readers check it is a workbook), 'text' for a file whose first 64 KB
 * (uncompressed, for gzip) hold text. Throws a 400 `unsupported_file` for an empty file, a broken
 * gzip file, or binary content: more than 1 in 1,000 bytes a control character, as no CSV has.
 */
export async function detectFileKind(path: string, fileName: string): Promise<FileKind> {
  const start = fileStart(path, 4);
  if (start.length === 0) throw unsupported(fileName, 'is empty');
  if (isZip(start)) return 'xlsx';
  let head: Buffer;
  try {
    head = await readHead(path, 64 * 1024);
  } catch {
    throw unsupported(fileName, 'is not a valid gzip file');
  }
  if (head.length === 0) throw unsupported(fileName, 'is empty');
  let control = 0;
  for (const byte of head) if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  if (control / head.length > 0.001) {
    const what = isGzip(start) ? 'holds binary data once unpacked' : 'holds binary data';
    throw unsupported(fileName, `is not a CSV or TSV text file or an XLSX workbook (it ${what})`);
  }
  return 'text';
}
