// Removes the characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone
// surrogates, U+FFFE and U+FFFF): one in a slide makes its XML invalid and LibreOffice then
// shows a blank slide. pptxgenjs escapes < > & " itself; these it passes through.

import type { DeckModel } from '@kume/core';

/** `text` without XML-invalid characters; everything else, markup included, is kept as written. */
export function xmlSafeText(text: string): string {
  let safe = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        safe += text.slice(index, index + 2);
        index += 1;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    safe += text.charAt(index);
  }
  return safe;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, cleanValue(entry)]),
    );
  }
  return value;
}

/** The deck with every string made XML-safe: titles, blocks, chart labels, notes, footer. */
export function xmlSafeDeck(model: DeckModel): DeckModel {
  // cleanValue keeps the shape of what it is given: only strings change.
  return cleanValue(model) as DeckModel;
}
