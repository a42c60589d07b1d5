// Gap analysis of a cluster's value chain: the missing parts (empty and thin stages, inputs bought
// outside the region, unlinked stages, weak supplier industries), ranked, each with its evidence.

import { FIRM_TYPES, type OrganisationType } from '../organisation/organisationTypes';
import { normaliseIndustryCode } from '../stats/industryCodes';
import type { LocalText } from '../survey/localText';
import type { RelationLocation, RelationType } from '../survey/relationTypes';
import { gapSuggestion } from './gapAnalysisText';
import { placeOrganisation, type PlaceableOrganisation } from './valueChainPlacement';
import { supplyPairs, type ValueChain } from './valueChainSchema';

export interface GapOrganisation extends PlaceableOrganisation {
  id: string;
  type: OrganisationType;
  /**
   * The stage, when already decided (by hand; null: on no stage). Undefined, or an id that is no
   * stage of the chain: placed here by placeOrganisation from its stage name and industry code.
   */
  stageId?: string | null;
  employees?: number | null;
  /** The latest willingness score, 1 to 5; reported in the evidence. */
  commitment?: number | null;
}

/** A relation from the source's side (as reported): `supplier` means the target supplies the source. */
export interface GapRelation {
  source: string;
  target: string;
  type: RelationType;
  /** Where the target is, seen from the source; unknown locations are left out of the shares. */
  location?: RelationLocation | null;
  /** The target's share of the source's purchases (or sales), 0 to 100. */
  sharePercent?: number | null;
}

/** A supplier industry's direct-requirement coefficient for the cluster (see ioLinkages). */
export interface SupplierEvidence {
  industry: string;
  name?: string;
  coefficient: number;
}

/** An industry's location quotient in the project's region. */
export interface IndustryEvidence {
  industry: string;
  locationQuotient: number;
}

export interface GapAnalysisInput {
  chain: ValueChain;
  organisations: readonly GapOrganisation[];
  relations: readonly GapRelation[];
  statistics?: readonly IndustryEvidence[];
  io?: readonly SupplierEvidence[];
}

export interface GapOptions {
  /** Types counted as a stage's local actors. Default FIRM_TYPES (firm, supplier, service provider). */
  countedTypes?: readonly OrganisationType[];
  /** A stage with fewer counted actors (but at least one) is thin. Default 3. */
  minActorsPerStage?: number;
  /** Relation types that are the source's purchases. Default supplier and subcontractor. */
  purchaseTypes?: readonly RelationType[];
  /** Locations inside the region. Default same_city and same_region. */
  localLocations?: readonly RelationLocation[];
  /** A stage's mean share of purchases from outside at or above this is a gap. Default 0.5. */
  minOutsideShare?: number;
  /** Members of a stage that must report purchases before its share is judged. Default 2. */
  minFirmsReporting?: number;
  /** Supplying stage pairs with fewer ties (organisation pairs related either way) are gaps. Default 1. */
  minTiesBetweenStages?: number;
  /** Supplier industries with a smaller coefficient are not judged. Default 0.01 ($ per $ of output). */
  minCoefficient?: number;
  /** A supplier industry with LQ below this is weak in the region. Default 1. */
  maxLocationQuotient?: number;
}

export const GAP_KINDS = [
  'empty_stage',
  'thin_stage',
  'inputs_from_outside',
  'no_ties_between_stages',
  'weak_supplier_industry',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface Gap {
  kind: GapKind;
  stage?: string;
  /** [supplying stage, buying stage] for no_ties_between_stages. */
  stages?: [string, string];
  industry?: string;
  /** 0 to 1, higher first; see gapAnalysis. */
  score: number;
  evidence: Record<string, number>;
  suggestion: LocalText;
}

export interface GapAnalysis {
  /** Ranked: score descending, then kind in GAP_KINDS order, stage order, industry code. */
  gaps: Gap[];
  /** The stage of each organisation (null: not placed), by id. */
  stageOf: Map<string, string | null>;
  /** Supplier industries above minCoefficient without a location quotient: not judged. */
  unassessedIndustries: string[];
}

/**
 * The missing parts of the chain. Registry organisations count as local. Scores, 0 to 1:
 * - empty_stage: 1 (no counted actor on the stage);
 * - thin_stage: 0.8 x (1 - actors / minActorsPerStage);
 * - inputs_from_outside: 0.9 x outside share. A member's share weights its purchases by
 *   sharePercent when all of them give one, else counts them equally; the stage's share is the
 *   mean over members reporting a purchase with a known location;
 * - no_ties_between_stages: 0.6 x (1 - ties / minTiesBetweenStages), for each `suppliesTo` pair
 *   whose two stages both have counted actors;
 * - weak_supplier_industry: 0.9 x (coefficient / largest coefficient given) x (1 - LQ /
 *   maxLocationQuotient).
 * So a missing stage outranks everything, and a thin stage or purchases bought outside outrank a
 * missing tie unless nearly full or barely over the threshold. Deterministic: no randomness.
 */
export function gapAnalysis(input: GapAnalysisInput, options: GapOptions = {}): GapAnalysis {
  const counted = new Set(options.countedTypes ?? FIRM_TYPES);
  const minActors = options.minActorsPerStage ?? 3;
  const { chain } = input;
  const stageIndex = new Map(chain.stages.map((stage, i) => [stage.id, i]));
  const stageName = (id: string) => chain.stages[stageIndex.get(id) ?? 0]!.name;

  const stageOf = new Map<string, string | null>();
  for (const o of input.organisations) {
    const given = o.stageId !== undefined && (o.stageId === null || stageIndex.has(o.stageId));
    stageOf.set(o.id, given ? (o.stageId ?? null) : placeOrganisation(o, chain).stageId);
  }
  const members = new Map<string, GapOrganisation[]>(chain.stages.map((s) => [s.id, []]));
  for (const o of input.organisations) {
    const stage = stageOf.get(o.id);
    if (stage) members.get(stage)!.push(o);
  }
  const actorsOf = (stage: string) => members.get(stage)!.filter((o) => counted.has(o.type));

  const gaps: Gap[] = [];
  for (const stage of chain.stages) {
    const actors = actorsOf(stage.id);
    const all = members.get(stage.id)!;
    const evidence = {
      actors: actors.length,
      otherOrganisations: all.length - actors.length,
      employees: actors.reduce((sum, o) => sum + (o.employees ?? 0), 0),
      committedActors: actors.filter((o) => (o.commitment ?? 0) >= 4).length,
    };
    if (actors.length === 0) {
      gaps.push({
        kind: 'empty_stage',
        stage: stage.id,
        score: 1,
        evidence,
        suggestion: gapSuggestion.emptyStage(stage.name),
      });
    } else if (actors.length < minActors) {
      gaps.push({
        kind: 'thin_stage',
        stage: stage.id,
        score: 0.8 * (1 - actors.length / minActors),
        evidence,
        suggestion: gapSuggestion.thinStage(stage.name, actors.length),
      });
    }
  }

  gaps.push(...outsideInputGaps(input, members, options, stageName));
  gaps.push(...missingTieGaps(input, stageOf, actorsOf, options, stageName));
  const weak = weakSupplierGaps(input, options);
  gaps.push(...weak.gaps);

  const kindOrder = (kind: GapKind) => GAP_KINDS.indexOf(kind);
  const firstStage = (gap: Gap) => stageIndex.get(gap.stage ?? gap.stages?.[0] ?? '') ?? -1;
  gaps.sort(
    (a, b) =>
      b.score - a.score ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      firstStage(a) - firstStage(b) ||
      (stageIndex.get(a.stages?.[1] ?? '') ?? -1) - (stageIndex.get(b.stages?.[1] ?? '') ?? -1) ||
      (a.industry ?? '').localeCompare(b.industry ?? '', 'en'),
  );
  return { gaps, stageOf, unassessedIndustries: weak.unassessed };
}

function outsideInputGaps(
  input: GapAnalysisInput,
  members: Map<string, GapOrganisation[]>,
  options: GapOptions,
  stageName: (id: string) => LocalText,
): Gap[] {
  const purchaseTypes = new Set(options.purchaseTypes ?? ['supplier', 'subcontractor']);
  const local = new Set(options.localLocations ?? ['same_city', 'same_region']);
  const minShare = options.minOutsideShare ?? 0.5;
  const minReporting = options.minFirmsReporting ?? 2;
  const purchasesBy = new Map<string, GapRelation[]>();
  for (const r of input.relations) {
    if (!purchaseTypes.has(r.type) || !r.location) continue;
    const list = purchasesBy.get(r.source) ?? [];
    list.push(r);
    purchasesBy.set(r.source, list);
  }
  const gaps: Gap[] = [];
  for (const [stage, list] of members) {
    const shares: number[] = [];
    let relations = 0;
    for (const o of list) {
      const purchases = purchasesBy.get(o.id) ?? [];
      const weighted = purchases.every((r) => (r.sharePercent ?? 0) > 0);
      const weight = (r: GapRelation) => (weighted ? (r.sharePercent as number) : 1);
      const total = purchases.reduce((sum, r) => sum + weight(r), 0);
      if (total === 0) continue;
      const outside = purchases.filter((r) => !local.has(r.location as RelationLocation));
      shares.push(outside.reduce((sum, r) => sum + weight(r), 0) / total);
      relations += purchases.length;
    }
    if (shares.length === 0 || shares.length < minReporting) continue;
    const outsideShare = shares.reduce((sum, s) => sum + s, 0) / shares.length;
    if (outsideShare < minShare) continue;
    gaps.push({
      kind: 'inputs_from_outside',
      stage,
      score: 0.9 * outsideShare,
      evidence: { outsideShare, firmsReporting: shares.length, relations },
      suggestion: gapSuggestion.inputsFromOutside(stageName(stage), outsideShare),
    });
  }
  return gaps;
}

function missingTieGaps(
  input: GapAnalysisInput,
  stageOf: Map<string, string | null>,
  actorsOf: (stage: string) => GapOrganisation[],
  options: GapOptions,
  stageName: (id: string) => LocalText,
): Gap[] {
  const minTies = options.minTiesBetweenStages ?? 1;
  // Distinct organisation pairs per unordered stage pair: a tie reported by both sides counts once.
  const tiedPairs = new Map<string, Set<string>>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const r of input.relations) {
    const from = stageOf.get(r.source);
    const to = stageOf.get(r.target);
    if (!from || !to || from === to) continue;
    const stages = key(from, to);
    const set = tiedPairs.get(stages) ?? new Set<string>();
    set.add(key(r.source, r.target));
    tiedPairs.set(stages, set);
  }
  const gaps: Gap[] = [];
  for (const [from, to] of supplyPairs(input.chain)) {
    const actorsFrom = actorsOf(from).length;
    const actorsTo = actorsOf(to).length;
    if (actorsFrom === 0 || actorsTo === 0) continue;
    const ties = tiedPairs.get(key(from, to))?.size ?? 0;
    if (ties >= minTies) continue;
    gaps.push({
      kind: 'no_ties_between_stages',
      stages: [from, to],
      score: 0.6 * (1 - ties / minTies),
      evidence: { ties, actorsFrom, actorsTo },
      suggestion: gapSuggestion.noTies(stageName(from), stageName(to), ties),
    });
  }
  return gaps;
}

function weakSupplierGaps(
  input: GapAnalysisInput,
  options: GapOptions,
): { gaps: Gap[]; unassessed: string[] } {
  const io = input.io ?? [];
  if (io.length === 0 || !input.statistics) return { gaps: [], unassessed: [] };
  const minCoefficient = options.minCoefficient ?? 0.01;
  const maxLq = options.maxLocationQuotient ?? 1;
  const lqOf = new Map(
    input.statistics.map((s) => [normaliseIndustryCode(s.industry), s.locationQuotient]),
  );
  const largest = Math.max(...io.map((s) => s.coefficient));
  if (!(largest > 0)) return { gaps: [], unassessed: [] };
  const gaps: Gap[] = [];
  const unassessed: string[] = [];
  for (const supplier of io) {
    if (!(supplier.coefficient >= minCoefficient)) continue;
    const lq = lqOf.get(normaliseIndustryCode(supplier.industry));
    if (lq === undefined || Number.isNaN(lq)) {
      unassessed.push(supplier.industry);
      continue;
    }
    if (lq >= maxLq) continue;
    const name = supplier.name ?? supplier.industry;
    gaps.push({
      kind: 'weak_supplier_industry',
      industry: supplier.industry,
      score: 0.9 * (supplier.coefficient / largest) * (1 - lq / maxLq),
      evidence: { coefficient: supplier.coefficient, locationQuotient: lq },
      suggestion: gapSuggestion.weakSupplierIndustry(
        { tr: name, en: name },
        supplier.coefficient,
        lq,
      ),
    });
  }
  return { gaps, unassessed };
}
