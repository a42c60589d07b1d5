// The event's day and hours as people read them, in the UI language (Intl), and a registration's
// check-in instant as a clock time.

const localeTag = (language: string) => (language === 'tr' ? 'tr-TR' : 'en-GB');

/** `2026-11-26` as "26 Kasım 2026 Perşembe" or "Thursday, 26 November 2026"; the day as given. */
export function eventDateText(date: string, language: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(localeTag(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/** "09:30–12:30" (the times are the venue's, shown as stored). */
export function timeRangeText(startTime: string, endTime: string): string {
  return `${startTime}–${endTime}`;
}

/** An instant (ISO 8601) as "14:05" in this browser's time zone; '' for null. */
export function clockText(instant: string | null, language: string): string {
  if (!instant) return '';
  const time = new Date(instant);
  if (Number.isNaN(time.getTime())) return '';
  return new Intl.DateTimeFormat(localeTag(language), {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(time);
}
