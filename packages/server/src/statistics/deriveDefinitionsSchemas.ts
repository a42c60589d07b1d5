// The bodies and answers of the derive routes (derive a definition from a dataset, compare it with
// a project definition, save it), shared by the routes and the web app's types.

import { z } from 'zod';

/** More industries than this are refused: the matrices are n x n, the grid's k-means about n^3. */
export const MAX_DERIVE_INDUSTRIES = 2500;
/** The heat map shows every industry up to this many, else the cluster x cluster means. */
export const MAX_HEATMAP_INDUSTRIES = 400;
/** How many results of a grid the answer carries, best first. */
export const GRID_RESULTS = 10;

export const deriveBodySchema = z
  .object({
    datasetId: z.uuid({ message: 'not an id' }),
    /** Default: the dataset's latest year. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Industry code level in digits; default the finest in the data. */
    level: z.number().int().min(1).max(10).optional(),
    /** A region of the dataset standing for the nation (a national row): left out of co-location. */
    benchmark: z.string().trim().min(1).max(100).optional(),
    /** 'traded': only the industries of the traded clusters of `definitionId`. */
    keep: z.enum(['all', 'traded']).default('all'),
    definitionId: z.uuid({ message: 'not an id' }).optional(),
    /** A direct-requirements table of the project: adds input-output links. */
    ioTableId: z.uuid({ message: 'not an id' }).optional(),
    /** Co-location on the regions' shares of each industry (as DPS) or on location quotients. */
    variable: z.enum(['share', 'lq']).default('share'),
    method: z.enum(['hierarchical', 'kmeans', 'louvain', 'grid']),
    /** A number of clusters, or 'auto' (a range from n / 20 to n / 4). */
    clusters: z.union([z.number().int().min(2).max(MAX_DERIVE_INDUSTRIES), z.literal('auto')]),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .default(1),
    /** The language of industry names where Kume knows them (NACE titles). */
    language: z.enum(['en', 'tr']).default('en'),
  })
  .refine((body) => body.keep !== 'traded' || body.definitionId !== undefined, {
    message: 'choose the definition whose traded industries are clustered',
    path: ['definitionId'],
  });
export type DeriveBody = z.output<typeof deriveBodySchema>;

const scoresSchema = z.object({
  /** (vsCluster + vsIndustry) / 2, what results are ranked by. */
  score: z.number(),
  /** Share (0-1) of cluster pairs more related inside the first cluster than across, mean of measures. */
  vsCluster: z.number(),
  /** Share (0-1) of industries more related to their own cluster than to any other. */
  vsIndustry: z.number(),
  byMeasure: z.array(
    z.object({ measure: z.string(), vsCluster: z.number(), vsIndustry: z.number() }),
  ),
});

export const derivedClusterSchema = z.object({
  code: z.string(),
  /** Suggested from its largest industries (by national employment). */
  name: z.string(),
  /** Largest first. */
  industries: z.array(z.string()),
});

export const deriveResultSchema = z.object({
  parameters: z.object({
    method: z.enum(['hierarchical', 'kmeans', 'louvain']),
    k: z.number().optional(),
    threshold: z.number().optional(),
    resolution: z.number().optional(),
    seed: z.number().optional(),
  }),
  clusterCount: z.number(),
  scores: scoresSchema,
  /** Largest first; codes D01, D02, ... in that order. */
  clusters: z.array(derivedClusterSchema),
});

export const deriveAnswerSchema = z.object({
  year: z.number(),
  /** The industries clustered, in the order of the data. */
  industries: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
  measures: z.array(z.object({ name: z.string(), measured: z.number() })),
  /** Regions without data in the year, left out of co-location. */
  droppedRegions: z.array(z.string()),
  /** Per measure, the industries it could not measure and why. */
  notMeasured: z.array(
    z.object({ measure: z.string(), industries: z.array(z.string()), reason: z.string() }),
  ),
  /** Industries no measure relates: left out of the clusters. */
  leftOut: z.array(z.string()),
  /** The grid's best GRID_RESULTS, ranked; one result for a single method and k. */
  results: z.array(deriveResultSchema),
  /**
   * The combined relatedness as percentiles (integers 0-100, null where missing), ordered by the
   * best result's clusters. by 'industry': every industry (n <= MAX_HEATMAP_INDUSTRIES), codes
   * in order, clusterStarts the index where each cluster begins; by 'cluster': the mean
   * percentile of the pairs within (diagonal) and between clusters, codes the cluster codes.
   * values is row-major.
   */
  heatmap: z.object({
    by: z.enum(['industry', 'cluster']),
    codes: z.array(z.string()),
    clusterStarts: z.array(z.number()),
    values: z.array(z.number().nullable()),
  }),
  /** Seconds the derivation took (relatedness, clustering, scores). */
  seconds: z.number(),
});
export type DeriveAnswer = z.output<typeof deriveAnswerSchema>;
export type DeriveResult = DeriveAnswer['results'][number];

export const compareBodySchema = z.object({
  definitionId: z.uuid({ message: 'not an id' }),
  clusters: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(200),
        industries: z.array(z.string().trim().min(1).max(40)).max(MAX_DERIVE_INDUSTRIES),
      }),
    )
    .min(1)
    .max(MAX_DERIVE_INDUSTRIES),
});

export const compareAnswerSchema = z.object({
  /** Adjusted Rand index over the industries both cover: 1 the same, about 0 as chance. */
  ari: z.number(),
  /** Industries both cover. */
  common: z.number(),
  /** Industries in another cluster than the one their definition cluster stands for. */
  moved: z.array(z.object({ industry: z.string(), from: z.string(), to: z.string() })),
});
export type CompareAnswer = z.output<typeof compareAnswerSchema>;

export const saveDerivedBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  clusters: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(200),
        name: z.string().trim().min(1).max(200),
        type: z.enum(['traded', 'local']),
        industries: z.array(z.string().trim().min(1).max(40)).max(MAX_DERIVE_INDUSTRIES),
      }),
    )
    .min(1)
    .max(MAX_DERIVE_INDUSTRIES),
});
export type SaveDerivedBody = z.output<typeof saveDerivedBodySchema>;

export const deriveLevelsQuerySchema = z.object({ datasetId: z.uuid({ message: 'not an id' }) });

export const deriveLevelsSchema = z.object({
  /** The digit levels of the dataset's codes, each with its number of industries, coarsest first. */
  levels: z.array(z.object({ digits: z.number(), industries: z.number() })),
});
