// An iCalendar (RFC 5545) file of the event, made in the browser for "add to calendar": one
// VEVENT with the event's day and hours as floating local times (the venue's clock).

export interface CalendarEvent {
  /** Stable across downloads, so a calendar updates the entry instead of adding another. */
  uid: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime: string;
  endTime: string;
  location: string;
  description: string;
  /** The guest's ticket page. */
  url: string;
}

/** TEXT value escaping of RFC 5545 3.3.11: backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with a space.
 * Counted in UTF-8 bytes and never inside a character, so Turkish letters stay whole.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2026-11-26` and `09:30` as the floating DATE-TIME `20261126T093000`. */
function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** `now` as the UTC DATE-TIME of DTSTAMP, `20261126T081500Z`. */
function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The whole file: CRLF line ends, folded lines, text escaped. `now` is the DTSTAMP. */
export function icsFile(event: CalendarEvent, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kume//Information Day//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(event.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${localDateTime(event.date, event.startTime)}`,
    `DTEND:${localDateTime(event.date, event.endTime)}`,
    `SUMMARY:${icsText(event.title)}`,
    `LOCATION:${icsText(event.location)}`,
    `DESCRIPTION:${icsText(event.description)}`,
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
