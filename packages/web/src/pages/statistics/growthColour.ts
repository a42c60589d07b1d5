// The colour of a growth figure in the tables: green for growth, red for decline.

/** A Mantine colour for a growth rate; undefined (plain text) for none or no change. */
export function growthColour(value: number | null): string | undefined {
  if (value === null || value === 0) return undefined;
  return value > 0 ? 'teal.8' : 'red.8';
}
