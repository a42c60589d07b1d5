// The readiness gate of stage 1: is there enough local commitment and willingness to develop a
// roadmap? Go or no-go, with every reason.

import type { IsoDate } from '../brand';
import type { OrganisationType } from '../organisation/organisationTypes';
import type { ReadinessThresholds } from './readinessThresholds';

export type GateOutcome = 'go' | 'no_go';

export type ReadinessCheckId =
  | 'committed_chambers'
  | 'committed_universities'
  | 'committed_firms'
  | 'committed_share_of_visited';

export interface ReadinessCheck {
  id: ReadinessCheckId;
  met: boolean;
  /** Counts for the count checks; a share 0-1 for the share check (undefined when nobody was visited). */
  actual: number | undefined;
  required: number;
  /** How many more committed organisations would meet it (0 when met). */
  missing: number;
}

export interface GateDecision {
  decision: GateOutcome;
  decidedOn: IsoDate;
  note: string;
  decidedBy: string | null;
}

export interface ReadinessInput {
  organisations: readonly { id: string; type: OrganisationType }[];
  /** Latest willingness (1-5) of each assessed organisation, by id. */
  willingness: ReadonlyMap<string, number>;
  visitedOrganisationIds: ReadonlySet<string>;
  thresholds: ReadinessThresholds;
  /** The facilitator's latest recorded decision, if any. */
  decision: GateDecision | null;
}

export interface ReadinessAssessment {
  /** What the criteria say: go only when every check is met. */
  criteriaOutcome: GateOutcome;
  checks: ReadinessCheck[];
  /** The gate as it stands: the recorded decision when there is one, else the criteria. */
  outcome: GateOutcome;
  basis: 'decision' | 'criteria';
  decision: GateDecision | null;
  /** The recorded decision says otherwise than the criteria do now. */
  decisionDiffersFromCriteria: boolean;
  counts: {
    organisations: number;
    visited: number;
    assessed: number;
    committed: number;
    committedVisited: number;
  };
}

function countCheck(id: ReadinessCheckId, actual: number, required: number): ReadinessCheck {
  return { id, met: actual >= required, actual, required, missing: Math.max(0, required - actual) };
}

/**
 * Assesses the readiness gate. Counts are of committed organisations (latest willingness at or
 * above the threshold); the share is committed visited organisations over visited organisations.
 * With no visits yet, the share is undefined and its check is not met unless its threshold is 0.
 */
export function assessReadiness(input: ReadinessInput): ReadinessAssessment {
  const { thresholds } = input;
  const isCommitted = (id: string) =>
    (input.willingness.get(id) ?? 0) >= thresholds.committedWillingness;
  const firmTypes = new Set<OrganisationType>(thresholds.firmTypes);

  let chambers = 0;
  let universities = 0;
  let firms = 0;
  let committed = 0;
  let committedVisited = 0;
  let visited = 0;
  for (const organisation of input.organisations) {
    const wasVisited = input.visitedOrganisationIds.has(organisation.id);
    if (wasVisited) visited += 1;
    if (!isCommitted(organisation.id)) continue;
    committed += 1;
    if (wasVisited) committedVisited += 1;
    if (organisation.type === 'chamber') chambers += 1;
    if (organisation.type === 'university') universities += 1;
    if (firmTypes.has(organisation.type)) firms += 1;
  }

  const share = visited === 0 ? undefined : committedVisited / visited;
  const shareNeeded = Math.max(
    0,
    Math.ceil(thresholds.minCommittedShareOfVisited * visited - 1e-9) - committedVisited,
  );
  const checks: ReadinessCheck[] = [
    countCheck('committed_chambers', chambers, thresholds.minCommittedChambers),
    countCheck('committed_universities', universities, thresholds.minCommittedUniversities),
    countCheck('committed_firms', firms, thresholds.minCommittedFirms),
    {
      id: 'committed_share_of_visited',
      met:
        share === undefined
          ? thresholds.minCommittedShareOfVisited === 0
          : share >= thresholds.minCommittedShareOfVisited - 1e-9,
      actual: share,
      required: thresholds.minCommittedShareOfVisited,
      missing: share === undefined ? 0 : shareNeeded,
    },
  ];
  const criteriaOutcome: GateOutcome = checks.every((check) => check.met) ? 'go' : 'no_go';
  const decision = input.decision;
  return {
    criteriaOutcome,
    checks,
    outcome: decision ? decision.decision : criteriaOutcome,
    basis: decision ? 'decision' : 'criteria',
    decision,
    decisionDiffersFromCriteria: decision !== null && decision.decision !== criteriaOutcome,
    counts: {
      organisations: input.organisations.length,
      visited,
      assessed: input.organisations.filter((o) => input.willingness.has(o.id)).length,
      committed,
      committedVisited,
    },
  };
}
