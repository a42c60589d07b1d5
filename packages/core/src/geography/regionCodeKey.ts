// Compares region codes written different ways ("06" and "6", "tr310" and " TR310 "), so that a
// dataset and a map file from different sources still find each other's regions.

/**
 * The key a region code or a map shape id is compared by: trimmed, blanks removed, upper case
 * (plain, not Turkish casing: codes are Latin, and 'i' must meet 'I'), and the leading zeros of
 * an all-digit code dropped ("06" -> "6", "000" -> "0"). '' for a blank code.
 */
export function regionCodeKey(code: string | number): string {
  const text = String(code).replace(/\s+/g, '').toUpperCase();
  if (/^\d+$/.test(text)) return text.replace(/^0+(?=\d)/, '');
  return text;
}
