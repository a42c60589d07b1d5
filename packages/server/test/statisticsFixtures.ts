// Small statistics files with results worked out by hand, helpers that import them through the
// API, and the `kume stats clusters` command to compare with, for the statistics route tests.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expectStatus, upload } from './projectFixtures';
import type { Agent } from './testApp';

/**
 * Four regions, traded clusters farm (111) and metal (222), local retail (333), and 999 in no
 * cluster; 2010 and 2015. In 2015 traded employment is A 500, B 400, C 100, D 160 (nation 1160,
 * farm 560, metal 600), so LQ(A, farm) = (400 / 500) / (560 / 1160) and the strong clusters
 * (LQ >= q75 of the cluster's LQs, LQ >= 1, employment and establishments > q25) are A in farm
 * and D in metal only.
 */
export const SMALL_DATASET = [
  'region,industry,year,employment,establishments',
  'A,111,2015,400,20',
  'A,222,2015,100,10',
  'A,333,2015,500,50',
  'A,999,2015,50,5',
  'B,111,2015,100,10',
  'B,222,2015,300,15',
  'B,333,2015,400,40',
  'C,111,2015,50,5',
  'C,222,2015,50,5',
  'C,333,2015,200,20',
  'D,111,2015,10,1',
  'D,222,2015,150,12',
  'D,333,2015,100,10',
  'A,111,2010,300,18',
  'A,222,2010,100,10',
  'A,333,2010,500,50',
  'B,111,2010,100,10',
  'B,222,2010,200,12',
  'B,333,2010,400,40',
  'C,111,2010,50,5',
  'C,222,2010,50,5',
  'C,333,2010,200,20',
  'D,111,2010,10,1',
  'D,222,2010,150,12',
  'D,333,2010,100,10',
].join('\n');

/** SMALL_DATASET with a national row "US" (farm 1000, metal 3000, retail 5000 in both years). */
export const DATASET_WITH_NATION = [
  SMALL_DATASET,
  'US,111,2015,1000,80',
  'US,222,2015,3000,150',
  'US,333,2015,5000,400',
  'US,111,2010,1000,80',
  'US,222,2010,3000,150',
  'US,333,2010,5000,400',
].join('\n');

export const SMALL_DEFINITION = [
  'industry,cluster,type,cluster_name',
  '111,farm,traded,Farming',
  '222,metal,traded,Metalworking',
  '333,retail,local,Retail',
].join('\n');

/** Hand-made LQs of 2015 (nation = sum of A to D). */
export const LQ_2015 = {
  farm: { A: 400 / 500 / (560 / 1160), C: 50 / 100 / (560 / 1160) },
  metal: { D: 150 / 160 / (600 / 1160) },
};

const base = (slug: string) => `/api/projects/${slug}/statistics`;

/** Imports a dataset and answers its id. */
export async function addDataset(
  agent: Agent,
  slug: string,
  content: string | Uint8Array = SMALL_DATASET,
  fileName = 'small.csv',
  options?: Record<string, unknown>,
): Promise<string> {
  const response = expectStatus(
    await upload(agent, `${base(slug)}/datasets`, fileName, content, options),
    201,
  );
  return (response.json() as { id: string }).id;
}

/** Imports a cluster definition and answers its id. */
export async function addDefinition(
  agent: Agent,
  slug: string,
  content = SMALL_DEFINITION,
  fileName = 'clusters.csv',
): Promise<string> {
  const response = expectStatus(
    await upload(agent, `${base(slug)}/definitions`, fileName, content),
    201,
  );
  return (response.json() as { id: string }).id;
}

/** Imports a relatedness matrix and answers its id. */
export async function addRelatedness(
  agent: Agent,
  slug: string,
  content: string,
  fileName = 'related.csv',
): Promise<string> {
  const response = expectStatus(
    await upload(agent, `${base(slug)}/relatedness`, fileName, content),
    201,
  );
  return (response.json() as { id: string }).id;
}

/** The statistics URL of a project with a query string. */
export function statisticsUrl(
  slug: string,
  path: string,
  query: Record<string, string | number | undefined> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return `${base(slug)}/${path}${text === '' ? '' : `?${text}`}`;
}

/** The repository root; ../shared/data lies beside it. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `kume stats clusters` on files and answers its standard output. */
export async function cliClusters(dataPath: string, definitionPath: string, args: string[]) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(repositoryRoot, 'packages/cli/bin/kume.mjs'),
      'stats',
      'clusters',
      '--data',
      dataPath,
      '--definitions',
      definitionPath,
      ...args,
    ],
    { cwd: repositoryRoot, maxBuffer: 256 * 1024 * 1024 },
  );
  return stdout;
}
