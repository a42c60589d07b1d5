// The deck's cluster map and value-chain gaps, from the project's map (the cluster map route's
// data): nodes on the chain's stages, relations as edges, network figures, brokers, ranked gaps
// worded in the deck's language.

import {
  localText,
  type DeckClusterMap,
  type DeckGap,
  type DeckLanguage,
  type Gap,
  type LocalText,
} from '@kume/core';
import type { ProjectClusterMap } from '../clusterMap/projectClusterMap';
import type { IoView } from '../clusterMap/supplierGaps';
import { DECK_WORDS } from './deckWords';

/** The gaps a deck lists at most: the slide is for the most serious ones. */
const MAX_GAPS = 10;

export interface DeckMapParts {
  clusterMap: DeckClusterMap | null;
  gaps: DeckGap[] | null;
}

/** A gap's title: its kind and what it is about (a stage, two stages, an industry). */
function gapTitle(
  gap: Gap,
  stageName: (id: string) => string,
  industryName: (code: string) => string,
  language: DeckLanguage,
): string {
  const kind = DECK_WORDS[language].gapKind[gap.kind];
  const subject = gap.stages
    ? `${stageName(gap.stages[0])} → ${stageName(gap.stages[1])}`
    : gap.stage
      ? stageName(gap.stage)
      : gap.industry
        ? industryName(gap.industry)
        : '';
  return subject ? `${kind}: ${subject}` : kind;
}

/**
 * The map for the deck, or both parts null while the project has no relation (nothing was
 * analysed). Every organisation is a node (isolates too), weighted by its weighted degree; the
 * relations between the same ordered pair are one edge weighted by the sum of their shares (1 where
 * none is given), as the map's graph weighs them. Gaps come ranked, at most MAX_GAPS.
 */
export function deckClusterMap(
  { map, chain }: ProjectClusterMap,
  io: IoView,
  language: DeckLanguage,
): DeckMapParts {
  if (map.edges.length === 0) return { clusterMap: null, gaps: null };
  const stageIndex = new Map(chain.stages.map((stage, i) => [stage.id, i]));
  const stageNames = new Map<string, LocalText>(chain.stages.map((s) => [s.id, s.name]));
  const stageName = (id: string) => localText(stageNames.get(id), language) || id;
  const names = new Map(map.nodes.map((node) => [node.id, node.name]));

  const edges = new Map<string, { source: string; target: string; weight: number }>();
  for (const relation of map.edges) {
    const key = `${relation.source} ${relation.target}`;
    const edge = edges.get(key) ?? { source: relation.source, target: relation.target, weight: 0 };
    edge.weight += relation.sharePercent ?? 1;
    edges.set(key, edge);
  }

  const suppliers = new Map((io?.suppliers ?? []).map((s) => [s.industry, s.name]));
  const industryName = (code: string) => {
    const name = suppliers.get(code);
    return name ? `${name} (${code})` : code;
  };

  return {
    clusterMap: {
      stages: chain.stages.map((stage) => localText(stage.name, language)),
      nodes: map.nodes.map((node) => ({
        id: node.id,
        name: node.name,
        type: node.type,
        stage: node.stageId === null ? null : (stageIndex.get(node.stageId) ?? null),
        weight: node.metrics.weightedDegree,
      })),
      edges: [...edges.values()],
      density: map.summary.density ?? 0,
      components: map.summary.components,
      brokers: map.summary.brokers.map((id) => names.get(id) ?? id),
    },
    gaps: map.gaps.slice(0, MAX_GAPS).map((gap) => ({
      title: gapTitle(gap, stageName, industryName, language),
      detail: localText(gap.suggestion, language),
    })),
  };
}
