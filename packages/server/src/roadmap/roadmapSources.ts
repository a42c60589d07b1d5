// What the stages before the roadmap give it (core RoadmapSources) and whether each source has
// anything: the closed workshops, the cluster map's gaps, the focus region's clusters.

import { count, eq } from 'drizzle-orm';
import {
  aggregateClusters,
  clusterBenchmark,
  compoundAnnualGrowthRate,
  localText,
  placeOrganisation,
  type ClusterEvidence,
  type IsoDate,
  type RoadmapSources,
} from '@kume/core';
import {
  findClusterDefinition,
  findDataset,
  schema,
  surveyStageAnswers,
  type Db,
  type ProjectRow,
} from '@kume/db';
import { projectClusterMap } from '../clusterMap/projectClusterMap';
import { projectValueChain } from '../clusterMap/projectValueChain';
import { projectSupplierGaps } from '../clusterMap/supplierGaps';
import type { ResolvedAnalysis, StatisticsCaches } from '../statistics/clusterAnalysis';
import { projectFocus } from '../statistics/projectFocus';
import {
  projectWorkshopResults,
  type ProjectWorkshopResults,
} from '../workshops/projectWorkshopResults';
import type { RoadmapView, SourceAvailability } from './roadmapView';
import { settingsAnalysis } from '../statistics/settingsAnalysis';

export type RoadmapSourceAvailability = RoadmapView['sources'];

const available = (label: string | null): SourceAvailability => ({
  available: true,
  label,
  missing: null,
});
const missing = (code: NonNullable<SourceAvailability['missing']>): SourceAvailability => ({
  available: false,
  label: null,
  missing: code,
});

/** The value chain's name as the map shows it: in the project's first language. */
function chainLabel(project: ProjectRow): string {
  const { chain } = projectValueChain(project);
  return localText(chain.name, project.languages[0] ?? 'tr');
}

/** The workshops' parts: available with the workshop's title, else which workshop is missing. */
function workshopAvailability(results: ProjectWorkshopResults) {
  return {
    vision: results.vision ? available(results.vision.title) : missing('no_vision_workshop'),
    factors: results.factors ? available(results.factors.title) : missing('no_factors_workshop'),
    skills: results.skills ? available(results.skills.title) : missing('no_skills_workshop'),
  };
}

/**
 * Whether the cluster map has gaps to give, by the rule the assembly applies to the built map
 * (without building it): no relation recorded -> no_relations (the map is not analysed, as the
 * deck says); no organisation placed on a stage of the chain, from its stage name, its survey
 * answer's stage or its industry code (core placeOrganisation) -> no_value_chain.
 */
async function mapAvailability(db: Db, project: ProjectRow): Promise<SourceAvailability> {
  const [relations] = await db
    .select({ n: count() })
    .from(schema.relations)
    .where(eq(schema.relations.projectId, project.id));
  if (!relations || Number(relations.n) === 0) return missing('no_relations');
  const [organisations, surveyStages] = await Promise.all([
    db
      .select({
        id: schema.organisations.id,
        valueChainStage: schema.organisations.valueChainStage,
        industryCode: schema.organisations.industryCode,
      })
      .from(schema.organisations)
      .where(eq(schema.organisations.projectId, project.id)),
    surveyStageAnswers(db, project.id),
  ]);
  const { chain } = projectValueChain(project);
  const placed = organisations.some((o) => {
    const stageName = o.valueChainStage?.trim() ? o.valueChainStage : surveyStages.get(o.id);
    return (
      placeOrganisation({ valueChainStage: stageName ?? '', industryCode: o.industryCode }, chain)
        .stageId !== null
    );
  });
  return placed ? available(chainLabel(project)) : missing('no_value_chain');
}

/** The statistics' settings name a dataset, a definition and a focus region that still exist. */
async function statisticsAvailability(db: Db, project: ProjectRow): Promise<SourceAvailability> {
  const settings = project.statisticsSettings ?? {};
  const { datasetId, definitionId, focusRegion } = settings;
  if (!datasetId || !definitionId || !focusRegion) return missing('no_statistics_settings');
  const [dataset, definition] = await Promise.all([
    findDataset(db, project.id, datasetId),
    findClusterDefinition(db, project.id, definitionId),
  ]);
  if (!dataset || !definition || dataset.years.length === 0)
    return missing('no_statistics_settings');
  const year =
    settings.year && dataset.years.includes(settings.year) ? settings.year : dataset.years.at(-1)!;
  return available(`${focusRegion} · ${year}`);
}

/** Which sources have something for the roadmap, without assembling it (the view's answer). */
export async function roadmapSourceAvailability(
  db: Db,
  project: ProjectRow,
): Promise<RoadmapSourceAvailability> {
  const [workshops, map, statistics] = await Promise.all([
    projectWorkshopResults(db, project.id),
    mapAvailability(db, project),
    statisticsAvailability(db, project),
  ]);
  return { ...workshopAvailability(workshops), map, statistics };
}

/** Compound annual growth in per cent; null for one year or without a base. */
function growthPercent(start: number, end: number, years: number): number | null {
  const rate = years > 0 ? compoundAnnualGrowthRate(start, end, years) : Number.NaN;
  return Number.isFinite(rate) ? rate * 100 : null;
}

/**
 * Each cluster's employment growth in the benchmark (the benchmark region, or the sum of the
 * regions) from `fromYear` to `year`, compound per year, per cent; null without a base.
 */
function benchmarkGrowthByCluster(
  resolved: ResolvedAnalysis,
  fromYear: number,
  year: number,
): Map<string, number | null> {
  const { table, analysis, benchmark } = resolved;
  const aggregate = aggregateClusters(table, analysis.definition, { years: [fromYear, year] });
  const nation = clusterBenchmark(aggregate, benchmark);
  const unitCount = aggregate.units.length;
  const at = (y: number, u: number) => nation.employment[y * unitCount + u] ?? 0;
  const [first, last] = [aggregate.years.indexOf(fromYear), aggregate.years.indexOf(year)];
  return new Map(
    aggregate.units.map((unit, u) => [
      unit.cluster,
      first < 0 || last < 0 ? null : growthPercent(at(first, u), at(last, u), year - fromYear),
    ]),
  );
}

/**
 * The focus region's clusters in the settings' year with finite LQ (traded and local; core leaves
 * local ones out of strong and emerging), each with its regional employment growth and the
 * benchmark's growth in the same cluster (the benchmark region's employment, or the sum of the
 * regions), compound per year from the settings' base year, per cent. Null while the statistics
 * settings are incomplete or the analysis cannot be run (as the deck's statistics).
 */
async function roadmapStatistics(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
): Promise<RoadmapSources['statistics']> {
  const settings = project.statisticsSettings ?? {};
  const { datasetId, definitionId, focusRegion } = settings;
  if (!datasetId || !definitionId || !focusRegion) return null;
  const dataset = await findDataset(db, project.id, datasetId);
  if (!dataset || dataset.years.length === 0) return null;
  const analysed = await settingsAnalysis(
    db,
    caches,
    project.id,
    { ...settings, datasetId, definitionId },
    dataset.years,
  );
  if (!analysed) return null;
  const { resolved, year, fromYear } = analysed;
  const { metrics, regionStart } = resolved.analysis;
  const r = metrics.regions.indexOf(focusRegion);
  if (r < 0) return null;

  const years = year - fromYear;
  const benchmarkGrowth =
    years > 0 ? benchmarkGrowthByCluster(resolved, fromYear, year) : new Map<string, null>();

  const focus = new Set(settings.focusClusters ?? []);
  const clusters: ClusterEvidence[] = [];
  for (let i = regionStart[r]!; i < regionStart[r + 1]!; i++) {
    const lq = metrics.lq[i]!;
    if (metrics.year[i] !== year || !Number.isFinite(lq)) continue;
    const unit = metrics.units[metrics.unit[i]!]!;
    const cagr = metrics.employmentCagr?.[i];
    clusters.push({
      code: unit.cluster,
      name: unit.clusterName || unit.cluster,
      type: unit.type,
      lq,
      employment: metrics.employment[i]!,
      growthPercent: years > 0 && cagr !== undefined && Number.isFinite(cagr) ? cagr * 100 : null,
      benchmarkGrowthPercent: benchmarkGrowth.get(unit.cluster) ?? null,
      strong: metrics.strong[i] === 1,
      focus: focus.has(unit.cluster),
    });
  }
  const regionName = (await projectFocus(db, project))?.regionName ?? focusRegion;
  return {
    datasetId: dataset.id,
    datasetName: dataset.name,
    region: { code: focusRegion, name: regionName },
    year,
    clusters,
  };
}

/**
 * The sources of an assembly: the workshops' latest results, the cluster map's ranked gaps (built
 * with the supplier evidence, as the deck builds it; none while no relation is recorded or nothing
 * is placed on the chain) and the focus region's clusters. Heavy: builds the map and runs the
 * statistics (through the caches).
 */
export async function gatherRoadmapSources(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
  today: IsoDate,
): Promise<RoadmapSources> {
  const workshops = await projectWorkshopResults(db, project.id);
  const { view: _io, ...supplierEvidence } = await projectSupplierGaps(db, caches, project);
  const { map, chain } = await projectClusterMap(db, project, supplierEvidence);
  const analysed = map.edges.length > 0 && map.nodes.some((node) => node.stageId !== null);
  const statistics = await roadmapStatistics(db, caches, project);
  return {
    vision: workshops.vision,
    factors: workshops.factors,
    skills: workshops.skills,
    map: analysed ? { stages: chain.stages, gaps: map.gaps, analysedOn: today } : null,
    statistics,
  };
}
