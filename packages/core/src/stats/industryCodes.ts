// Industry code normalisation: the CBP filler forms of NAICS and the dotted and lettered forms of
// NACE become plain digit strings, so that a code's length is its level and prefixes are parents.

/** The code every "all industries" form normalises to (CBP '------', Eurostat 'TOTAL'). */
export const ALL_INDUSTRIES = 'TOTAL';

const cbpFiller = /^(\d*)[-/]+$/;
const lettered = /^[A-Z]?\d{2}(?:\.?\d+)*$/;

/**
 * The canonical form of an industry code, idempotent:
 * - trimmed and upper-cased;
 * - CBP fillers dropped: '31----' -> '31', '3361//' -> '3361', '33611/' -> '33611';
 *   '------' (all industries) and 'TOTAL' -> ALL_INDUSTRIES;
 * - NACE section letter and dots dropped: 'C24.51', '24.51' and '2451' -> '2451'; 'C24' -> '24'
 *   (the two-digit division already names the section); 'T1' is no NACE code and stays;
 * - anything else (a bare section letter 'C', ranges such as 'B-E' or '31-33', custom codes) is kept
 *   as it is and matched only exactly.
 */
export function normaliseIndustryCode(code: string): string {
  const text = code.trim().toUpperCase();
  const filler = cbpFiller.exec(text);
  if (filler) return filler[1] === '' ? ALL_INDUSTRIES : (filler[1] as string);
  if (lettered.test(text)) return text.replace(/^[A-Z]/, '').replaceAll('.', '');
  return text;
}

/**
 * The level of a normalised code in a NAICS or NACE style hierarchy: its number of digits, where
 * every shorter prefix is a parent. undefined for codes outside such a hierarchy (letters, ranges,
 * ALL_INDUSTRIES), which are matched only exactly.
 */
export function industryCodeLevel(normalisedCode: string): number | undefined {
  return /^\d+$/.test(normalisedCode) ? normalisedCode.length : undefined;
}
