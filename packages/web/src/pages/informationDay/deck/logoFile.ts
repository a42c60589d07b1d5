// Checks a logo file in the browser before it is sent, as the server checks it: PNG or JPEG by
// its first bytes (not its name), and at most 1 MB.

/** The largest logo the server takes, in bytes (1 MB). */
export const MAX_LOGO_BYTES = 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

/** What is wrong with a logo file: not a PNG or JPEG, too large, or empty; null when it will do. */
export type LogoProblem = 'type' | 'size' | 'empty';

const startsWith = (head: Uint8Array, signature: readonly number[]) =>
  head.length >= signature.length && signature.every((byte, i) => head[i] === byte);

/** The image kind of a file by its first bytes, or null for anything else. */
export function imageKind(head: Uint8Array): 'png' | 'jpeg' | null {
  if (startsWith(head, PNG_SIGNATURE)) return 'png';
  if (startsWith(head, JPEG_SIGNATURE)) return 'jpeg';
  return null;
}

/**
 * The problem of a file of `size` bytes that begins with `head` (its first 8 bytes or more), or
 * null. The type is told before the size: a large text file is first of all not an image.
 */
export function logoProblem(head: Uint8Array, size: number): LogoProblem | null {
  if (size === 0) return 'empty';
  if (imageKind(head) === null) return 'type';
  if (size > MAX_LOGO_BYTES) return 'size';
  return null;
}

/** Reads the first bytes of `file` and checks it (see logoProblem). */
export async function checkLogoFile(file: Blob): Promise<LogoProblem | null> {
  const head = new Uint8Array(await file.slice(0, PNG_SIGNATURE.length).arrayBuffer());
  return logoProblem(head, file.size);
}
