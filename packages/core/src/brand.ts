// Branded types: codes and identifiers that must not be mixed up although they are all strings.

declare const brand: unique symbol;

/** A `T` that only values made by the matching constructor carry; `Brand<string, 'IndustryCode'>`. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** An ISO calendar date, `YYYY-MM-DD`, with no time zone: visits, follow-ups and decisions happen on days. */
export type IsoDate = Brand<string, 'IsoDate'>;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; undefined when the text is not a real calendar day (2026-02-30 is not). */
export function parseIsoDate(text: string): IsoDate | undefined {
  const match = isoDatePattern.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return match[0] as IsoDate;
}

/** The calendar day of an instant in UTC. */
export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10) as IsoDate;
}

/** Adds whole days to a calendar day. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return isoDateOf(instant);
}
