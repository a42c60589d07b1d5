// The field study's quota: how many of the registry's SMEs the primary research has reached (30 by
// default), broken down by value-chain stage, size class and district, with the gaps in words.

import { FIRM_TYPES, type OrganisationType } from '../organisation/organisationTypes';
import { collatorFor } from '../text/compareText';
import { foldForSearch } from '../text/foldForSearch';
import type { Segment } from './questionnaire';

/** Organisation types that are businesses, so count as SMEs when small enough: the readiness gate's firms. */
export const SME_TYPES: readonly OrganisationType[] = FIRM_TYPES;

/** The quota of the field study: at least 30 SMEs (Turkey's cluster support programme). */
export const DEFAULT_QUOTA_TARGET = 30;

/** The EU SME definition's head-count ceiling: fewer than 250 employees. */
export const DEFAULT_SME_MAX_EMPLOYEES = 249;

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'unknown'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** EU size classes by head count: micro < 10, small 10-49, medium 50-249; unknown when not recorded. */
export function sizeClass(employees: number | null | undefined): SizeClass {
  if (employees == null || !Number.isFinite(employees) || employees < 0) return 'unknown';
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  return 'medium';
}

export interface QuotaOrganisation {
  id: string;
  type: string;
  employees: number | null;
  valueChainStage: string | null;
  district: string | null;
}

export interface QuotaProgressInput {
  organisations: readonly QuotaOrganisation[];
  /** Ids of organisations with a submitted response or taking part in an interview or focus group. */
  reached: ReadonlySet<string>;
  target?: number;
  smeMaxEmployees?: number;
}

/** One value of a segment. `value` null (or size class `unknown`) gathers the SMEs without one. */
export interface QuotaSegmentValue {
  value: string | null;
  /** SMEs of the registry with this value. */
  inRegistry: number;
  /** Of those, the ones reached. */
  reached: number;
  /** This value's share of the overall target, in proportion to `inRegistry`. */
  target: number;
  /** max(0, target - reached). */
  gap: number;
}

/** A gap in words: `none` is "no firm from Torbalı", `more` is "2 more casting firms". */
export interface QuotaGap {
  segment: Segment;
  value: string;
  missing: number;
  kind: 'more' | 'none';
}

export interface QuotaProgress {
  target: number;
  /** Distinct SMEs of the registry reached. */
  reached: number;
  remaining: number;
  smesInRegistry: number;
  bySegment: Record<Segment, QuotaSegmentValue[]>;
  /** Most missing first; values that are unknown (null, size `unknown`) never appear. */
  gaps: QuotaGap[];
}

const SEGMENT_ORDER: readonly Segment[] = ['value_chain_stage', 'size', 'district'];
const collator = collatorFor('tr');

/** null (unknown) sorts last; otherwise Turkish collation. */
function compareValues(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

/**
 * Splits `target` over the values in proportion to their counts by the largest-remainder
 * (Hamilton) method: each gets floor(target x count / total), and the seats left go to the
 * largest remainders. Remainders are compared exactly as integers (target x count mod total).
 * Ties go to the value first in Turkish collation (unknown last), so the result does not depend on
 * input order. All zeros when total is 0.
 */
function allocate(counts: readonly { value: string | null; count: number }[], target: number) {
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const seats = counts.map(({ count }) => Math.floor((target * count) / total));
  let left = target - seats.reduce((sum, seat) => sum + seat, 0);
  const byRemainder = counts
    .map(({ value, count }, index) => ({ index, value, remainder: (target * count) % total }))
    .sort((a, b) => b.remainder - a.remainder || compareValues(a.value, b.value));
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    seats[index] = (seats[index] ?? 0) + 1;
    left -= 1;
  }
  return seats;
}

interface Tally {
  spellings: Map<string, number>;
  inRegistry: number;
  reached: number;
}

/** The spelling most organisations use; ties go to the first in Turkish collation. */
function commonSpelling(spellings: Map<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of spellings) {
    if (
      !best ||
      entry[1] > best[1] ||
      (entry[1] === best[1] && collator.compare(entry[0], best[0]) < 0)
    )
      best = entry;
  }
  return best ? best[0] : '';
}

function segmentValues(
  smes: readonly QuotaOrganisation[],
  reached: ReadonlySet<string>,
  target: number,
  valueOf: (organisation: QuotaOrganisation) => string | null,
  fold: (value: string) => string,
): QuotaSegmentValue[] {
  const tallies = new Map<string | null, Tally>();
  for (const organisation of smes) {
    const raw = valueOf(organisation)?.replace(/\s+/g, ' ').trim() || null;
    const key = raw === null ? null : fold(raw);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { spellings: new Map(), inRegistry: 0, reached: 0 };
      tallies.set(key, tally);
    }
    if (raw !== null) tally.spellings.set(raw, (tally.spellings.get(raw) ?? 0) + 1);
    tally.inRegistry += 1;
    if (reached.has(organisation.id)) tally.reached += 1;
  }
  const rows = [...tallies.values()].map((tally) => ({
    value: tally.spellings.size > 0 ? commonSpelling(tally.spellings) : null,
    tally,
  }));
  const targets = allocate(
    rows.map(({ value, tally }) => ({ value, count: tally.inRegistry })),
    target,
  );
  return rows.map(({ value, tally }, index) => {
    const share = targets[index] ?? 0;
    return {
      value,
      inRegistry: tally.inRegistry,
      reached: tally.reached,
      target: share,
      gap: Math.max(0, share - tally.reached),
    };
  });
}

/**
 * Progress towards the field study's quota of SMEs. An SME is an organisation of a business type
 * (SME_TYPES) with at most `smeMaxEmployees` employees; an unrecorded head count counts as an SME of
 * size class `unknown`. `reached` ids that are not SMEs of the registry are ignored.
 *
 * Per segment, the overall target is split over the values in proportion to the registry's SMEs
 * (largest remainder, ties by Turkish collation), so each segment's targets sum to `target`, the SMEs
 * of unknown value included. When the target exceeds the registry, a value's target can exceed its
 * SMEs: the registry lacks firms there. Stage and district are compared case- and
 * Turkish-fold-insensitively ("Torbalı", "TORBALI", "torbali" are one district) and shown in the
 * registry's most common spelling. Values are listed by registry SMEs, most first, then Turkish
 * collation, unknown last; size classes in their order micro, small, medium, unknown.
 */
export function quotaProgress({
  organisations,
  reached,
  target = DEFAULT_QUOTA_TARGET,
  smeMaxEmployees = DEFAULT_SME_MAX_EMPLOYEES,
}: QuotaProgressInput): QuotaProgress {
  const wholeTarget = Math.max(0, Math.floor(target));
  const smeTypes = new Set<string>(SME_TYPES);
  const smes = organisations.filter(
    ({ type, employees }) =>
      smeTypes.has(type) &&
      (employees == null || !Number.isFinite(employees) || employees <= smeMaxEmployees),
  );
  const reachedSmes = smes.filter(({ id }) => reached.has(id)).length;

  const byCountThenName = (a: QuotaSegmentValue, b: QuotaSegmentValue) =>
    b.inRegistry - a.inRegistry || compareValues(a.value, b.value);
  const bySegment: Record<Segment, QuotaSegmentValue[]> = {
    value_chain_stage: segmentValues(
      smes,
      reached,
      wholeTarget,
      (o) => o.valueChainStage,
      foldForSearch,
    ).sort(byCountThenName),
    size: segmentValues(
      smes,
      reached,
      wholeTarget,
      (o) => sizeClass(o.employees),
      (v) => v,
    ).sort(
      (a, b) =>
        SIZE_CLASSES.indexOf(a.value as SizeClass) - SIZE_CLASSES.indexOf(b.value as SizeClass),
    ),
    district: segmentValues(smes, reached, wholeTarget, (o) => o.district, foldForSearch).sort(
      byCountThenName,
    ),
  };

  const gaps: QuotaGap[] = [];
  for (const segment of SEGMENT_ORDER) {
    for (const row of bySegment[segment]) {
      if (row.value === null || (row.value === 'unknown' && segment === 'size') || row.gap <= 0)
        continue;
      gaps.push({
        segment,
        value: row.value,
        missing: row.gap,
        kind: row.reached === 0 ? 'none' : 'more',
      });
    }
  }
  // Most missing first; then in segment order and by name, so the list reads the same every time.
  gaps.sort(
    (a, b) =>
      b.missing - a.missing ||
      SEGMENT_ORDER.indexOf(a.segment) - SEGMENT_ORDER.indexOf(b.segment) ||
      compareValues(a.value, b.value),
  );

  return {
    target: wholeTarget,
    reached: reachedSmes,
    remaining: Math.max(0, wholeTarget - reachedSmes),
    smesInRegistry: smes.length,
    bySegment,
    gaps,
  };
}
