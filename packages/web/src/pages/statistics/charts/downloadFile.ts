// Saves a chart or map the browser made as a file, through a temporary link.

/** Starts the download of `data` (a Blob, or a data: URL from a chart) as `fileName`. */
export function downloadFile(data: Blob | string, fileName: string): void {
  const href = typeof data === 'string' ? data : URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; the address is not needed any more.
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** A file name from a title: letters, digits and dashes only (Turkish letters kept). */
export function fileNameOf(title: string): string {
  return (
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'chart'
  );
}
