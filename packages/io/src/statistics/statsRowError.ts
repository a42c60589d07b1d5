// What a statistics reader returns: a table, or the errors that stopped it (all or nothing),
// each placed by line and column so the command line can print `file:line:column: message`.

import type { StatsTable } from '@kume/core/stats/statsTable';

export interface StatsRowError {
  /** 1-based line of the file, the heading row being line 1 (XLSX: the worksheet row). */
  line: number;
  /** 1-based column: the field's position in the row (not a character offset). */
  column: number;
  message: string;
  /** For an error of a column mapping: the field it is about (`employment`). */
  field?: string;
}

/** The layout a file was read as. */
export type StatsLayout = 'cbp' | 'generic' | 'eurostat';

export type StatsReadResult =
  | { table: StatsTable; layout: StatsLayout; errors: []; moreErrors: 0 }
  | {
      table: null;
      layout: StatsLayout | null;
      /** The first errors, in file order (at most `maxErrors`, 100 by default). */
      errors: StatsRowError[];
      /** How many further errors were found but not listed. */
      moreErrors: number;
    };

/** `file:line:column: message`, as compilers print it. */
export function formatRowError(file: string, error: StatsRowError): string {
  return `${file}:${error.line}:${error.column}: ${error.message}`;
}
