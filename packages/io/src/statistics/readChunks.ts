// Reads a file as a sequence of byte chunks with progress, gunzipping gzip files on the fly, so
// statistics files of any size (Eurostat ships .tsv.gz) are read without holding them whole.

import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** Called after each chunk: bytes of the file read so far and its size (compressed bytes for gzip). */
export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

const CHUNK_BYTES = 1 << 20;

/** The first bytes of a file (fewer when it is shorter). */
export function fileStart(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    const read = readSync(fd, bytes, 0, length, 0);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** True when the bytes start like a ZIP archive (an XLSX workbook is one). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

/** Yields the file's content in chunks of about 1 MB (uncompressed when it is gzip). */
export async function* readChunks(path: string, onProgress?: ReadProgress): AsyncGenerator<Buffer> {
  const totalBytes = statSync(path).size;
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const source = isGzip(fileStart(path, 2)) ? file.pipe(createGunzip()) : file;
  if (source !== file) file.on('error', (error) => source.destroy(error));
  for await (const chunk of source as AsyncIterable<Buffer>) {
    yield chunk;
    onProgress?.(file.bytesRead, totalBytes);
  }
}

/** The first `length` bytes of the content (uncompressed), or all of it when shorter. */
export async function readHead(path: string, length = 64 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of readChunks(path)) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= length) break;
  }
  return Buffer.concat(chunks).subarray(0, length);
}
