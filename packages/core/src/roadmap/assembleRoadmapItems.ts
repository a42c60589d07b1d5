// Gathers the roadmap's items from the stages before it: the workshops' vision, success factors and
// skills gaps, the cluster map's value-chain gaps and investment needs, and the statistics' strong
// and emerging clusters, each keyed to its source so that actions can link to it for good.

import { type IsoDate, isoDateOf, parseIsoDate } from '../brand';
import type { Gap, GapKind } from '../network/gapAnalysis';
import type { ValueChainStage } from '../network/valueChainSchema';
import { localNaceClusterName } from '../stats/nace/localNaceClusterName';
import { foldForSearch } from '../text/foldForSearch';
import type { LocalText } from '../survey/localText';
import type { WorkshopResults } from '../workshop/workshopResults';
import { roadmapKey, type RoadmapItem, type RoadmapItemSource } from './roadmapItem';
import { clusterDetail, gapTitle, itemWords } from './roadmapItemTexts';
import {
  type ClusterEvidence,
  type EmergingClusterOptions,
  strongAndEmergingClusters,
} from './strongAndEmergingClusters';

/** Which workshop a part comes from (the server's ProjectWorkshopResults parts have this shape). */
export interface WorkshopSource {
  workshopId: string;
  title: string;
  /** When the workshop closed: an ISO 8601 instant or day. */
  closedAt: string;
}

/** A skill of the results; `id` is the skills round's item id when known (see skillItemId). */
export type SkillSource = WorkshopResults['skills'][number] & { id?: string };

export interface RoadmapSources {
  vision?: (WorkshopSource & { text: string; confirmedBy: number }) | null;
  factors?: (WorkshopSource & { items: readonly WorkshopResults['factors'][number][] }) | null;
  skills?: (WorkshopSource & { items: readonly SkillSource[] }) | null;
  /** The cluster map's gaps (gapAnalysis, ranked) and the stages they name. */
  map?: {
    stages: readonly Pick<ValueChainStage, 'id' | 'name'>[];
    gaps: readonly Gap[];
    /** The day the map was analysed; null when unknown. */
    analysedOn?: IsoDate | null;
  } | null;
  /** The focus region's cluster portfolio in the latest year. */
  statistics?: {
    datasetId: string;
    datasetName: string;
    region: { code: string; name: string };
    year: number;
    clusters: readonly ClusterEvidence[];
  } | null;
}

/**
 * Gap kinds whose remedy is new capacity (an investor, a supplier attracted to the region): a
 * missing stage and a weak supplier industry. The others (a thin stage, inputs bought outside,
 * missing ties) are worked on with the firms already there, and are value-chain gaps.
 */
export const INVESTMENT_NEED_GAP_KINDS: readonly GapKind[] = [
  'empty_stage',
  'weak_supplier_industry',
];

/**
 * The id a skill is keyed by: the round's item id when the results carry it, else its text folded
 * ("~" + foldForSearch(text)). Workshop results stored before ids were kept have text only; a
 * closed workshop's texts do not change, so the key is stable either way.
 */
export function skillItemId(skill: SkillSource): string {
  return skill.id ?? `~${foldForSearch(skill.text)}`;
}

/** The finite entries of a record of figures (JSON and the database have no NaN). */
function finiteFigures(figures: Record<string, number | null | undefined>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [name, value] of Object.entries(figures))
    if (typeof value === 'number' && Number.isFinite(value)) kept[name] = value;
  return kept;
}

const dayOf = (text: string): IsoDate | null => {
  const day = parseIsoDate(text);
  if (day) return day;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : isoDateOf(instant);
};

function workshopSource(part: WorkshopSource): RoadmapItemSource {
  return {
    kind: 'workshop',
    id: part.workshopId,
    label: itemWords.typed(part.title),
    date: dayOf(part.closedAt),
  };
}

const blank = { weight: null, score: null, figures: {}, quadrant: null, parentKey: null } as const;

/**
 * The items of the sources, in this order: the vision; success factors by weight (heaviest
 * first, unweighted last, ties in results order); skills gaps in their rank order; the map's gaps
 * in its ranking (investment needs and value-chain gaps interleaved as ranked); then the strong,
 * emerging and focus clusters (strongAndEmergingClusters). Every item is `present`; a missing
 * source gives no items. A skill names its success factor as parentKey when the factors' results
 * have that factor. Items with the same key (a skill text given twice) are kept once, the first.
 */
export function assembleRoadmapItems(
  sources: RoadmapSources,
  options: EmergingClusterOptions = {},
): RoadmapItem[] {
  const items: RoadmapItem[] = [];
  const { vision, factors, skills, map, statistics } = sources;

  if (vision)
    items.push({
      ...blank,
      key: roadmapKey.vision(vision.workshopId),
      kind: 'vision',
      title: itemWords.vision,
      detail: itemWords.typed(vision.text),
      figures: { confirmedBy: vision.confirmedBy },
      source: workshopSource(vision),
      sourceState: 'present',
    });

  const factorIds = new Set<string>();
  if (factors) {
    const ranked = factors.items
      .map((factor, position) => ({ factor, position }))
      .sort(
        (a, b) =>
          Number(a.factor.weight === null) - Number(b.factor.weight === null) ||
          (b.factor.weight ?? 0) - (a.factor.weight ?? 0) ||
          a.position - b.position,
      );
    for (const { factor } of ranked) {
      factorIds.add(factor.id);
      items.push({
        ...blank,
        key: roadmapKey.factor(factors.workshopId, factor.id),
        kind: 'success_factor',
        title: itemWords.typed(factor.text),
        detail: itemWords.typed(''),
        weight: factor.weight,
        score: factor.weight,
        figures: finiteFigures({ performance: factor.performance }),
        quadrant: factor.quadrant,
        source: workshopSource(factors),
        sourceState: 'present',
      });
    }
  }

  if (skills)
    for (const skill of skills.items)
      items.push({
        ...blank,
        key: roadmapKey.skill(skills.workshopId, skillItemId(skill)),
        kind: 'skill_gap',
        title: itemWords.typed(skill.text),
        detail: itemWords.typed(''),
        score: skill.priority,
        figures: finiteFigures({
          rank: skill.rank,
          importance: skill.importance,
          current: skill.current,
          required: skill.required,
          gap: skill.gap,
        }),
        parentKey:
          factors && skill.factorId !== null && factorIds.has(skill.factorId)
            ? roadmapKey.factor(factors.workshopId, skill.factorId)
            : null,
        source: workshopSource(skills),
        sourceState: 'present',
      });

  if (map) {
    const names = new Map(map.stages.map((stage) => [stage.id, stage.name]));
    const stageName = (id: string): LocalText => names.get(id) ?? itemWords.typed(id);
    const source: RoadmapItemSource = {
      kind: 'cluster_map',
      id: 'cluster-map',
      label: itemWords.clusterMap,
      date: map.analysedOn ?? null,
    };
    for (const gap of map.gaps) {
      const subject = gap.stages ? gap.stages.join('-') : (gap.stage ?? gap.industry ?? '');
      items.push({
        ...blank,
        key: roadmapKey.gap(gap.kind, subject),
        kind: INVESTMENT_NEED_GAP_KINDS.includes(gap.kind) ? 'investment_need' : 'value_chain_gap',
        title: gapTitle(gap, stageName),
        detail: gap.suggestion,
        score: gap.score,
        figures: finiteFigures(gap.evidence),
        source,
        sourceState: 'present',
      });
    }
  }

  if (statistics) {
    const source: RoadmapItemSource = {
      kind: 'statistics',
      id: statistics.datasetId,
      label: itemWords.statistics(statistics.datasetName, statistics.region.name, statistics.year),
      date: null,
    };
    for (const { cluster, standing } of strongAndEmergingClusters(statistics.clusters, options))
      items.push({
        ...blank,
        key: roadmapKey.cluster(cluster.code),
        kind: 'cluster',
        // Kume's NACE clusters carry their shipped names in both languages; others as named.
        title: {
          tr: localNaceClusterName(cluster.code, cluster.name, 'tr'),
          en: localNaceClusterName(cluster.code, cluster.name, 'en'),
        },
        detail: clusterDetail(cluster, standing),
        score: cluster.lq,
        figures: finiteFigures({
          lq: cluster.lq,
          employment: cluster.employment,
          growthPercent: cluster.growthPercent,
          benchmarkGrowthPercent: cluster.benchmarkGrowthPercent,
          strong: cluster.strong ? 1 : 0,
          emerging: standing === 'emerging' ? 1 : 0,
        }),
        source,
        sourceState: 'present',
      });
  }

  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.key) && seen.add(item.key));
}
