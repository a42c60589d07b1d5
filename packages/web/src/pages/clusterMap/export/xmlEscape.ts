// Escapes text for XML attribute values and element content (GEXF, GraphML, SVG).

/**
 * & < > " ' as entities; control characters XML 1.0 forbids (all below U+0020 except tab, line
 * feed and carriage return) are dropped, since no entity can carry them.
 */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing exactly these characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}
