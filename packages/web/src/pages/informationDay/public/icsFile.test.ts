// The "add to calendar" file follows RFC 5545: escaped text, folded lines, floating local times.

import { describe, expect, it } from 'vitest';
import { foldLine, icsFile, icsText, type CalendarEvent } from './icsFile';

const event: CalendarEvent = {
  uid: 'ABCD2345-2026-11-26@kume',
  title: 'Bilgilendirme Günü; makine, metal',
  date: '2026-11-26',
  startTime: '09:30',
  endTime: '12:30',
  location: 'İzmir Ticaret Odası, Alsancak',
  description: 'Program:\n09:30 Açılış\\Kayıt',
  url: 'https://kume.example/e/ticket/tok',
};

/** The content lines of a file, with folded lines joined back (RFC 5545 3.1 unfolding). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('icsFile', () => {
  const now = new Date('2026-11-20T08:15:30.123Z');

  it('is one event with the venue-local start and end (no time zone) and a UTC stamp', () => {
    const lines = unfold(icsFile(event, now));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20261126T093000');
    expect(lines).toContain('DTEND:20261126T123000');
    expect(lines).toContain('DTSTAMP:20261120T081530Z');
    expect(lines).toContain('UID:ABCD2345-2026-11-26@kume');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-1)).toBe('');
  });

  it('escapes semicolons, commas, backslashes and line breaks in text', () => {
    const lines = unfold(icsFile(event, now));
    expect(lines).toContain('SUMMARY:Bilgilendirme Günü\\; makine\\, metal');
    expect(lines).toContain('LOCATION:İzmir Ticaret Odası\\, Alsancak');
    expect(lines).toContain('DESCRIPTION:Program:\\n09:30 Açılış\\\\Kayıt');
  });

  it('keeps hostile text as text: markup and line breaks cannot add properties', () => {
    const hostile = { ...event, title: '<script>x</script>\r\nATTENDEE:evil@example.com' };
    const lines = unfold(icsFile(hostile, now));
    expect(lines.some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    expect(lines).toContain('SUMMARY:<script>x</script>\\nATTENDEE:evil@example.com');
  });
});

describe('foldLine and icsText', () => {
  it('folds at 75 octets without splitting a Turkish letter, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'ğ'.repeat(100)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    for (const part of folded.split('\r\n'))
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(icsText('plain')).toBe('plain');
  });
});
