// The report's summary: the project in a few lines, a sample-data warning when it applies, and
// one row per stage saying where it stands, in figures.

import type { Stage } from '../../project/stages';
import type { StageStatus } from '../projectReportWords';
import type { ProjectReportInput } from '../projectReportInput';
import type { ReportBlock, ReportSection } from '../reportDocument';
import type { ReportContext } from './reportContext';

interface StageRow {
  stage: Stage;
  status: StageStatus;
  figures: string;
}

/** How many of the three workshop results (vision, factors, skills) a closed workshop has given. */
export function workshopResultCount(input: ProjectReportInput): number {
  const { vision, factors, skills } = input.workshops.results;
  return [
    vision !== null,
    (factors?.items.length ?? 0) > 0,
    (skills?.items.length ?? 0) > 0,
  ].filter(Boolean).length;
}

function stakeholderRow(input: ProjectReportInput, context: ReportContext): StageRow {
  const { words, format } = context;
  const { assessment } = input.readiness;
  const registered = input.stakeholders.byType.reduce((total, row) => total + row.registered, 0);
  const visits = input.stakeholders.visits.count;
  const { decision } = assessment;
  const status: StageStatus =
    decision?.decision === 'go'
      ? 'done'
      : registered === 0 && visits === 0
        ? 'not_started'
        : 'under_way';
  const gate = words.gateFigure(
    words.outcomes[assessment.outcome],
    decision ? words.byDecision(format.date(decision.decidedOn)) : words.byCriteria,
  );
  return {
    stage: 'stakeholder_visits',
    status,
    figures: `${words.stakeholderFigures(
      format.integer(registered),
      format.integer(visits),
      format.integer(assessment.counts.committed),
    )} ${gate}`,
  };
}

function fieldStudyRow(input: ProjectReportInput, context: ReportContext): StageRow {
  const { words, format } = context;
  const { statistics, fieldStudy, clusterMap, workingGroup } = input.deck;
  const figures = [
    statistics &&
      words.statisticsFigure(
        statistics.region.name,
        format.integer(statistics.clusters.filter((cluster) => cluster.strong).length),
      ),
    fieldStudy &&
      words.fieldFigures(
        format.integer(fieldStudy.smesReached),
        format.integer(fieldStudy.quotaTarget),
        format.integer(fieldStudy.relations),
      ),
  ].filter((text): text is string => Boolean(text));
  const done =
    statistics !== null &&
    fieldStudy !== null &&
    fieldStudy.smesReached >= fieldStudy.quotaTarget &&
    clusterMap !== null &&
    workingGroup?.confirmedOn != null;
  const started = statistics !== null || fieldStudy !== null || clusterMap !== null;
  return {
    stage: 'field_study',
    status: done ? 'done' : started ? 'under_way' : 'not_started',
    figures: figures.length > 0 ? figures.join(' ') : words.noFieldFigures,
  };
}

function laterRows(input: ProjectReportInput, context: ReportContext): StageRow[] {
  const { words, format } = context;
  const { event, attendance } = input.deck;
  const results = workshopResultCount(input);
  const { held } = input.workshops;
  const closed = held.filter((workshop) => workshop.status === 'closed').length;
  const { roadmap } = input;
  const untouched = roadmap.assembledAt === null && roadmap.items === 0 && roadmap.actions === 0;
  return [
    {
      stage: 'information_day',
      status: !event ? 'not_started' : event.date <= input.generatedOn ? 'done' : 'under_way',
      figures: !event
        ? words.notYet
        : event.date > input.generatedOn
          ? words.dayAheadFigures(
              event.title,
              format.date(event.date),
              format.integer(attendance?.registered ?? 0),
            )
          : words.dayFigures(
              event.title,
              format.date(event.date),
              format.integer(attendance?.registered ?? 0),
              format.integer(attendance?.checkedIn ?? 0),
            ),
    },
    {
      stage: 'workshops',
      status: held.length === 0 ? 'not_started' : results === 3 ? 'done' : 'under_way',
      figures:
        held.length === 0
          ? words.notYet
          : words.workshopFigures(format.integer(closed), format.integer(results)),
    },
    {
      stage: 'roadmap',
      status: untouched ? 'not_started' : roadmap.actions > 0 ? 'done' : 'under_way',
      figures: untouched
        ? words.notYet
        : words.roadmapFigures(
            format.integer(roadmap.items),
            format.integer(roadmap.actions),
            format.integer(roadmap.indicators),
          ),
    },
  ];
}

/** The summary: the project, sample data said first, and each stage's status with its figures. */
export function summarySection(input: ProjectReportInput, context: ReportContext): ReportSection {
  const { words } = context;
  const { project } = input;
  const blocks: ReportBlock[] = [];
  if (project.isSample)
    blocks.push({ kind: 'note', title: words.sampleTitle, text: words.sampleText });
  const facts = [
    { key: words.sector, value: project.sector.trim() },
    { key: words.region, value: project.region.trim() },
  ].filter((item) => item.value !== '');
  blocks.push(
    { kind: 'heading', text: words.aboutHeading },
    { kind: 'paragraph', text: project.description.trim() || words.noDescription },
    ...(facts.length > 0 ? [{ kind: 'keyValues' as const, items: facts }] : []),
    { kind: 'paragraph', text: words.process },
    { kind: 'heading', text: words.stagesHeading },
    {
      kind: 'table',
      columns: words.stageColumns,
      rows: [
        stakeholderRow(input, context),
        fieldStudyRow(input, context),
        ...laterRows(input, context),
      ].map((row) => [words.stages[row.stage], words.status[row.status], row.figures]),
    },
  );
  return { title: words.summaryTitle, blocks };
}
