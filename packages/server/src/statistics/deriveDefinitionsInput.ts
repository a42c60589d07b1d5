// What a derivation works on, read from the project: the dataset's year as region x industry
// matrices (through the statistics caches), the traded industries of a definition, an IO table
// placed on the industries, their names. Every problem is a 400 naming the field.

import {
  establishmentMatrix,
  industryMatrix,
  normaliseIndustryCode,
  prefixConcordance,
  type StatsTable,
} from '@kume/core';
import { findClusterDefinition, findIoTable, type Db } from '@kume/db';
import { BEA_1997_SUMMARY_PREFIXES } from '@kume/io/statistics';
import { HttpError, notFound } from '../http/httpError';
import { datasetTable, requireDataset, type StatisticsCaches } from './clusterAnalysis';
import type { DeriveJob } from './deriveDefinitionsCompute';
import { industryNames } from './deriveDefinitionsNames';
import { MAX_DERIVE_INDUSTRIES, type DeriveBody } from './deriveDefinitionsSchemas';
import { definitionFromEntries } from './definitionEntries';

/** A 400 on a field of the body ('' for the body as a whole). */
export const invalidBody = (field: string, message: string) =>
  new HttpError(400, 'validation', message, [
    { path: field === '' ? 'body' : `body.${field}`, message },
  ]);

/** Whether any row of the year has establishments (a generic file may have none). */
function hasEstablishments(table: StatsTable, year: number): boolean {
  for (let i = 0; i < table.length; i++)
    if (table.year[i] === year && table.establishments[i]! > 0) return true;
  return false;
}

/** The traded industries (normalised codes) of a project definition. */
async function tradedIndustries(db: Db, projectId: string, id: string): Promise<Set<string>> {
  const row = await findClusterDefinition(db, projectId, id);
  if (!row) throw notFound('cluster definition');
  const { definition, errors } = definitionFromEntries(row.entries);
  if (errors.length > 0)
    throw invalidBody('definitionId', `the cluster definition has errors: ${errors[0]!.message}`);
  return new Set(
    definition.industries
      .filter((industry) => definition.clusters[industry.cluster]?.type === 'traded')
      .map((industry) => industry.code),
  );
}

/**
 * The IO table's cells and the IO code of each industry: its own code when the table has it,
 * else by code prefix (core's prefixConcordance; for BEA's layout with its letter codes known).
 */
async function ioInput(db: Db, projectId: string, id: string, industries: readonly string[]) {
  const table = await findIoTable(db, projectId, id);
  if (!table) throw notFound('IO table');
  const columns = new Map(table.industries.map((code) => [normaliseIndustryCode(code), code]));
  const byPrefix = prefixConcordance(
    table.industries,
    table.layout === 'bea' ? { prefixes: BEA_1997_SUMMARY_PREFIXES } : {},
  );
  const ioCodes: Record<string, string> = {};
  for (const industry of industries) {
    const code = columns.get(industry) ?? byPrefix(industry);
    if (code !== undefined) ioCodes[industry] = code;
  }
  const cells = table.cells.map(([supplier, industry, coefficient]) => ({
    supplier,
    industry,
    coefficient,
  }));
  return { io: { cells, ioCodes }, names: table.names };
}

/** Reads and checks what the body names, and lays out the job (deriveDefinitionsCompute). */
export async function prepareDeriveJob(
  db: Db,
  caches: StatisticsCaches,
  projectId: string,
  body: DeriveBody,
): Promise<DeriveJob> {
  const dataset = await requireDataset(db, projectId, body.datasetId);
  const year = body.year ?? dataset.years.at(-1);
  if (year === undefined || !dataset.years.includes(year))
    throw invalidBody(
      'year',
      `${year ?? 'no year'} is not a year of the dataset (${dataset.years.join(', ')})`,
    );
  const table = await datasetTable(db, caches, dataset);
  if (body.benchmark !== undefined && !table.regions.includes(body.benchmark))
    throw invalidBody('benchmark', `region "${body.benchmark}" is not in the dataset`);
  const options = {
    year,
    ...(body.level === undefined ? {} : { level: body.level }),
    ...(body.benchmark === undefined ? {} : { exclude: [body.benchmark] }),
  };
  const employment = industryMatrix(table, options);
  if (employment.industries.length < 2)
    throw invalidBody(
      body.level === undefined ? 'datasetId' : 'level',
      `the dataset has ${employment.industries.length === 0 ? 'no industry' : 'one industry'}${body.level === undefined ? '' : ` of ${body.level} digits`} in ${year}: nothing to relate`,
    );

  let related = [...employment.industries];
  let keep: string[] | undefined;
  if (body.keep === 'traded') {
    const traded = await tradedIndustries(db, projectId, body.definitionId!);
    related = related.filter((code) => traded.has(code));
    if (related.length < 2)
      throw invalidBody(
        'definitionId',
        `${related.length} of the definition's ${traded.size} traded industries are in the dataset in ${year}: nothing to cluster (do the codes have the same level?)`,
      );
    keep = related;
  }
  if (related.length > MAX_DERIVE_INDUSTRIES)
    throw invalidBody(
      body.keep === 'traded' ? 'definitionId' : 'level',
      `${related.length} industries are more than the ${MAX_DERIVE_INDUSTRIES} a derivation takes: choose a coarser level or the traded industries of a definition`,
    );

  const io =
    body.ioTableId === undefined
      ? undefined
      : await ioInput(db, projectId, body.ioTableId, related);
  return {
    year,
    employment,
    ...(hasEstablishments(table, year)
      ? { establishments: establishmentMatrix(table, options) }
      : {}),
    variable: body.variable,
    ...(keep ? { keep } : {}),
    ...(io ? { io: io.io } : {}),
    method: body.method,
    clusters: body.clusters,
    seed: body.seed,
    names: industryNames(related, body.language, io?.names),
  };
}
