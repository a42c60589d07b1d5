// The error the statistics engine throws for input it cannot compute on (a benchmark region or a
// year that is not in the data), so that callers can tell bad input from a bug.

/** Bad input to the statistics engine; the message names the region, year or option. */
export class StatsInputError extends Error {
  override readonly name = 'StatsInputError';
}
