// Locale-aware ordering of names: Turkish order (c < ç, i after ı) for Turkish users.

const collators = new Map<string, Intl.Collator>();

/** A cached collator for a UI language; numeric so that "Firm 2" sorts before "Firm 10". */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** Compares two texts in the order of `locale`; missing values sort last. */
export function compareText(
  locale: string,
  a: string | null | undefined,
  b: string | null | undefined,
): number {
  if (a == null || a === '') return b == null || b === '' ? 0 : 1;
  if (b == null || b === '') return -1;
  return collatorFor(locale).compare(a, b);
}
