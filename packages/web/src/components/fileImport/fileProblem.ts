// What the browser checks of a file before an import sends it: its type and its size.

/** The server's limit for an upload, checked in the browser first to save the wait. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** What is wrong with a file before it is sent: 'type', 'size', 'empty', or null when fine. */
export function fileProblem(file: File): 'type' | 'size' | 'empty' | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'type';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  if (file.size === 0) return 'empty';
  return null;
}
