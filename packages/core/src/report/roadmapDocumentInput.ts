// What the roadmap document is made from: a snapshot of the project's roadmap (items, actions,
// indicators, coverage), its self-assessments and network change, gathered by the server or the CLI.
// Every part a project may not have yet is null or empty, and the document says so.

import type { IsoDate } from '../brand';
import type { ActionLayer, ActionStatus, Horizon } from '../roadmap/actionInput';
import type { NetworkChange, NetworkSnapshot } from '../roadmap/compareNetworks';
import type { SelfAssessmentComparison } from '../roadmap/compareSelfAssessments';
import type { IndicatorHealthReport } from '../roadmap/indicatorHealth';
import type { NetworkPeriod } from '../roadmap/networkChangeByDate';
import type { RoadmapItem } from '../roadmap/roadmapItem';
import type { RoadmapSettings } from '../roadmap/roadmapSettings';
import type { SelfAssessmentScore } from '../roadmap/scoreSelfAssessment';
import type { ReportLogo } from './reportDocument';

/** A recorded value of an indicator. */
export interface RoadmapDocumentValue {
  /** The day it was measured (YYYY-MM-DD). */
  on: string;
  value: number;
  unit: string;
  note: string;
}

/** An indicator of an action or of the whole roadmap (the server's IndicatorView has this shape). */
export interface RoadmapDocumentIndicator {
  id: string;
  name: string;
  unit: string;
  baseline: number;
  baselineOn: string;
  target: number;
  dueOn: string;
  /** The programme preset it was made from: the document names it in its own language. */
  presetCode: string | null;
  actionId: string | null;
  /** Oldest first. */
  values: readonly RoadmapDocumentValue[];
  /** core indicatorHealth(indicator, values, today). */
  health: IndicatorHealthReport;
}

/** An action of the plan, with its owner's and partners' names (the server's RoadmapActionView). */
export interface RoadmapDocumentAction {
  id: string;
  title: string;
  objective: string;
  layer: ActionLayer;
  /** The chosen term, else the one its end date gives. */
  effectiveHorizon: Horizon;
  /** The roadmap items it addresses. */
  itemKeys: readonly string[];
  /** Null while nobody has taken it on. */
  ownerName: string | null;
  partnerNames: readonly string[];
  startOn: string;
  endOn: string;
  /** In `currency`; null when not costed yet. */
  budget: number | null;
  /** ISO 4217 code (TRY, EUR). */
  currency: string;
  /** '' when not stated. */
  fundingSource: string;
  status: ActionStatus;
  indicators: readonly RoadmapDocumentIndicator[];
}

/** A roadmap item; a dismissed one was set aside on the roadmap page and is left out. */
export type RoadmapDocumentItem = RoadmapItem & { dismissed: boolean };

/** Why a source of the roadmap has nothing yet (the server's SourceAvailability.missing). */
export type RoadmapSourceMissing =
  | 'no_vision_workshop'
  | 'no_factors_workshop'
  | 'no_skills_workshop'
  | 'no_value_chain'
  | 'no_relations'
  | 'no_statistics_settings';

export interface RoadmapDocumentSource {
  available: boolean;
  /** The workshop's title, "TR31 · 2023"; null when none. */
  label: string | null;
  missing: RoadmapSourceMissing | null;
}

export type RoadmapSourceName = 'vision' | 'factors' | 'skills' | 'map' | 'statistics';

/** One self-assessment as scored (core scoreSelfAssessment). */
export interface RoadmapDocumentAssessment {
  assessedOn: string;
  title: string;
  score: SelfAssessmentScore;
}

export interface RoadmapDocumentSelfAssessment {
  /** Oldest first; the document reports the last one. */
  assessments: readonly RoadmapDocumentAssessment[];
  /** The last two compared (core compareSelfAssessments); null with fewer than two. */
  comparison: SelfAssessmentComparison | null;
}

/** How the cluster's network changed between two periods of the relations (core compareNetworksByDate). */
export interface RoadmapDocumentNetworkChange {
  relationCount: number;
  before: NetworkPeriod;
  after: NetworkPeriod;
  change: NetworkChange;
  /** The network's density as the relations were recorded, oldest first. */
  densityByDate: readonly (NetworkSnapshot & { on: string })[];
  /** Names of the organisations the change names, by id; an id without one is written as "?". */
  organisationNames: Readonly<Record<string, string>>;
}

export interface RoadmapDocumentInput {
  project: {
    name: string;
    region: string;
    /** Sample data: the document says so on its first page. */
    isSample: boolean;
    /** Who prepared it (the agency), when known. */
    organisation?: string | null;
  };
  logo: ReportLogo | null;
  /** The document's day: the health of the indicators is judged on it. */
  today: IsoDate;
  settings: RoadmapSettings;
  /** When the roadmap was last assembled (ISO 8601); null: never. */
  assembledAt: string | null;
  /** What each source of the items has; null when not known (every part then speaks for itself). */
  sources: Record<RoadmapSourceName, RoadmapDocumentSource> | null;
  /** In the roadmap's order; dismissed ones included (and left out of the document). */
  items: readonly RoadmapDocumentItem[];
  /** In the plan's order: action n is numbered n. */
  actions: readonly RoadmapDocumentAction[];
  /** Success factors and large gaps no action addresses (core uncoveredItems), by key. */
  uncoveredKeys: readonly string[];
  /** Indicators of the whole roadmap (the programme's, among others). */
  roadmapIndicators: readonly RoadmapDocumentIndicator[];
  selfAssessment: RoadmapDocumentSelfAssessment | null;
  /** Null: no relations recorded yet. */
  networkChange: RoadmapDocumentNetworkChange | null;
}
