// Which follow-ups of the stakeholder visits are late.

import type { IsoDate } from '../brand';

export interface FollowUpDue {
  dueOn: IsoDate;
  doneOn: IsoDate | null;
}

/** Overdue: not done and due before `today` (due today is not late yet). Oldest first. */
export function overdueFollowUps<T extends FollowUpDue>(
  followUps: readonly T[],
  today: IsoDate,
): T[] {
  return followUps
    .filter((followUp) => followUp.doneOn === null && followUp.dueOn < today)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/** Whole days a follow-up is late on `today`; 0 when it is not. */
export function daysOverdue(followUp: FollowUpDue, today: IsoDate): number {
  if (followUp.doneOn !== null || followUp.dueOn >= today) return 0;
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${followUp.dueOn}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
