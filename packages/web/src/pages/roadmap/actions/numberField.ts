// Numbers typed in the roadmap's forms: the separators of the UI language on the inputs, and the
// inputs' values (a number, or the text being typed) turned into what core's schemas parse.

/** A NumberInput's value: a number once the text reads as one, else the text. */
export type NumberFieldValue = number | string;

/**
 * NumberInput props for `language`: Turkish groups thousands with "." and writes decimals with ",",
 * English the other way round; only that language's decimal separator types a decimal point.
 */
export function numberInputProps(language: string) {
  return language === 'tr'
    ? { thousandSeparator: '.', decimalSeparator: ',', allowedDecimalSeparators: [','] }
    : { thousandSeparator: ',', decimalSeparator: '.', allowedDecimalSeparators: ['.'] };
}

/**
 * The value for a schema: a number as it is, nothing typed as `empty` (null for an optional
 * figure, '' for a required one, which the schema calls missing), any other text NaN (which the
 * schema calls "not a number").
 */
export function numberOf<E extends null | ''>(value: NumberFieldValue, empty: E): number | E {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text === '') return empty;
  // A lone "-" or "," while typing: not yet a number.
  const number = Number(text);
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? number : Number.NaN;
}
