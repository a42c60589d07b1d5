// The facilitator's choice of working group members against the suggestion and the confirmed
// group: where the choice starts, what differs, and the programme minimums it meets.

import type { OrganisationType, WorkingGroupSuggestion } from '@kume/core';

/** Members of `chosen` not in `base`, and of `base` not in `chosen`, each in its list's order. */
export interface GroupDiff {
  added: string[];
  removed: string[];
}

export function groupDiff(base: readonly string[], chosen: readonly string[]): GroupDiff {
  const inBase = new Set(base);
  const inChosen = new Set(chosen);
  return {
    added: chosen.filter((id) => !inBase.has(id)),
    removed: base.filter((id) => !inChosen.has(id)),
  };
}

/** Same members, order aside: a re-confirmation would change nothing. */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const diff = groupDiff(a, b);
  return diff.added.length === 0 && diff.removed.length === 0;
}

/** The choice the page starts from: the confirmed group, else the suggestion. */
export function initialSelection(
  suggestion: Pick<WorkingGroupSuggestion, 'members'>,
  confirmed: { memberIds: readonly string[] } | null,
): string[] {
  return confirmed ? [...confirmed.memberIds] : suggestion.members.map((member) => member.id);
}

/**
 * The minimums met by `chosen`: chambers, universities, and firms (of `firmTypes`), each with the
 * suggestion's need. Organisations not in `typeOf` (deleted since) count for nothing.
 */
export function selectionMinimums(
  chosen: readonly string[],
  typeOf: ReadonlyMap<string, OrganisationType>,
  firmTypes: readonly OrganisationType[],
  need: WorkingGroupSuggestion['meetsMinimums'],
): WorkingGroupSuggestion['meetsMinimums'] {
  const types = chosen.map((id) => typeOf.get(id));
  const count = (is: (type: OrganisationType) => boolean) =>
    types.filter((type) => type !== undefined && is(type)).length;
  return {
    chambers: { have: count((t) => t === 'chamber'), need: need.chambers.need },
    universities: { have: count((t) => t === 'university'), need: need.universities.need },
    firms: { have: count((t) => firmTypes.includes(t)), need: need.firms.need },
  };
}
