// A dataset's years in a few characters, for lists and the bar of choices.

/** "2000–2011" for consecutive years, one year alone, else the years listed; '' for none. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted.at(-1) as number;
  if (sorted.length === 1) return String(first);
  return last - first === sorted.length - 1 ? `${first}–${last}` : sorted.join(', ');
}
