// The visit form's values and their conversion from a visit and to the API's input.

import { VISIT_LEVELS, type VisitLevel } from '@kume/core';
import type { VisitView } from '@kume/server';
import { todayIso } from '../../i18n/format';

export interface FollowUpFormValues {
  /** A stable key for the row while it is edited (not sent). */
  key: number;
  description: string;
  dueOn: string;
  assigneeUserId: string | null;
}

export interface VisitFormValues {
  visitedOn: string;
  level: VisitLevel;
  purpose: string;
  organisationIds: string[];
  contactIds: string[];
  teamUserIds: string[];
  notes: string;
  outcomes: string;
  followUps: FollowUpFormValues[];
}

export function newVisitValues(
  organisationId: string | null,
  userId: string | null,
): VisitFormValues {
  return {
    visitedOn: todayIso(),
    level: VISIT_LEVELS[0],
    purpose: '',
    organisationIds: organisationId ? [organisationId] : [],
    contactIds: [],
    teamUserIds: userId ? [userId] : [],
    notes: '',
    outcomes: '',
    followUps: [],
  };
}

export function visitValues(visit: VisitView): VisitFormValues {
  return {
    visitedOn: visit.visitedOn,
    level: visit.level,
    purpose: visit.purpose,
    organisationIds: visit.organisations.map((o) => o.id),
    contactIds: visit.contacts.map((c) => c.id),
    teamUserIds: visit.team.map((m) => m.userId),
    notes: visit.notes,
    outcomes: visit.outcomes,
    followUps: [],
  };
}

/** What `visitInputSchema` is asked to parse; follow-up rows lose their keys. */
export function visitInput(values: VisitFormValues) {
  return {
    ...values,
    followUps: values.followUps.map(({ key: _key, ...followUp }) => followUp),
  };
}

/** A day `days` after `iso` (YYYY-MM-DD), for due dates' defaults. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
