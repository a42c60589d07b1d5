// Every text of a report document made XML-safe before it is written (the deck's filter): a
// control character in a name would otherwise make the DOCX unreadable. Markup stays text.

import type { ReportDocument } from '@kume/core';
import { xmlSafeText } from '../deck/xmlSafeText';

function clean(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, clean(entry)]));
  return value;
}

/** A copy of `document` with XML-invalid characters removed from every string; numbers kept. */
export function xmlSafeReport(document: ReportDocument): ReportDocument {
  // clean keeps the shape of what it is given: only strings change.
  return clean(document) as ReportDocument;
}
