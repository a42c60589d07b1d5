// Text in the report's chart pictures: an estimate of its width in Arial (Liberation Sans has the
// same widths), labels wrapped to a width, and characters escaped for SVG.

/** Advance widths of Arial in em for characters that differ much from a lowercase letter. */
const NARROW = new Set([..."iljtfrI.,:;'|!ı()[]- "]);
const WIDE = new Set([...'mwMW%@']);

/** Width of `text` in px at `size` px, from Arial's widths rounded into four classes. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.28;
    else if (WIDE.has(char)) ems += 0.85;
    else if (/\d/.test(char)) ems += 0.556;
    else if (char !== char.toLocaleLowerCase('tr-TR')) ems += 0.68;
    else ems += 0.52;
  }
  return ems * size;
}

/** `text` cut to fit `width` px with an ellipsis; unchanged when it fits. */
export function truncateText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` broken at spaces into at most `maxLines` lines of at most `width` px; what does not fit
 * ends the last line with an ellipsis, and a word longer than a line is cut.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    if (lines.length === maxLines - 1) {
      // The last line takes everything left, cut to fit.
      lines.push(truncateText(words.slice(index).join(' '), width, size));
      return lines;
    }
  }
  if (line !== '') lines.push(truncateText(line, width, size));
  return lines.map((entry) => truncateText(entry, width, size));
}

/** `text` safe inside an SVG element or a quoted attribute. */
export function escapeSvg(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
