// Places an organisation on a stage of a project's value chain: by the stage it names (survey
// answer or registry field) or else by its NACE Rev.2 industry code.

import { normaliseIndustryCode } from '../stats/industryCodes';
import { foldForSearch } from '../text/foldForSearch';
import type { ValueChain } from './valueChainSchema';

/** Why an organisation has no stage. */
export type PlacementMiss =
  /** Neither a stage name nor an industry code. */
  | 'no_stage_or_code'
  /** A stage name that is no stage's id, Turkish or English name, and no code to fall back on. */
  | 'unknown_stage_name'
  /** The code is not NACE Rev.2 (a NAICS code of 5 or 6 digits, a range, text). */
  | 'not_a_nace_code'
  /** A NACE code that no stage and no support function lists. */
  | 'code_not_in_chain'
  /** The code belongs to a support function (a bank, a vocational school), not to a stage. */
  | 'support_function';

export type StagePlacement =
  | { stageId: string; by: 'stage_name' }
  | { stageId: string; by: 'industry_code'; naceCode: string }
  | {
      stageId: null;
      reason: PlacementMiss;
      /** The stage name given that matched no stage, when there was one. */
      unmatchedStageName?: string;
      supportFunctionId?: string;
      naceCode?: string;
    };

/** What placement reads of an organisation: the registry's fields of the same names. */
export interface PlaceableOrganisation {
  valueChainStage?: string | null;
  industryCode?: string | null;
}

/** NACE Rev.2 sections by their first and last division. */
const SECTIONS: readonly [string, number, number][] = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

/** The section letter of a NACE code in digits ("2451" -> "C"); undefined for an unused division. */
export function naceSection(digits: string): string | undefined {
  const division = Number(digits.slice(0, 2));
  return SECTIONS.find(([, first, last]) => division >= first && division <= last)?.[0];
}

/**
 * An organisation's NACE code as digits ("C24.51", "24.51", "2451" -> "2451"), or a bare section
 * letter. undefined when it cannot be NACE: more than 4 digits (NAICS), or anything else. Bare
 * codes of 2 to 4 digits are read as NACE, as the registry's NACE-first forms ask for.
 */
function naceKey(code: string): string | undefined {
  const text = code.trim().toUpperCase();
  if (/^[A-U]$/.test(text)) return text;
  const digits = normaliseIndustryCode(text);
  if (!/^\d{2,4}$/.test(digits)) return undefined;
  return naceSection(digits) ? digits : undefined;
}

/** How specifically `listed` (a chain's code) covers `key`: its digits, 1 for a section, 0 for none. */
function coverage(listed: string, key: string): number {
  if (/^[A-U]$/.test(listed)) return key === listed || naceSection(key) === listed ? 1 : 0;
  const digits = listed.replaceAll('.', '');
  return key.startsWith(digits) ? digits.length : 0;
}

interface CodeMatch {
  id: string;
  code: string;
  level: number;
  isStage: boolean;
}

/** The most specific stage or support function code covering `key`; the earlier one on a tie. */
function bestCodeMatch(chain: ValueChain, key: string): CodeMatch | undefined {
  let best: CodeMatch | undefined;
  const consider = (id: string, codes: readonly string[], isStage: boolean) => {
    for (const code of codes) {
      const level = coverage(code, key);
      if (level > (best?.level ?? 0)) best = { id, code, level, isStage };
    }
  };
  for (const stage of chain.stages) consider(stage.id, stage.naceCodes, true);
  for (const f of chain.supportFunctions) consider(f.id, f.naceCodes, false);
  return best;
}

/** The stage whose id, Turkish or English name equals `name` (Turkish-folded, any case). */
export function stageByName(chain: Pick<ValueChain, 'stages'>, name: string): string | undefined {
  const wanted = foldForSearch(name.replaceAll('_', ' '));
  if (wanted === '') return undefined;
  return chain.stages.find((stage) =>
    [stage.id.replaceAll('_', ' '), stage.name.tr, stage.name.en].some(
      (text) => foldForSearch(text) === wanted,
    ),
  )?.id;
}

/**
 * The stage of `organisation` in `chain`: (a) the stage its `valueChainStage` names, matched on
 * stage id, Turkish or English name, Turkish-folded and case-insensitive ("DÖKÜM", "casting");
 * else (b) the stage whose NACE code is the longest prefix of its `industryCode` (a section letter
 * counts as the least specific), "24.51" on Casting beating "24" elsewhere; a support function's
 * code that is more specific than every stage's leaves it unplaced with reason
 * 'support_function'. Otherwise null with the reason.
 */
export function placeOrganisation(
  organisation: PlaceableOrganisation,
  chain: ValueChain,
): StagePlacement {
  const name = organisation.valueChainStage?.trim() ?? '';
  if (name !== '') {
    const stageId = stageByName(chain, name);
    if (stageId) return { stageId, by: 'stage_name' };
  }
  const unmatched = name !== '' ? { unmatchedStageName: name } : {};
  const code = organisation.industryCode?.trim() ?? '';
  if (code === '') {
    return {
      stageId: null,
      reason: name !== '' ? 'unknown_stage_name' : 'no_stage_or_code',
      ...unmatched,
    };
  }
  const key = naceKey(code);
  if (key === undefined) return { stageId: null, reason: 'not_a_nace_code', ...unmatched };
  const match = bestCodeMatch(chain, key);
  if (!match) return { stageId: null, reason: 'code_not_in_chain', ...unmatched };
  if (!match.isStage) {
    return {
      stageId: null,
      reason: 'support_function',
      supportFunctionId: match.id,
      naceCode: match.code,
      ...unmatched,
    };
  }
  return { stageId: match.id, by: 'industry_code', naceCode: match.code };
}
