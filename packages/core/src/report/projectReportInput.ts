// What the whole project report is made from: a snapshot of every stage gathered by the server (or
// the command line) in one language. The deck's parts are reused as the deck has them; a part the
// project does not have yet is null or empty, and the report says so.

import type { IsoDate } from '../brand';
import type { DeckInput } from '../deck/deckInput';
import type { OrganisationType } from '../organisation/organisationTypes';
import type { ReadinessAssessment } from '../readiness/assessReadiness';
import type { ReadinessThresholds } from '../readiness/readinessThresholds';
import type { VisitLevel } from '../visit/visitInput';
import type { WorkshopTemplateId } from '../workshop/workshopModel';
import type { WorkshopReportInput } from '../workshop/workshopReportSection';
import type { ReportLogo, ReportSection } from './reportDocument';

/** The registry, the visits and the commitment assessments of stage 1. */
export interface ProjectReportStakeholders {
  /**
   * Every organisation type in the registry's order, with how many of that type are registered,
   * were visited, were assessed and are committed (latest willingness at the gate's threshold).
   */
  byType: {
    type: OrganisationType;
    registered: number;
    visited: number;
    assessed: number;
    committed: number;
  }[];
  /** Organisations by value-chain stage in the chain's order; `stage` null: not placed on the chain. */
  byStage: { stage: string | null; count: number }[];
  visits: {
    count: number;
    byLevel: Record<VisitLevel, number>;
    /** The first and the last visit's day; null without visits. */
    firstOn: IsoDate | null;
    lastOn: IsoDate | null;
  };
  followUps: { count: number; done: number; overdue: number };
  /** Assessed organisations by their latest willingness: index 0 is 1 (very low) … index 4 is 5. */
  willingness: [number, number, number, number, number];
  /** Assessed organisations whose latest assessment records resources pledged. */
  pledged: number;
}

/** The readiness gate as the readiness page shows it. */
export interface ProjectReportReadiness {
  assessment: ReadinessAssessment;
  thresholds: ReadinessThresholds;
}

/** A workshop of the project, whatever its status. */
export interface ProjectReportWorkshop {
  title: string;
  template: WorkshopTemplateId;
  status: 'draft' | 'live' | 'closed';
  /** The day it closed; null while it is not closed. */
  closedOn: IsoDate | null;
  /** People who joined it, facilitators left out. */
  participants: number;
}

/** The roadmap: a few figures for the summary and the roadmap document's own sections. */
export interface ProjectReportRoadmap {
  /** When the roadmap was last assembled (ISO 8601); null: never. */
  assembledAt: string | null;
  /** Items not dismissed, actions, and indicators (of the actions and of the whole roadmap). */
  items: number;
  actions: number;
  indicators: number;
  /** The roadmap document's sections in the report's language; [] when none were made. */
  sections: ReportSection[];
}

export interface ProjectReportInput {
  project: {
    name: string;
    region: string;
    sector: string;
    description: string;
    /** Sample data: the report says so in its summary. */
    isSample: boolean;
    /** Who prepared it (the agency), when known. */
    organisation?: string | null;
  };
  logo: ReportLogo | null;
  /** The report's day. */
  generatedOn: IsoDate;
  stakeholders: ProjectReportStakeholders;
  readiness: ProjectReportReadiness;
  /**
   * The deck's parts as gatherDeckInput makes them for the project's latest event (or none):
   * statistics, field study, cluster map, gaps, working group, the event and its attendance.
   */
  deck: Pick<
    DeckInput,
    'statistics' | 'fieldStudy' | 'clusterMap' | 'gaps' | 'workingGroup' | 'event' | 'attendance'
  >;
  workshops: {
    /** Oldest first. */
    held: ProjectReportWorkshop[];
    /** The latest closed workshops' results (the server's ProjectWorkshopResults). */
    results: WorkshopReportInput;
  };
  roadmap: ProjectReportRoadmap;
}
