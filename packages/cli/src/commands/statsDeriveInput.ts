// The inputs of `kume stats derive-definitions`: the statistics as region x industry matrices,
// the IO table with the place of each industry in it, the definition whose traded industries are
// clustered; every problem becomes a UsageError naming the file and the option.

import { existsSync, statSync } from 'node:fs';
import type { ClusterDefinition } from '@kume/core/stats/clusterDefinition';
import { establishmentMatrix } from '@kume/core/stats/derive/establishmentMatrix';
import { prefixConcordance } from '@kume/core/stats/derive/prefixConcordance';
import { industryMatrix, type IndustryMatrix } from '@kume/core/stats/industryMatrix';
import { industryCodeLevel, normaliseIndustryCode } from '@kume/core/stats/industryCodes';
import type { DirectRequirement } from '@kume/core/network/ioLinkages';
import { tableYears } from '@kume/core/stats/tableYears';
import {
  BEA_1997_SUMMARY_PREFIXES,
  readClusterDefinitionFile,
  readDirectRequirements,
  readIoConcordance,
  readStatisticsFile,
} from '@kume/io/statistics';
import { UsageError } from '../usageError';
import type { StatsDeriveFlags } from './statsDeriveCommand';
import { rowErrorsMessage, yearOption } from './statsInput';

function checkReadable(option: string, file: string) {
  if (!existsSync(file)) throw new UsageError(`${option}: ${file} does not exist`);
  if (!statSync(file).isFile()) throw new UsageError(`${option}: ${file} is not a file`);
}

/** A whole number option of at least `min`, or undefined when not given. */
export function countOption(
  option: string,
  value: string | undefined,
  min: number,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || number < min)
    throw new UsageError(`${option}: "${value}" is not a whole number of at least ${min}`);
  return number;
}

export interface DeriveMatrices {
  year: number;
  employment: IndustryMatrix;
  /** Undefined when the data has no establishments in the year (Eurostat tables, say). */
  establishments: IndustryMatrix | undefined;
}

/**
 * Reads --data and lays out the year's employment and establishments by region and industry;
 * establishments are left out when the data has none in that year.
 */
export async function loadDeriveMatrices(flags: StatsDeriveFlags): Promise<DeriveMatrices> {
  checkReadable('--data', flags.data);
  const level = countOption('--level', flags.level, 1);
  const wantedYear = yearOption('--year', flags.year);
  const result = await readStatisticsFile(flags.data, {
    // Only codes at the chosen level count; without one, all (industryMatrix takes the finest).
    keepIndustry: (raw) => {
      const codeLevel = industryCodeLevel(normaliseIndustryCode(raw));
      return level === undefined || codeLevel === level;
    },
  });
  if (!result.table)
    throw new UsageError(
      `${flags.data} was not read (nothing imported):\n${rowErrorsMessage(flags.data, result.errors, result.moreErrors)}`,
    );
  const years = tableYears(result.table);
  const year = wantedYear ?? years.at(-1);
  if (year === undefined || !years.includes(year))
    throw new UsageError(
      `--year: ${flags.data} has no rows for ${year ?? 'any year'}${years.length > 0 ? ` (it has ${years.join(', ')})` : ''}`,
    );
  const options = { year, ...(level === undefined ? {} : { level }) };
  const employment = industryMatrix(result.table, options);
  if (employment.industries.length < 2)
    throw new UsageError(
      `${flags.data}: fewer than 2 industries${level === undefined ? '' : ` of ${level} digits`} in ${year}: nothing to relate`,
    );
  const establishments = establishmentMatrix(result.table, options);
  const any = establishments.employment.some((count) => count > 0);
  return { year, employment, establishments: any ? establishments : undefined };
}

export interface DeriveIo {
  cells: DirectRequirement[];
  ioCodeOf: (industry: string) => string | undefined;
  /** How industries were placed in the table, for the summary. */
  placedBy: string;
}

/** Reads --io and places industries by --io-concordance or by code prefix. */
export async function loadDeriveIo(flags: StatsDeriveFlags): Promise<DeriveIo | undefined> {
  if (flags.io === undefined) {
    if (flags.ioConcordance !== undefined)
      throw new UsageError(
        '--io-concordance needs --io (the input-output table it places industries in)',
      );
    return undefined;
  }
  checkReadable('--io', flags.io);
  const read = await readDirectRequirements(flags.io);
  if (!read.table)
    throw new UsageError(
      `${flags.io} is not a usable direct-requirements table:\n${rowErrorsMessage(flags.io, read.errors, read.moreErrors)}`,
    );
  const { cells, industries } = read.table;
  if (flags.ioConcordance === undefined)
    return {
      cells,
      ioCodeOf: prefixConcordance(industries, { prefixes: BEA_1997_SUMMARY_PREFIXES }),
      placedBy: 'code prefix',
    };
  checkReadable('--io-concordance', flags.ioConcordance);
  const concordance = await readIoConcordance(flags.ioConcordance);
  if (!concordance.concordance)
    throw new UsageError(
      `${flags.ioConcordance} is not a usable concordance:\n${rowErrorsMessage(flags.ioConcordance, concordance.errors)}`,
    );
  const map = concordance.concordance;
  return { cells, ioCodeOf: (industry) => map.get(industry), placedBy: flags.ioConcordance };
}

/** Reads --definitions when given. */
export async function loadDeriveDefinition(
  flags: StatsDeriveFlags,
): Promise<ClusterDefinition | undefined> {
  if (flags.definitions === undefined) return undefined;
  checkReadable('--definitions', flags.definitions);
  const result = await readClusterDefinitionFile(flags.definitions);
  if (!result.definition)
    throw new UsageError(
      `${flags.definitions} is not a usable cluster definition:\n${rowErrorsMessage(flags.definitions, result.errors)}`,
    );
  return result.definition;
}
