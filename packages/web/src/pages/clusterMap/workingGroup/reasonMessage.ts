// Why an organisation is suggested for the working group, as a translation key and its values:
// "covers stage Casting", "committed (willingness 5)", "programme minimum: university".

import type { OrganisationType, WorkingGroupReason } from '@kume/core';

export interface ReasonMessage {
  /** A key of the `workingGroup` namespace, e.g. `reason.covers_stage`. */
  key: string;
  values: Record<string, string | number>;
}

/** What the words need beside the reason: names in the UI language and the member's scores. */
export interface ReasonContext {
  stageName: (stageId: string) => string;
  typeName: (type: OrganisationType) => string;
  willingness: number | null;
  influence: number | null;
}

/**
 * The sentence of one reason. Committed and influential name the score when it is known (a
 * member suggested for them always has one; the fallback covers a reload between an assessment
 * and the map).
 */
export function reasonMessage(reason: WorkingGroupReason, context: ReasonContext): ReasonMessage {
  switch (reason.code) {
    case 'covers_stage':
      return {
        key: 'reason.covers_stage',
        values: { stage: reason.stageId ? context.stageName(reason.stageId) : '' },
      };
    case 'covers_type':
      return {
        key: 'reason.covers_type',
        values: { type: reason.type ? context.typeName(reason.type) : '' },
      };
    case 'committed':
      return context.willingness === null
        ? { key: 'reason.committedNoScore', values: {} }
        : { key: 'reason.committed', values: { score: context.willingness } };
    case 'influential':
      return context.influence === null
        ? { key: 'reason.influentialNoScore', values: {} }
        : { key: 'reason.influential', values: { score: context.influence } };
    default:
      // broker, minimum_chamber, minimum_university, minimum_firm: no values
      return { key: `reason.${reason.code}`, values: {} };
  }
}
