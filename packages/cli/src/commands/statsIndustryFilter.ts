// Which industry codes of a statistics file a cluster definition can use, so that `kume stats`
// loads only their rows: a CBP file is 62% parent codes ("31----", "3361//") that never count.

import type { ClusterDefinition } from '@kume/core/stats/clusterDefinition';
import {
  ALL_INDUSTRIES,
  industryCodeLevel,
  normaliseIndustryCode,
} from '@kume/core/stats/industryCodes';

/**
 * A predicate over raw industry codes, true for every code core's matchIndustries may count or
 * report as uncovered: the definition's codes, codes under one of them (they roll up), codes at
 * or below the definition's finest level (counted or uncovered), and with a definition of
 * non-hierarchical codes every code but "all industries". False for what matchIndustries marks
 * NOT_COUNTED: parents of definition codes, other coarser codes, "all industries", and letter
 * codes outside a hierarchical definition. Skipping those rows leaves every result unchanged; only
 * a year with no other rows drops out of the data, where it would have given no output rows.
 */
export function industriesUsedBy(definition: ClusterDefinition): (code: string) => boolean {
  const codes = new Set(definition.industries.map((industry) => industry.code));
  let level: number | undefined;
  for (const code of codes) {
    const codeLevel = industryCodeLevel(code);
    if (codeLevel !== undefined && (level === undefined || codeLevel > level)) level = codeLevel;
  }
  return (raw) => {
    const code = normaliseIndustryCode(raw);
    if (codes.has(code)) return true;
    if (code === ALL_INDUSTRIES) return false;
    if (level === undefined) return true;
    const codeLevel = industryCodeLevel(code);
    if (codeLevel === undefined) return false;
    if (codeLevel >= level) return true;
    for (let length = codeLevel - 1; length >= 1; length--)
      if (codes.has(code.slice(0, length))) return true;
    return false;
  };
}
