// The shapes of the API's answers, for the web app (which imports server code only as types).

import type { z } from 'zod';
import type {
  contactSchema,
  organisationSchema,
  organisationSummarySchema,
} from './presenters/presentOrganisation';
import type { projectSchema } from './presenters/presentProject';
import type { sessionSchema, userSchema } from './presenters/presentUser';
import type { invitationSchema, memberSchema } from './routes/memberRoutes';
import type { stageSchema } from './routes/projectRoutes';
import type { readinessSchema } from './routes/readinessRoutes';
import type { followUpSchema, visitSchema } from './routes/visitRoutes';
import type { clusterRowSchema } from './presenters/presentClusterRow';
import type { geographySchema } from './presenters/presentGeography';
import type { projectFocusSchema } from './statistics/projectFocus';
import type {
  datasetSchema,
  definitionSchema,
  definitionSummarySchema,
  relatednessSchema,
  statisticsSettingsSchema,
} from './presenters/presentStatistics';
import type {
  clusterRankingSchema,
  overviewSchema,
  regionPortfolioSchema,
} from './routes/statisticsClusterRoutes';
import type {
  datasetImportOptionsSchema,
  datasetPreviewSchema,
} from './statistics/datasetImportSchemas';
import type {
  densitySchema,
  relatedSchema,
  shiftShareSchema,
} from './routes/statisticsAnalysisRoutes';
import type {
  interviewSchema,
  questionnaireSummarySchema,
  questionnaireTemplateSchema,
  questionnaireViewSchema,
  relationSchema,
  respondentFormSchema,
  respondentLinkSchema,
  responseSummarySchema,
  responseViewSchema,
} from './presenters/presentFieldStudy';
import type { quotaSchema } from './routes/fieldStudyRoutes';
import type { quoteListSchema } from './routes/interviewRoutes';
import type { analysisSchema } from './routes/questionnaireAnalysisRoutes';
import type { answerTagsSchema } from './routes/answerTagRoutes';
import type { clusterMapSchema, valueChainViewSchema } from './routes/clusterMapRoutes';
import type { ioTableSchema } from './routes/ioTableRoutes';
import type {
  deriveBodySchema,
  deriveLevelsSchema,
  saveDerivedBodySchema,
} from './statistics/deriveDefinitionsSchemas';
import type { workingGroupViewSchema } from './routes/workingGroupRoutes';
import type { logoInfoSchema } from './routes/logoRoutes';
import type { Registration as RegistrationView } from './informationDay/presentRegistration';

export type UserView = z.output<typeof userSchema>;
export type SessionView = z.output<typeof sessionSchema>;
export type ProjectView = z.output<typeof projectSchema>;
export type StageView = z.output<typeof stageSchema>;
export type ProjectDashboardView = ProjectView & {
  stages: StageView[];
  summary: {
    organisations: number;
    visits: number;
    assessed: number;
    committed: number;
    overdueFollowUps: number;
    gate: 'go' | 'no_go';
    gateBasis: 'decision' | 'criteria';
  };
  /** The field study's focus region and clusters; null until a focus region is chosen. */
  focus: ProjectFocusView;
};
export type MemberView = z.output<typeof memberSchema>;
export type InvitationView = z.output<typeof invitationSchema>;
export type OrganisationView = z.output<typeof organisationSchema>;
export type OrganisationSummaryView = z.output<typeof organisationSummarySchema>;
export type ContactView = z.output<typeof contactSchema>;
export type OrganisationDetailView = OrganisationView & {
  contacts: ContactView[];
  commitments: {
    id: string;
    willingness: number;
    influence: number;
    resourcesPledged: string;
    pledgedAmount: number | null;
    currency: string;
    assessedOn: string;
    assessorName: string | null;
    notes: string;
  }[];
  visits: { id: string; visitedOn: string; level: string; purpose: string }[];
};
export type VisitView = z.output<typeof visitSchema>;
export type FollowUpView = z.output<typeof followUpSchema>;
export type FollowUpListItem = FollowUpView & { visitedOn: string; organisations: string[] };
export type ReadinessView = z.output<typeof readinessSchema>;
export interface PageView<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export interface PowerInterestPoint {
  id: string;
  name: string;
  type: OrganisationView['type'];
  influence: number;
  willingness: number;
  assessedOn: string | null;
}
export interface ImportPreviewView {
  fileName: string;
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
  headings: string[];
  rowCount: number;
  sampleRows: string[][];
  suggestedMapping: Partial<Record<string, number>>;
}
export interface ImportResultView {
  fileName: string;
  dryRun: boolean;
  mapping: Partial<Record<string, number>>;
  rowCount: number;
  validCount: number;
  emptyRows: number;
  errors: {
    row: number;
    column: string | null;
    field: string | null;
    message: string;
    value?: string;
  }[];
  errorCount: number;
  preview: (Record<string, unknown> & {
    row: number;
    name: string;
    type: string;
    contactName: string | null;
  })[];
  created: number;
}
export interface InvitationInfoView {
  projectName: string;
  role: MemberView['role'];
  email: string;
  accountExists: boolean;
}

// Statistics (field study, secondary research).
export type DatasetView = z.output<typeof datasetSchema>;
export type DatasetUploadView = DatasetView & { warnings: string[] };
export type DatasetDetailView = DatasetView & { regions: string[] };
/** The answer of POST /datasets/preview. */
export type DatasetPreviewView = z.output<typeof datasetPreviewSchema>;
/** The `options` part of POST /datasets, as a client sends it. */
export type DatasetImportOptions = z.input<typeof datasetImportOptionsSchema>;
export type StatsMappingView = DatasetPreviewView['suggestedMapping'];
export type DefinitionSummaryView = z.output<typeof definitionSummarySchema>;
export type DefinitionView = z.output<typeof definitionSchema>;
export type DefinitionEntryView = DefinitionView['entries'][number];
export type RelatednessView = z.output<typeof relatednessSchema>;
export type StatisticsSettingsView = z.output<typeof statisticsSettingsSchema>;
export type ClusterRowView = z.output<typeof clusterRowSchema>;
export type RegionPortfolioView = z.output<typeof regionPortfolioSchema>;
export type ClusterRankingView = z.output<typeof clusterRankingSchema>;
export type ClusterOverviewView = z.output<typeof overviewSchema>;
export type ShiftShareView = z.output<typeof shiftShareSchema>;
export type RelatedClustersView = z.output<typeof relatedSchema>;
export type DensityView = z.output<typeof densitySchema>;
/** The focus region and clusters (what later stages carry on with), or null. */
export type ProjectFocusView = z.output<typeof projectFocusSchema>;
export type GeographyView = z.output<typeof geographySchema>;

// Field study, primary research.
export type QuestionnaireSummaryView = z.output<typeof questionnaireSummarySchema>;
export type QuestionnaireView = z.output<typeof questionnaireViewSchema>;
export type QuestionnaireTemplateView = z.output<typeof questionnaireTemplateSchema>;
export type RespondentLinkView = z.output<typeof respondentLinkSchema>;
export type ResponseSummaryView = z.output<typeof responseSummarySchema>;
export type ResponseView = z.output<typeof responseViewSchema>;
export type InterviewView = z.output<typeof interviewSchema>;
export type RelationView = z.output<typeof relationSchema>;
export type RespondentFormView = z.output<typeof respondentFormSchema>;
/** The quota tracker: core QuotaProgress plus the SMEs reached per way and who was reached how. */
export type QuotaView = z.output<typeof quotaSchema>;
/** A questionnaire's analysis: core QuestionAnalysis per question, CrossTabulation by a segment. */
export type AnalysisView = z.output<typeof analysisSchema>;
/** Analyses whose free-text answers carry their response id and tags (the analysis route). */
export type {
  TaggedAnalysis,
  TaggedText,
  TaggedTextAnalysis,
} from './presenters/presentTaggedAnalysis';
/** The tags on one free-text answer, as stored. */
export type AnswerTagsView = z.output<typeof answerTagsSchema>;
/** Tagged quotes across interviews and focus groups, with the tag counts. */
export type QuoteListView = z.output<typeof quoteListSchema>;
/** A project's value chain (null until chosen) and the templates it can start from. */
export type ValueChainView = z.output<typeof valueChainViewSchema>;
/** The cluster map: nodes with metrics, edges, summaries, ranked gaps, and the chain it used. */
export type ClusterMapView = z.output<typeof clusterMapSchema>;
export type ClusterMapNode = ClusterMapView['nodes'][number];
export type ClusterMapEdge = ClusterMapView['edges'][number];
/** The map's supplier industries (IO settings, LQs, judged or not); null until set. */
export type ClusterMapIo = ClusterMapView['io'];
export type IoTableView = z.output<typeof ioTableSchema>;
/** The suggested working group with reasons, and the confirmed one (null until confirmed). */
export type WorkingGroupView = z.output<typeof workingGroupViewSchema>;
export type {
  RelationImportPreviewView,
  RelationImportResultView,
} from './routes/relationFileRoutes';
/** Workshops (issue 6): the list's summary, the detail with the facilitator's view of the state. */
export type {
  WorkshopSummary as WorkshopSummaryView,
  WorkshopDetail as WorkshopDetailView,
} from './workshops/presentWorkshop';
/** The project's workshop results for the roadmap: vision, weighted factors, skills gaps. */
export type { ProjectWorkshopResults as ProjectWorkshopResultsView } from './workshops/projectWorkshopResults';
/** What a live screen receives in each `state` message of GET /api/live/:code. */
export type { LiveWorkshopView } from './workshops/workshopLiveSessions';
/** The public join-code lookup, GET /api/live/:code/info. */
export type { LiveWorkshopInfo as LiveWorkshopInfoView } from './routes/workshopRoutes';
/** The workshops' section of the roadmap document, GET .../workshop-results/report. */
export type { WorkshopReport as WorkshopReportView } from './routes/workshopRoutes';
/** Who of the working group is present in a workshop, GET .../workshops/:id/attendance. */
export type { WorkshopAttendance as WorkshopAttendanceView } from './workshops/workingGroupAttendance';
/** The Information Day deck's settings page: settings in force, library, logo, parts with data. */
export type { DeckSettingsAnswer } from './deck/deckSettingsAnswer';
/** A case of the benchmark library; `builtinKey` names the shipped case, null for the project's own. */
export type { BenchmarkCaseItem } from '@kume/db';
/** The project's logo as PUT /logo answers it: its type and pixel size. */
export type LogoInfo = z.output<typeof logoInfoSchema>;
/** Information Day events: the list's summary with counts, and the detail (agenda, poll workshop). */
export type { EventSummary, EventDetail } from './informationDay/presentEvent';
/** A guest's registration as the facilitator sees it (GET .../events/:id/registrations). */
export type { Registration } from './informationDay/presentRegistration';
/** The guest list with the event's counts (core AttendanceCounts). */
export interface RegistrationList {
  items: RegistrationView[];
  counts: { registered: number; waitlisted: number; cancelled: number; checkedIn: number };
}
/** A stakeholder's invitation; `IssuedInvitation` carries the link, shown once. */
export type {
  EventInvitation as Invitation,
  IssuedInvitation,
} from './routes/eventInvitationRoutes';
/** The public pages (no session): the event, a guest's own registration, an invitation. */
export type {
  PublicEvent,
  PublicRegistration,
  PublicInvitation,
} from './informationDay/presentPublic';
/** The event's polls with their votes and the poll workshop (GET .../events/:id/polls). */
export type { EventPollsView as EventPolls } from './informationDay/presentEventPolls';
/** Cluster definitions derived from a dataset (POST .../statistics/derive, /derive/compare, /definitions/derived). */
export type {
  DeriveAnswer as DeriveAnswerView,
  DeriveResult as DeriveResultView,
  CompareAnswer as DeriveCompareView,
} from './statistics/deriveDefinitionsSchemas';
export type DeriveRequest = z.input<typeof deriveBodySchema>;
export type SaveDerivedRequest = z.input<typeof saveDerivedBodySchema>;
export type DeriveLevelsView = z.output<typeof deriveLevelsSchema>;
/** The roadmap's indicators with values and health, and the monitoring page (GET .../roadmap/monitoring). */
export type { IndicatorView, IndicatorValueView, MonitoringView } from './roadmap/indicatorViews';
/** The cluster management's self-assessment (GET .../roadmap/self-assessment) and one assessment. */
export type { SelfAssessmentView, SelfAssessmentRecord } from './roadmap/selfAssessmentView';
/** Network change between two periods of reported relations (GET .../roadmap/network-change). */
export type { NetworkChangeView } from './roadmap/networkChange';
/** The roadmap: settings, sources, items, the action plan and coverage (GET .../roadmap). */
export type {
  RoadmapView,
  RoadmapItemView,
  RoadmapActionView,
  SourceAvailability,
} from './roadmap/roadmapView';
