// The deck's secondary research: the focus region's clusters by location quotient, the focus
// cluster's LQ across regions (charted, and on the project's map) and its employment over the
// years, from the project's statistics settings through the statistics routes' engine and cache.

import {
  localNaceClusterName,
  regionIdIndex,
  turkeyNuts2Name,
  type DeckLanguage,
  type DeckStatistics,
} from '@kume/core';
import {
  findClusterDefinition,
  findDataset,
  listGeographies,
  type Db,
  type ProjectRow,
} from '@kume/db';
import type { StatisticsCaches } from '../statistics/clusterAnalysis';
import { projectFocus } from '../statistics/projectFocus';
import { settingsAnalysis } from '../statistics/settingsAnalysis';
import { deckRegionMap } from './deckRegionMap';

/** How many clusters and regions the charts show. */
const TOP = 15;
/** How many focus clusters get an employment series. */
const MAX_SERIES = 4;

type Project = Pick<ProjectRow, 'id' | 'statisticsSettings'>;

/**
 * Region names from the project's imported maps (newest first), by the dataset's codes; Turkish
 * NUTS-2 codes no map names get their TÜİK names.
 */
async function regionNames(
  db: Db,
  projectId: string,
  codes: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const geography of await listGeographies(db, projectId)) {
    const index = regionIdIndex(geography.regions.map((r) => r.id));
    const byId = new Map(geography.regions.map((r) => [r.id, r.name]));
    for (const code of codes) {
      if (names.has(code)) continue;
      const id = index.idOf(code);
      const name = id === undefined ? undefined : byId.get(id);
      if (name) names.set(code, name);
    }
  }
  for (const code of codes) {
    const name = names.has(code) ? undefined : turkeyNuts2Name(code);
    if (name) names.set(code, name);
  }
  return names;
}

const finite = (value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value);

/**
 * The deck's statistics, or null while the project's statistics settings lack a dataset, a
 * definition or a focus region of the dataset (or name ones that were deleted, or the focus
 * region is the benchmark). Years are the settings' where the dataset has them, else its first
 * and last. Clusters are the traded ones when the definition has any (the strong-cluster rule and
 * the traded LQ are about them), else all. Growth is the compound annual growth, per cent.
 */
export async function deckStatistics(
  db: Db,
  caches: StatisticsCaches,
  project: Project,
  language: DeckLanguage,
): Promise<DeckStatistics | null> {
  const settings = project.statisticsSettings ?? {};
  const { datasetId, definitionId, focusRegion } = settings;
  if (!datasetId || !definitionId || !focusRegion) return null;
  const [dataset, definitionRow] = await Promise.all([
    findDataset(db, project.id, datasetId),
    findClusterDefinition(db, project.id, definitionId),
  ]);
  if (!dataset || !definitionRow || dataset.years.length === 0) return null;
  const analysed = await settingsAnalysis(
    db,
    caches,
    project.id,
    { ...settings, datasetId, definitionId },
    dataset.years,
  );
  if (!analysed) return null;
  const { resolved, year, fromYear } = analysed;
  const { metrics } = resolved.analysis;
  const r = metrics.regions.indexOf(focusRegion);
  if (r < 0) return null;

  const focus = await projectFocus(db, project);
  const focusCodes = new Set(settings.focusClusters ?? []);
  const hasTraded = metrics.units.some((unit) => unit.type === 'traded');
  const shown = (u: number) => !hasTraded || metrics.units[u]!.type === 'traded';
  const { regionStart } = resolved.analysis;

  const clusters: DeckStatistics['clusters'] = [];
  // Employment by cluster and year in the focus region, for the series.
  const regionEmployment = new Map<string, Map<number, number>>();
  for (let i = regionStart[r]!; i < regionStart[r + 1]!; i++) {
    const unit = metrics.units[metrics.unit[i]!]!;
    const byYear = regionEmployment.get(unit.cluster) ?? new Map<number, number>();
    byYear.set(metrics.year[i]!, (byYear.get(metrics.year[i]!) ?? 0) + metrics.employment[i]!);
    regionEmployment.set(unit.cluster, byYear);
    if (metrics.year[i] !== year || !shown(metrics.unit[i]!) || !finite(metrics.lq[i])) continue;
    const growth = metrics.employmentCagr?.[i];
    clusters.push({
      code: unit.cluster,
      name: localNaceClusterName(unit.cluster, unit.clusterName || unit.cluster, language),
      lq: metrics.lq[i]!,
      employment: metrics.employment[i]!,
      growthPercent: year > fromYear && finite(growth) ? growth * 100 : null,
      strong: metrics.strong[i] === 1,
      focus: focusCodes.has(unit.cluster),
    });
  }
  clusters.sort((a, b) => b.lq - a.lq || b.employment - a.employment);

  const names = await regionNames(db, project.id, metrics.regions);
  const clusterName = (cluster: { code: string; name: string }) =>
    localNaceClusterName(cluster.code, cluster.name, language);
  const firstFocus = focus?.clusters[0];
  let lqByRegion: DeckStatistics['lqByRegion'] = null;
  let regionMap: DeckStatistics['regionMap'] = null;
  const u = firstFocus ? metrics.units.findIndex((unit) => unit.cluster === firstFocus.code) : -1;
  if (firstFocus && u >= 0) {
    const regions: { name: string; lq: number; focus: boolean }[] = [];
    const lqByCode = new Map<string, number>();
    for (let i = 0; i < metrics.length; i++) {
      if (metrics.unit[i] !== u || metrics.year[i] !== year || !finite(metrics.lq[i])) continue;
      const code = metrics.regions[metrics.region[i]!]!;
      lqByCode.set(code, metrics.lq[i]!);
      regions.push({
        name: names.get(code) ?? code,
        lq: metrics.lq[i]!,
        focus: metrics.region[i] === r,
      });
    }
    regions.sort((a, b) => b.lq - a.lq);
    const top = regions.slice(0, TOP);
    // The audience looks for its own region: it takes the last place when it is not in the top.
    const own = regions.find((region) => region.focus);
    if (own && !top.includes(own)) top[top.length - 1] = own;
    lqByRegion = { clusterName: clusterName(firstFocus), regions: top };
    // The same LQs on the project's map of the regions, every region of it.
    regionMap = await deckRegionMap(db, project.id, {
      codes: metrics.regions,
      lqByCode,
      focusRegion,
      clusterName: clusterName(firstFocus),
      names,
    });
  }

  const employmentSeries = (focus?.clusters ?? [])
    .filter((cluster) => regionEmployment.has(cluster.code))
    .slice(0, MAX_SERIES)
    .map((cluster) => ({
      clusterName: clusterName(cluster),
      points: metrics.years.map((y) => ({
        year: y,
        employment: regionEmployment.get(cluster.code)?.get(y) ?? 0,
      })),
    }));

  return {
    datasetName: dataset.name,
    definitionName: definitionRow.name,
    region: { code: focusRegion, name: focus?.regionName ?? names.get(focusRegion) ?? focusRegion },
    firstYear: fromYear,
    lastYear: year,
    clusters: clusters.slice(0, TOP),
    lqByRegion,
    employmentSeries,
    regionMap,
  };
}
