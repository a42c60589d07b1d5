// The attendance list for download (CSV or XLSX): one row per registration, snake_case headings.
// Formulas are neutralised by the writers; control characters a guest typed are made visible here.

import { compareText } from '@kume/core';
import type { Cell, SheetTable } from '@kume/io';
import type { Registration } from './presentRegistration';

export const ATTENDANCE_HEADINGS = [
  'name',
  'organisation',
  'organisation_type',
  'email',
  'status',
  'source',
  'waitlist_position',
  'registered_at',
  'checked_in_at',
] as const;

/**
 * C0 and C1 control characters other than tab and line breaks: shown as U+FFFD, so that an escape
 * sequence in a name cannot act on a terminal that prints the CSV (the XLSX writer drops them).
 */
// eslint-disable-next-line no-control-regex -- finding exactly these characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function visibleText(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

/** The rows sorted by name in `locale`'s order; instants as ISO 8601 UTC. */
export function attendanceTable(
  registrations: readonly Registration[],
  locale: string,
): SheetTable {
  const rows: Cell[][] = [...registrations]
    .sort((a, b) => compareText(locale, a.name, b.name))
    .map((r) => [
      visibleText(r.name),
      visibleText(r.organisationName),
      r.organisationType,
      visibleText(r.email),
      r.status,
      r.source,
      r.waitlistPosition,
      r.createdAt,
      r.checkedInAt,
    ]);
  return { name: 'attendance', headings: ATTENDANCE_HEADINGS, rows };
}
