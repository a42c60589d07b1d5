// The file name a download answer gives in its Content-Disposition header (RFC 6266): the
// UTF-8 `filename*` when present (Turkish letters survive), else the plain `filename`.

/** The name, without any folder part; undefined when the header names none. */
export function contentDispositionFileName(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // a broken escape: the plain name below serves
    }
  }
  if (name === undefined) {
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
    name = plain ? (plain[2]?.replace(/\\(.)/g, '$1') ?? plain[1]?.trim()) : undefined;
  }
  // A name is never a path: keep what follows the last slash.
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : undefined;
}
