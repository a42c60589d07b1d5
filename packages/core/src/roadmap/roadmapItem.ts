// The roadmap's items: what the action plan answers to (the vision, success factors, skills gaps,
// value-chain gaps, investment needs, strong and emerging clusters), each traceable to its source.

import { z } from 'zod';
import { type IsoDate } from '../brand';
import { storableText } from '../event/eventInput';
import type { LocalText } from '../survey/localText';
import type { IpaQuadrant } from '../workshop/importancePerformance';

export const ROADMAP_ITEM_KINDS = [
  'vision',
  'success_factor',
  'skill_gap',
  'value_chain_gap',
  'investment_need',
  'cluster',
] as const;
export type RoadmapItemKind = (typeof ROADMAP_ITEM_KINDS)[number];

/** Where an item comes from: a workshop, the cluster map, the statistics, or typed by hand. */
export const ROADMAP_SOURCE_KINDS = ['workshop', 'cluster_map', 'statistics', 'manual'] as const;
export type RoadmapSourceKind = (typeof ROADMAP_SOURCE_KINDS)[number];

export interface RoadmapItemSource {
  kind: RoadmapSourceKind;
  /** The workshop's id, the dataset's id, `cluster-map`, or the manual item's own id. */
  id: string;
  /** What to show as the source: the workshop's title, "Cluster map", the dataset and region. */
  label: LocalText;
  /** The day the source was closed or analysed; null when it has no day (statistics: see label). */
  date: IsoDate | null;
}

/**
 * `present`: the source still yields the item. `gone`: a later assembly no longer found it (a
 * gap closed, a workshop replaced by a newer one); the item is kept so that actions linking it
 * keep their links, and the UI shows it as gone. Manual items are always present.
 */
export type RoadmapSourceState = 'present' | 'gone';

export interface RoadmapItem {
  /**
   * Stable source key, the link target of actions: `vision:<workshopId>`,
   * `factor:<workshopId>:<itemId>`, `skill:<workshopId>:<itemId>`, `gap:<gapKind>:<subject>`
   * (subject: a stage id, `<from>-<to>` stage ids, or an industry code), `cluster:<code>`,
   * `manual:<uuid>`.
   */
  key: string;
  kind: RoadmapItemKind;
  /** Typed text (a factor, a skill) is the same in both languages; generated text is translated. */
  title: LocalText;
  detail: LocalText;
  /** Success factors: the factor's share of the group's weighting, 0-1; null elsewhere or unweighted. */
  weight: number | null;
  /**
   * The item's ranking figure, higher first; null when there is none. Success factor: its weight;
   * skill gap: priority = importance x gap (up to 20 on 1-5 scales); value-chain gap and
   * investment need: the gap score (0-1, see gapAnalysis); cluster: the location quotient.
   */
  score: number | null;
  /** Evidence by name (performance, gap, actors, outsideShare, lq, employment, ...), finite only. */
  figures: Record<string, number>;
  /** Success factors: the importance-performance quadrant; null elsewhere or when not rated. */
  quadrant: IpaQuadrant | null;
  /** The key of the item this one serves: a skill's success factor; null when none. */
  parentKey: string | null;
  source: RoadmapItemSource;
  sourceState: RoadmapSourceState;
}

/** Key prefixes by item origin; an action's itemKeys must start with one of them. */
export const ROADMAP_KEY_PATTERN = /^(?:vision|factor|skill|gap|cluster|manual):\S.*$/;

export const roadmapKey = {
  vision: (workshopId: string) => `vision:${workshopId}`,
  factor: (workshopId: string, itemId: string) => `factor:${workshopId}:${itemId}`,
  skill: (workshopId: string, itemId: string) => `skill:${workshopId}:${itemId}`,
  gap: (gapKind: string, subject: string) => `gap:${gapKind}:${subject}`,
  cluster: (code: string) => `cluster:${code}`,
  manual: (id: string) => `manual:${id}`,
};

/** An item typed by the facilitator: a need no source yields (a funder's priority, a new idea). */
export const manualItemInputSchema = z.object({
  kind: z.enum(ROADMAP_ITEM_KINDS),
  title: storableText(1, 300),
  detail: storableText(0, 2_000).default(''),
  /** Optional weight for a success factor typed by hand, 0-1 like the workshop's shares. */
  weight: z.number().min(0).max(1).nullable().default(null),
});
export type ManualItemInput = z.output<typeof manualItemInputSchema>;
export type ManualItemInputRaw = z.input<typeof manualItemInputSchema>;

/**
 * The item of a manual input. `id` is the new item's uuid (core makes none: no randomness) and
 * `createdOn` the day it was added; the typed text stands in both languages.
 */
export function manualRoadmapItem(id: string, input: ManualItemInput, createdOn: IsoDate) {
  const item: RoadmapItem = {
    key: roadmapKey.manual(id),
    kind: input.kind,
    title: { tr: input.title, en: input.title },
    detail: { tr: input.detail, en: input.detail },
    weight: input.kind === 'success_factor' ? input.weight : null,
    score: input.kind === 'success_factor' ? input.weight : null,
    figures: {},
    quadrant: null,
    parentKey: null,
    source: {
      kind: 'manual',
      id,
      label: { tr: 'Elle eklendi', en: 'Added by hand' },
      date: createdOn,
    },
    sourceState: 'present',
  };
  return item;
}

/** Whether the item was typed by hand (merging keeps these as they are). */
export const isManualItem = (item: Pick<RoadmapItem, 'key'>) => item.key.startsWith('manual:');
