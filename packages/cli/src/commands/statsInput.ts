// Loading the inputs of `kume stats`: the statistics file (with a progress line), the cluster
// definition, years given as options; bad input becomes a UsageError naming file, line, column.

import { existsSync, statSync } from 'node:fs';
import type { ClusterDefinition } from '@kume/core/stats/clusterDefinition';
import type { UncoveredIndustry } from '@kume/core/stats/aggregateClusters';
import { StatsInputError } from '@kume/core/stats/statsInputError';
import type { StatsTable } from '@kume/core/stats/statsTable';
import {
  formatRowError,
  readClusterDefinitionFile,
  readStatisticsFile,
  type ReadProgress,
  type StatsRowError,
} from '@kume/io/statistics';
import { UsageError } from '../usageError';
import type { StatsFlags } from './statsCommand';
import { industriesUsedBy } from './statsIndustryFilter';

/** Files above this size get a progress line on a terminal. */
const LARGE_FILE_BYTES = 8 * 1024 * 1024;

/** The errors of a file as `file:line:column: message` lines, with a count of the rest. */
export function rowErrorsMessage(file: string, errors: StatsRowError[], moreErrors = 0): string {
  const lines = errors.map((error) => formatRowError(file, error));
  if (moreErrors > 0) lines.push(`... and ${moreErrors} more errors in ${file}`);
  return lines.join('\n');
}

function checkReadable(option: string, file: string) {
  if (!existsSync(file)) throw new UsageError(`${option}: ${file} does not exist`);
  if (!statSync(file).isFile()) throw new UsageError(`${option}: ${file} is not a file`);
}

/**
 * A progress reporter for reading `file`: on a terminal a line rewritten in place, with
 * --progress elsewhere a line every 10%; none for small files on a terminal without --progress.
 */
function progressLine(file: string, forced: boolean): ReadProgress | undefined {
  const tty = process.stderr.isTTY === true;
  if (!forced && !(tty && statSync(file).size >= LARGE_FILE_BYTES)) return undefined;
  let shown = -1;
  return (bytesRead, totalBytes) => {
    const percent = totalBytes > 0 ? Math.floor((bytesRead / totalBytes) * 100) : 100;
    const step = tty ? percent : Math.floor(percent / 10) * 10;
    if (step === shown) return;
    shown = step;
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    const text = `Reading ${file}: ${step}% (${mb(bytesRead)} of ${mb(totalBytes)} MB)`;
    if (tty) process.stderr.write(`\r${text}${percent >= 100 ? '\n' : ''}`);
    else process.stderr.write(`${text}\n`);
  };
}

/**
 * Reads --data into a StatsTable, or throws a UsageError listing every error. Only the rows of
 * industries the definition can use are loaded (industriesUsedBy); the others are not checked.
 */
export async function loadStatistics(
  flags: StatsFlags,
  definition: ClusterDefinition,
): Promise<StatsTable> {
  checkReadable('--data', flags.data);
  const progress = progressLine(flags.data, flags.progress === true);
  const result = await readStatisticsFile(flags.data, {
    keepIndustry: industriesUsedBy(definition),
    ...(progress ? { onProgress: progress } : {}),
  });
  if (!result.table) {
    throw new UsageError(
      `${flags.data} was not read (nothing imported):\n${rowErrorsMessage(flags.data, result.errors, result.moreErrors)}`,
    );
  }
  return result.table;
}

/** Reads --definitions, or throws a UsageError listing every error. */
export async function loadDefinition(flags: StatsFlags): Promise<ClusterDefinition> {
  checkReadable('--definitions', flags.definitions);
  const result = await readClusterDefinitionFile(flags.definitions);
  if (!result.definition) {
    throw new UsageError(
      `${flags.definitions} is not a usable cluster definition:\n${rowErrorsMessage(flags.definitions, result.errors)}`,
    );
  }
  return result.definition;
}

/** A year option as a number, or undefined when not given. */
export function yearOption(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(year))
    throw new UsageError(`${option}: "${value}" is not a year`);
  return year;
}

/** Runs a computation, turning the engine's bad-input errors into usage errors. */
export function computing<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof StatsInputError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Tells on standard error which codes of the data at the definition's level are in no cluster,
 * with their employment (summed over the years), so that nothing is dropped silently.
 */
export function reportUncovered(
  uncovered: { years: readonly number[]; industries: readonly UncoveredIndustry[] },
  definitionFile: string,
): void {
  const { industries, years } = uncovered;
  if (industries.length === 0) return;
  const total = industries.reduce((sum, industry) => sum + industry.total, 0);
  // Thousands separators by hand: the first toLocaleString call loads ICU data (15 ms).
  const jobs = (value: number) => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const span = years.length > 1 ? `${years[0]}-${years.at(-1)}` : `${years[0]}`;
  const shown = industries.slice(0, 20).map((i) => `${i.code} (${jobs(i.total)})`);
  const more =
    industries.length > shown.length ? `, ... and ${industries.length - shown.length} more` : '';
  console.error(
    `kume: ${industries.length} industry codes of the data are in no cluster of ${definitionFile}, ${jobs(total)} jobs summed over ${span} (counted in lq_total's totals only): ${shown.join(', ')}${more}`,
  );
}

/** Prints the engine's warnings (a benchmark without employment in a year, nothing matched). */
export function reportWarnings(warnings: readonly string[]): void {
  for (const warning of warnings) console.error(`kume: warning: ${warning}`);
}
