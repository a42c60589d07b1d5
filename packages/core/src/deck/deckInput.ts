// What the Information Day presentation is made from: a snapshot of the project, gathered by the
// server (or the CLI) in one language and turned into slides by buildDeck. Every part that a
// project may not have yet is null, and the deck says so on its slide.

import type { IsoDate } from '../brand';
import type { AgendaItem } from '../event/eventInput';
import type { LocalText } from '../survey/localText';
import type { OrganisationType } from '../organisation/organisationTypes';

/** The sections a facilitator can choose and reorder, in the default order. */
export const DECK_SECTIONS = [
  'title',
  'agenda',
  'cluster_concepts',
  'competitiveness',
  'benchmark_case',
  'secondary_research',
  'field_study',
  'cluster_map',
  'value_chain_gaps',
  'working_group',
  'workshop_calendar',
  'attendance',
  'next_steps',
] as const;
export type DeckSectionId = (typeof DECK_SECTIONS)[number];

export type DeckLanguage = 'tr' | 'en';

/** A benchmark cluster initiative from the project's editable library (both languages). */
export interface BenchmarkCase {
  id: string;
  name: string;
  country: LocalText;
  sector: LocalText;
  /** Year the initiative or its managing body was founded; null when unknown. */
  founded: number | null;
  summary: LocalText;
  /** Member counts or scale, in words ("about 300 firms"). */
  scale: LocalText;
  highlights: LocalText[];
  lessons: LocalText[];
  /** Where the facts come from (a publication or web page), shown on the slide. */
  source: string;
}

export interface DeckLogo {
  mediaType: 'image/png' | 'image/jpeg';
  /** The image bytes, base64. */
  base64: string;
  /** Pixel size, to keep the aspect ratio. */
  width: number;
  height: number;
}

export interface DeckStatistics {
  datasetName: string;
  definitionName: string;
  region: { code: string; name: string };
  /** The years the growth is measured over (first < last), or the single year as both. */
  firstYear: number;
  lastYear: number;
  /** The region's clusters by location quotient, highest first (at most 15). */
  clusters: {
    code: string;
    name: string;
    lq: number;
    employment: number;
    /** Compound annual growth of the region's employment in the cluster, per cent; null for one year. */
    growthPercent: number | null;
    /** The US Cluster Mapping "strong cluster" rule (or the project's rule) flags it. */
    strong: boolean;
    /** One of the project's focus clusters. */
    focus: boolean;
  }[];
  /** The focus cluster's LQ in every region, highest first (at most 15), or null without a focus. */
  lqByRegion: {
    clusterName: string;
    regions: { name: string; lq: number; focus: boolean }[];
  } | null;
  /** Employment per year of the focus clusters in the region (at most 4 series). */
  employmentSeries: { clusterName: string; points: { year: number; employment: number }[] }[];
  /**
   * The focus cluster's LQ on a map of the regions (the project's imported map that matches the
   * dataset's regions); null or absent when the project has no such map or no focus cluster.
   */
  regionMap?: DeckRegionMap | null;
}

/** Every region of an imported map with the focus cluster's LQ, the shapes ready to draw. */
export interface DeckRegionMap {
  clusterName: string;
  /** The imported map's name, shown as the map's source. */
  mapName: string;
  regions: {
    /** The dataset's region code (the map's shape id when the dataset has no such region). */
    code: string;
    name: string;
    /** Null when the dataset has no LQ for the region (no data). */
    lq: number | null;
    /** The project's focus region. */
    focus: boolean;
    /** Outer rings and holes, unclosed, projected into a unit box (longer side 1, y down). */
    rings: [number, number][][];
  }[];
}

export interface DeckFieldStudy {
  questionnaires: number;
  responsesSubmitted: number;
  /** Distinct SMEs reached by responses, interviews and focus groups, and the quota's target. */
  smesReached: number;
  quotaTarget: number;
  interviews: number;
  focusGroups: number;
  relations: number;
  confirmedRelations: number;
  /** Organisations reached by value-chain stage and by size class (labels already in the deck's language). */
  byStage: { label: string; count: number }[];
  bySize: { label: string; count: number }[];
  /** Up to three closed questions with the most answers: the question and its answer counts. */
  keyQuestions: { question: string; answers: { label: string; count: number }[] }[];
}

export interface DeckClusterMap {
  /** Value-chain stages in order (names in the deck's language). */
  stages: string[];
  nodes: {
    id: string;
    name: string;
    type: OrganisationType;
    /** Index into stages, or null when the organisation is not placed on the chain. */
    stage: number | null;
    /** Weighted degree, for the node's size. */
    weight: number;
  }[];
  edges: { source: string; target: string; weight: number }[];
  density: number;
  components: number;
  /** Names of the organisations that tie communities together. */
  brokers: string[];
}

export interface DeckGap {
  /** Ranked, most serious first; words already in the deck's language. */
  title: string;
  detail: string;
}

export interface DeckWorkingGroup {
  /** Null while the group is only proposed. */
  confirmedOn: IsoDate | null;
  members: { name: string; type: OrganisationType; stage: string | null }[];
}

export interface DeckAttendance {
  capacity: number;
  registered: number;
  waitlisted: number;
  checkedIn: number;
  /** Registered guests by the type of their organisation (unknown when not in the registry). */
  byType: { type: OrganisationType | 'unknown'; count: number }[];
}

export interface DeckInput {
  project: { name: string; region: string; isSample: boolean };
  logo: DeckLogo | null;
  event: {
    title: string;
    date: IsoDate;
    startTime: string;
    endTime: string;
    venue: string;
    address: string;
    agenda: AgendaItem[];
  } | null;
  /** The day the deck is made (shown on the title slide and in the notes). */
  generatedOn: IsoDate;
  /** The chosen sections in the chosen order. */
  sections: DeckSectionId[];
  benchmarkCase: BenchmarkCase | null;
  statistics: DeckStatistics | null;
  fieldStudy: DeckFieldStudy | null;
  clusterMap: DeckClusterMap | null;
  /** Null when the map has not been analysed (no relations); [] when it has and found none. */
  gaps: DeckGap[] | null;
  workingGroup: DeckWorkingGroup | null;
  /** The three workshops (or as many as planned), with dates where set. */
  workshopCalendar: { title: string; date: IsoDate | null; venue: string }[];
  attendance: DeckAttendance | null;
  /** The facilitator's next steps; the deck offers standard ones when empty. */
  nextSteps: string[];
}
