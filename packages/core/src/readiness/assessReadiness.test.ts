// The readiness gate of stage 1: the default criteria at and around their thresholds, what counts
// as committed, the share of visited stakeholders, and the facilitator's recorded decision.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { ORGANISATION_TYPES, type OrganisationType } from '../organisation/organisationTypes';
import { assessReadiness, type GateDecision, type ReadinessInput } from './assessReadiness';
import { DEFAULT_READINESS_THRESHOLDS, type ReadinessThresholds } from './readinessThresholds';

interface Stakeholder {
  type: OrganisationType;
  /** Latest willingness; undefined: not assessed. */
  willingness?: number;
  visited?: boolean;
}

/** Builds the gate's input from a list of stakeholders; ids are "o0", "o1", ... */
function input(
  stakeholders: readonly Stakeholder[],
  options: { thresholds?: Partial<ReadinessThresholds>; decision?: GateDecision | null } = {},
): ReadinessInput {
  const ids = stakeholders.map((_, i) => `o${i}`);
  return {
    organisations: stakeholders.map((s, i) => ({ id: ids[i] as string, type: s.type })),
    willingness: new Map(
      stakeholders.flatMap((s, i) =>
        s.willingness === undefined ? [] : [[ids[i] as string, s.willingness]],
      ),
    ),
    visitedOrganisationIds: new Set(
      stakeholders.flatMap((s, i) => (s.visited ? [ids[i] as string] : [])),
    ),
    thresholds: { ...DEFAULT_READINESS_THRESHOLDS, ...options.thresholds },
    decision: options.decision ?? null,
  };
}

const times = (n: number, stakeholder: Stakeholder): Stakeholder[] =>
  Array.from({ length: n }, () => stakeholder);
const committed = (type: OrganisationType): Stakeholder => ({
  type,
  willingness: 4,
  visited: true,
});

/** Exactly the defaults: 1 chamber, 1 university and 20 firms committed at willingness 4, all visited. */
const justEnough: Stakeholder[] = [
  committed('chamber'),
  committed('university'),
  ...times(20, committed('firm')),
];

const check = (
  stakeholders: readonly Stakeholder[],
  id: string,
  thresholds?: Partial<ReadinessThresholds>,
) => assessReadiness(input(stakeholders, { thresholds })).checks.find((c) => c.id === id);

describe('assessReadiness with the default thresholds', () => {
  it('is go exactly at the thresholds, willingness 4 counting as committed', () => {
    const result = assessReadiness(input(justEnough));
    expect(result.criteriaOutcome).toBe('go');
    expect(result.outcome).toBe('go');
    expect(result.basis).toBe('criteria');
    expect(result.checks).toEqual([
      { id: 'committed_chambers', met: true, actual: 1, required: 1, missing: 0 },
      { id: 'committed_universities', met: true, actual: 1, required: 1, missing: 0 },
      { id: 'committed_firms', met: true, actual: 20, required: 20, missing: 0 },
      { id: 'committed_share_of_visited', met: true, actual: 1, required: 0.5, missing: 0 },
    ]);
    expect(result.counts).toEqual({
      organisations: 22,
      visited: 22,
      assessed: 22,
      committed: 22,
      committedVisited: 22,
    });
  });

  it('is no-go with one committed firm too few, counting one missing', () => {
    const result = assessReadiness(input(justEnough.slice(0, -1)));
    expect(result.criteriaOutcome).toBe('no_go');
    expect(result.checks.filter((c) => !c.met)).toEqual([
      { id: 'committed_firms', met: false, actual: 19, required: 20, missing: 1 },
    ]);
  });

  it('does not count willingness 3 as committed', () => {
    const stakeholders = [
      ...justEnough.slice(0, -1),
      { type: 'firm', willingness: 3, visited: true } as const,
    ];
    expect(check(stakeholders, 'committed_firms')).toMatchObject({
      met: false,
      actual: 19,
      missing: 1,
    });
  });

  it('does not count chambers or universities that are uncommitted or not assessed', () => {
    const stakeholders: Stakeholder[] = [
      { type: 'chamber', willingness: 3, visited: true },
      { type: 'university', visited: true },
      ...times(20, committed('firm')),
    ];
    const result = assessReadiness(input(stakeholders));
    expect(result.criteriaOutcome).toBe('no_go');
    expect(result.checks.filter((c) => !c.met)).toMatchObject([
      { id: 'committed_chambers', actual: 0, missing: 1 },
      { id: 'committed_universities', actual: 0, missing: 1 },
    ]);
  });

  it('counts suppliers and service providers as firms', () => {
    const stakeholders = [
      ...justEnough.slice(0, -2),
      committed('supplier'),
      committed('service_provider'),
    ];
    expect(check(stakeholders, 'committed_firms')).toMatchObject({ met: true, actual: 20 });
  });

  it('does not count suppliers and service providers when firmTypes is only firm', () => {
    const stakeholders = [
      ...justEnough.slice(0, -2),
      committed('supplier'),
      committed('service_provider'),
    ];
    expect(check(stakeholders, 'committed_firms', { firmTypes: ['firm'] })).toMatchObject({
      met: false,
      actual: 18,
      missing: 2,
    });
  });

  it('counts committed organisations that were not visited for the type checks', () => {
    const unvisited = justEnough.map((s) => ({ ...s, visited: false }));
    const result = assessReadiness(input([...unvisited, committed('other')]));
    expect(result.checks.slice(0, 3).every((c) => c.met)).toBe(true);
    expect(result.counts).toMatchObject({ visited: 1, committed: 23, committedVisited: 1 });
  });
});

describe('assessReadiness: the share of visited stakeholders committed', () => {
  const uncommittedVisit: Stakeholder = { type: 'other', willingness: 2, visited: true };

  it('is met at exactly half', () => {
    const stakeholders = [...justEnough, ...times(22, uncommittedVisit)];
    expect(check(stakeholders, 'committed_share_of_visited')).toEqual({
      id: 'committed_share_of_visited',
      met: true,
      actual: 0.5,
      required: 0.5,
      missing: 0,
    });
  });

  it('is not met one below half, with the committed visits still missing', () => {
    // 22 committed of 45 visited; 23 of 45 would be enough.
    const stakeholders = [...justEnough, ...times(23, uncommittedVisit)];
    const share = check(stakeholders, 'committed_share_of_visited');
    expect(share).toMatchObject({ met: false, required: 0.5, missing: 1 });
    expect(share?.actual).toBeCloseTo(22 / 45, 12);
  });

  it('counts assessed but unvisited and visited but unassessed organisations correctly', () => {
    const stakeholders: Stakeholder[] = [
      { type: 'firm', willingness: 5, visited: false },
      { type: 'firm', visited: true },
      { type: 'firm', willingness: 4, visited: true },
    ];
    expect(check(stakeholders, 'committed_share_of_visited')?.actual).toBe(0.5);
    expect(assessReadiness(input(stakeholders)).counts).toEqual({
      organisations: 3,
      visited: 2,
      assessed: 2,
      committed: 2,
      committedVisited: 1,
    });
  });

  it('has no share with no visits, and is not met unless its threshold is 0', () => {
    const unvisited = justEnough.map((s) => ({ ...s, visited: false }));
    expect(check(unvisited, 'committed_share_of_visited')).toEqual({
      id: 'committed_share_of_visited',
      met: false,
      actual: undefined,
      required: 0.5,
      missing: 0,
    });
    expect(assessReadiness(input(unvisited)).criteriaOutcome).toBe('no_go');
    const withoutShare = { minCommittedShareOfVisited: 0 };
    expect(check(unvisited, 'committed_share_of_visited', withoutShare)).toMatchObject({
      met: true,
      actual: undefined,
    });
    expect(assessReadiness(input(unvisited, { thresholds: withoutShare })).criteriaOutcome).toBe(
      'go',
    );
  });
});

describe('assessReadiness: thresholds of a project', () => {
  it('uses the willingness threshold of the project', () => {
    expect(check(justEnough, 'committed_firms', { committedWillingness: 5 })).toMatchObject({
      actual: 0,
      missing: 20,
    });
  });

  it('is go with all thresholds at 0 and nothing registered', () => {
    const zero = {
      minCommittedChambers: 0,
      minCommittedUniversities: 0,
      minCommittedFirms: 0,
      minCommittedShareOfVisited: 0,
    };
    expect(assessReadiness(input([], { thresholds: zero })).criteriaOutcome).toBe('go');
  });

  it('never needs more when an organisation becomes more willing (property)', () => {
    const stakeholder = fc.record({
      type: fc.constantFrom(...ORGANISATION_TYPES),
      willingness: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      visited: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(stakeholder, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (stakeholders, pick) => {
          const before = assessReadiness(
            input(stakeholders, { thresholds: { minCommittedFirms: 5 } }),
          );
          const raised = stakeholders.map((s, i) =>
            i === pick % stakeholders.length ? { ...s, willingness: 5 } : s,
          );
          const after = assessReadiness(input(raised, { thresholds: { minCommittedFirms: 5 } }));
          return (
            after.checks.every((c, i) => c.missing <= (before.checks[i]?.missing ?? 0)) &&
            (before.criteriaOutcome === 'no_go' || after.criteriaOutcome === 'go')
          );
        },
      ),
    );
  });
});

describe('assessReadiness: the recorded decision', () => {
  const decision = (outcome: 'go' | 'no_go'): GateDecision => ({
    decision: outcome,
    decidedOn: '2026-03-01' as IsoDate,
    note: 'Steering group meeting',
    decidedBy: 'Deniz Kaya',
  });

  it('sets the outcome to a go decision although the criteria say no-go, and says they differ', () => {
    const result = assessReadiness(input(justEnough.slice(1), { decision: decision('go') }));
    expect(result).toMatchObject({
      criteriaOutcome: 'no_go',
      outcome: 'go',
      basis: 'decision',
      decision: decision('go'),
      decisionDiffersFromCriteria: true,
    });
  });

  it('sets the outcome to a no-go decision although the criteria say go', () => {
    const result = assessReadiness(input(justEnough, { decision: decision('no_go') }));
    expect(result).toMatchObject({
      criteriaOutcome: 'go',
      outcome: 'no_go',
      basis: 'decision',
      decisionDiffersFromCriteria: true,
    });
  });

  it('does not flag a decision that agrees with the criteria', () => {
    const result = assessReadiness(input(justEnough, { decision: decision('go') }));
    expect(result).toMatchObject({
      outcome: 'go',
      basis: 'decision',
      decisionDiffersFromCriteria: false,
    });
  });

  it('follows the criteria without a decision', () => {
    const result = assessReadiness(input(justEnough.slice(1)));
    expect(result).toMatchObject({
      outcome: 'no_go',
      basis: 'criteria',
      decision: null,
      decisionDiffersFromCriteria: false,
    });
  });
});
