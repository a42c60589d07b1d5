// Industry codes onto the codes of an input-output table by code prefix, for tables whose codes
// follow the industry classification (BEA's summary codes are NAICS prefixes: 3361, 3110 = 311).

export interface PrefixConcordanceOptions {
  /**
   * The industry-code prefixes of IO codes that are not a prefix themselves (BEA's "331A" = NAICS
   * 3311 and 3312), or whose own prefix is wrong; these replace the derived prefix of that code.
   */
  prefixes?: ReadonlyMap<string, readonly string[]>;
}

/**
 * A function giving the IO code of an industry code: the IO code with the longest prefix that
 * starts the industry code, undefined when none does. An all-digit IO code's own prefix is its
 * digits without trailing zeros ("3110" -> "311", "4200" -> "42", "3361" -> "3361"); a code with
 * letters has only the prefixes given for it. Between two IO codes with the same prefix the first
 * in `ioCodes` wins. Industry codes are compared as given (normalise them first).
 */
export function prefixConcordance(
  ioCodes: Iterable<string>,
  options: PrefixConcordanceOptions = {},
): (industry: string) => string | undefined {
  const byPrefix = new Map<string, string>();
  let longest = 0;
  for (const raw of ioCodes) {
    const code = raw.trim();
    const given = options.prefixes?.get(code);
    const own = /^\d+$/.test(code) ? code.replace(/0+$/, '') : '';
    const prefixes = given ?? (own === '' ? [] : [own]);
    for (const prefix of prefixes) {
      if (prefix === '' || byPrefix.has(prefix)) continue;
      byPrefix.set(prefix, code);
      longest = Math.max(longest, prefix.length);
    }
  }
  return (industry) => {
    for (let length = Math.min(longest, industry.length); length >= 1; length--) {
      const code = byPrefix.get(industry.slice(0, length));
      if (code !== undefined) return code;
    }
    return undefined;
  };
}
