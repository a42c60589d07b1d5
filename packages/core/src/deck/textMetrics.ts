// How wide text is in Arial (and Liberation Sans, which has the same metrics), and how many lines
// it wraps to in a box: the deck chooses font sizes from these so text never overflows its box.

/** Advance widths of Arial's printable ASCII characters, in 1/1000 em (from the Helvetica AFM). */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Characters outside ASCII that the deck's texts use, by width. */
const OTHER_WIDTHS: Record<string, number> = {
  ı: 278,
  '–': 556,
  '—': 1000,
  '…': 1000,
  '·': 278,
  '•': 350,
  '“': 333,
  '”': 333,
  '‘': 222,
  '’': 222,
  '×': 584,
  '→': 1000,
  '≥': 549,
  '≤': 549,
  '€': 556,
  '₺': 556,
  '★': 1000,
};

/** Safety margin over the nominal widths: bold runs, kerning differences and rounding. */
const WIDTH_SAFETY = 1.06;
const BOLD_FACTOR = 1.08;

function charWidth(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32] ?? 556;
  const known = OTHER_WIDTHS[char];
  if (known !== undefined) return known;
  // Accented letters (ç, ğ, İ, ö, ş, ü, é ...) are as wide as their base letter.
  const base = char.normalize('NFD').charAt(0);
  if (base !== char && base.charCodeAt(0) < 127) return charWidth(base);
  // Wide scripts (CJK) take a full em; anything else the width of a capital.
  return code >= 0x2e80 ? 1000 : 722;
}

/** Width of `text` in inches at `fontSize` points (one line, no wrapping). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += charWidth(char);
  return ((units / 1000) * fontSize * WIDTH_SAFETY * (bold ? BOLD_FACTOR : 1)) / 72;
}

/**
 * The lines `text` wraps to in a box `width` inches wide: greedy word wrap as PowerPoint does;
 * a word wider than the box breaks between characters. Line breaks in the text are kept.
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const hardLine of text.split('\n')) {
    let line = '';
    for (const word of hardLine.split(/\s+/).filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, fontSize, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      // A single word longer than the line: break it where it overflows.
      while (textWidth(line, fontSize, bold) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), fontSize, bold) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** `text` cut to fit one line `width` inches wide, ending in "…" when cut. */
export function truncateToWidth(
  text: string,
  width: number,
  fontSize: number,
  bold = false,
): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  let end = text.length;
  while (end > 0 && textWidth(`${text.slice(0, end).trimEnd()}…`, fontSize, bold) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** `text` cut to at most `max` characters, ending in "…" when cut (for chart labels). */
export function truncateChars(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(1, max - 1))
    .join('')
    .trimEnd()}…`;
}
