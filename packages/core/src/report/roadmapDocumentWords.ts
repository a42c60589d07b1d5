// The roadmap document's words: what each language must say (section titles, table columns, the
// names of layers, terms, statuses and health, and what is missing and where in Kume to do it).

import type { ActionLayer, ActionStatus, Horizon } from '../roadmap/actionInput';
import type { SelfAssessmentChange } from '../roadmap/compareSelfAssessments';
import type { IndicatorHealth } from '../roadmap/indicatorHealth';
import type { RoadmapItemKind } from '../roadmap/roadmapItem';
import type { SelfAssessmentLevel } from '../roadmap/selfAssessment';
import type { ClusterStanding } from '../roadmap/strongAndEmergingClusters';
import type { IpaQuadrant } from '../workshop/importancePerformance';
import type { ReportLanguage } from './reportDocument';
import type { RoadmapSourceMissing } from './roadmapDocumentInput';
import { ROADMAP_WORDS_EN } from './roadmapDocumentWordsEn';
import { ROADMAP_WORDS_TR } from './roadmapDocumentWordsTr';

export const ROADMAP_SECTIONS = [
  'summary',
  'startingPoint',
  'vision',
  'factors',
  'skills',
  'actionPlan',
  'timeline',
  'budget',
  'monitoring',
  'coverage',
  'selfAssessment',
  'network',
  'annex',
] as const;
export type RoadmapSectionId = (typeof ROADMAP_SECTIONS)[number];

export interface RoadmapDocumentWords {
  title: string;
  subtitle: (period: string | null) => string;
  sections: Record<RoadmapSectionId, string>;
  /** The prefix of an action's number: E1 (eylem), A1 (action). */
  actionPrefix: string;
  notYet: string;
  sample: { title: string; text: string };
  missing: Record<RoadmapSourceMissing, string>;
  notAssembled: string;
  noActions: string;
  layers: Record<ActionLayer, string>;
  horizons: Record<Horizon, string>;
  /** The terms in a narrow table column. */
  horizonsShort: Record<Horizon, string>;
  statuses: Record<ActionStatus, string>;
  health: Record<IndicatorHealth, string>;
  kinds: Record<RoadmapItemKind, string>;
  quadrants: Record<IpaQuadrant, string>;
  standings: Record<ClusterStanding, string>;
  levels: Record<SelfAssessmentLevel, string>;
  changes: Record<SelfAssessmentChange, string>;
  /** Short words used in several sections. */
  common: {
    source: (label: string) => string;
    none: string;
    notStated: string;
    unowned: string;
    uncosted: string;
    total: string;
    actions: string;
    budget: (currency: string) => string;
    share: string;
    item: string;
    kind: string;
    gone: string;
  };
  summary: {
    intro: (project: string, region: string) => string;
    glance: string;
    startsOn: string;
    span: string;
    actionCount: string;
    statusCounts: string;
    factorsAddressed: string;
    uncoveredGaps: string;
    totalBudget: string;
    uncostedActions: (count: number) => string;
    indicators: string;
    healthLine: (parts: string) => string;
    budgetByTerm: string;
    budgetByFunding: string;
    healthHeading: string;
    noIndicators: string;
  };
  start: {
    intro: string;
    clusters: string;
    clusterColumns: string[];
    lqNote: string;
    lqCaption: (source: string) => string;
    noClusters: string;
    gaps: string;
    gapColumns: string[];
    gapNote: string;
    noGaps: string;
  };
  vision: {
    confirmed: (count: number) => string;
    source: (title: string, date: string) => string;
    /** The heaviest factors, "Skilled labour (31%), ...". */
    factors: (list: string) => string;
    /** The plan's actions by layer, e.g. "3 in market, 1 in capabilities". */
    plan: (count: number, parts: string) => string;
    layerPart: (layer: string, count: number) => string;
  };
  factors: {
    intro: string;
    columns: string[];
    caption: string;
    quadrantNote: string;
    concentrate: (names: string) => string;
  };
  skills: {
    intro: string;
    columns: string[];
    current: string;
    required: string;
    caption: string;
  };
  plan: {
    intro: (actions: number, layers: number) => string;
    overview: string;
    columns: (currency: string | null) => string[];
    details: string;
    objective: string;
    noObjective: string;
    layer: string;
    term: string;
    owner: string;
    partners: string;
    period: string;
    budget: string;
    funding: string;
    status: string;
    addresses: string;
    addressesNothing: string;
    indicators: string;
    indicatorColumns: string[];
    noIndicators: string;
  };
  timeline: {
    intro: (startsOn: string) => string;
    layerColumn: string;
    /** The long term's days: "from 1 Jan 2030". */
    after: (day: string) => string;
    empty: string;
    cancelled: (count: number) => string;
  };
  budget: {
    intro: string;
    byTerm: string;
    byLayer: string;
    byFunding: string;
    termColumn: string;
    layerColumn: string;
    fundingColumn: string;
    caption: (by: string, unit: string) => string;
    thousand: (currency: string) => string;
    million: (currency: string) => string;
    mixed: (currencies: string) => string;
    noBudget: string;
  };
  monitoring: {
    intro: string;
    counts: string;
    actionIndicators: string;
    actionColumns: string[];
    charts: string;
    chartsIntro: (shown: number, eligible: number) => string;
    measured: string;
    path: string;
    caption: (name: string, unit: string, target: string, due: string) => string;
    programme: string;
    programmeIntro: string;
    programmeColumns: string[];
    noProgramme: string;
    noActionIndicators: string;
    noCharts: string;
  };
  coverage: {
    intro: (minWeight: string | null, largeGap: string) => string;
    columns: string[];
    weight: (percent: string) => string;
    score: (score: string) => string;
    allCovered: string;
    uncoveredHeading: string;
    allHeading: string;
    allColumns: string[];
    dismissed: (count: number) => string;
  };
  selfAssessment: {
    intro: string;
    latest: (title: string, date: string) => string;
    indicative: string;
    answered: string;
    evidenceMissing: (count: number) => string;
    areaColumns: string[];
    areaColumnsCompared: (before: string) => string[];
    change: (before: string, improved: number, fell: number, areas: string) => string;
    caption: string;
    noAssessment: string;
    onlyOne: string;
  };
  network: {
    intro: string;
    relations: string;
    periods: string;
    period: (from: string | null, to: string) => string;
    before: string;
    after: string;
    organisations: string;
    ties: string;
    density: string;
    newTies: string;
    lostTies: string;
    caption: string;
    gainers: string;
    gainerColumns: string[];
    noRelations: string;
  };
  annex: {
    intro: string;
    columns: string[];
    noItems: string;
  };
}

export const ROADMAP_DOCUMENT_WORDS: Record<ReportLanguage, RoadmapDocumentWords> = {
  tr: ROADMAP_WORDS_TR,
  en: ROADMAP_WORDS_EN,
};
