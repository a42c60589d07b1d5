// The report's first stage: the registry by type and value-chain stage, the visits and their
// follow-ups, the commitment assessments, and the readiness gate with its criteria and decision.

import type { ProjectReportInput, ProjectReportStakeholders } from '../projectReportInput';
import type { ReportBlock, ReportSection } from '../reportDocument';
import { unavailable, type ReportContext } from './reportContext';

function registryBlocks(
  stakeholders: ProjectReportStakeholders,
  context: ReportContext,
): ReportBlock[] {
  const { words, format } = context;
  const rows = stakeholders.byType.filter((row) => row.registered > 0);
  const sum = (key: 'registered' | 'visited' | 'assessed' | 'committed') =>
    rows.reduce((total, row) => total + row[key], 0);
  if (sum('registered') === 0)
    return [unavailable(context, words.noOrganisations, 'organisations')];
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: words.registry(
        format.integer(sum('registered')),
        format.integer(sum('visited')),
        format.integer(sum('assessed')),
        format.integer(sum('committed')),
      ),
    },
    {
      kind: 'table',
      columns: words.registryColumns,
      rows: [
        ...rows.map((row) => [
          context.typeName(row.type),
          row.registered,
          row.visited,
          row.assessed,
          row.committed,
        ]),
        [words.total, sum('registered'), sum('visited'), sum('assessed'), sum('committed')],
      ],
    },
    {
      kind: 'chart',
      chart: 'bar',
      categories: rows.map((row) => context.typeName(row.type)),
      series: [
        { name: words.seriesRegistered, values: rows.map((row) => row.registered) },
        { name: words.seriesVisited, values: rows.map((row) => row.visited) },
        { name: words.seriesCommitted, values: rows.map((row) => row.committed) },
      ],
      valueFormat: 'integer',
      caption: words.byTypeCaption,
    },
  ];
  const stages = stakeholders.byStage.filter((row) => row.count > 0);
  if (stages.length > 0)
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      categories: stages.map((row) => row.stage ?? words.notPlaced),
      series: [{ name: words.organisations, values: stages.map((row) => row.count) }],
      valueFormat: 'integer',
      caption: words.byStageCaption,
    });
  return blocks;
}

function visitBlocks(
  stakeholders: ProjectReportStakeholders,
  context: ReportContext,
): ReportBlock[] {
  const { words, format } = context;
  const { visits, followUps } = stakeholders;
  if (visits.count === 0 || !visits.firstOn || !visits.lastOn)
    return [unavailable(context, words.noVisits, 'visits')];
  const visited = stakeholders.byType.reduce((total, row) => total + row.visited, 0);
  const levels = (Object.keys(visits.byLevel) as (keyof typeof visits.byLevel)[])
    .filter((level) => visits.byLevel[level] > 0)
    .map((level) => `${words.visitLevels[level]} ${format.integer(visits.byLevel[level])}`)
    .join(', ');
  return [
    {
      kind: 'paragraph',
      text: [
        words.visits(
          format.integer(visits.count),
          format.date(visits.firstOn),
          format.date(visits.lastOn),
          format.integer(visited),
        ),
        words.byLevel(levels),
        followUps.count === 0
          ? words.noFollowUps
          : words.followUps(
              format.integer(followUps.count),
              format.integer(followUps.done),
              format.integer(followUps.overdue),
            ),
      ].join(' '),
    },
  ];
}

function commitmentBlocks(
  stakeholders: ProjectReportStakeholders,
  input: ProjectReportInput,
  context: ReportContext,
): ReportBlock[] {
  const { words, format } = context;
  const assessed = stakeholders.willingness.reduce((total, count) => total + count, 0);
  if (assessed === 0) return [unavailable(context, words.noAssessments, 'organisations')];
  const { assessment, thresholds } = input.readiness;
  return [
    {
      kind: 'paragraph',
      text: words.commitment(
        format.integer(assessed),
        format.integer(assessment.counts.committed),
        thresholds.committedWillingness,
        format.integer(stakeholders.pledged),
      ),
    },
    {
      kind: 'chart',
      chart: 'bar',
      categories: [...words.willingnessLabels],
      series: [{ name: words.organisations, values: [...stakeholders.willingness] }],
      valueFormat: 'integer',
      caption: words.willingnessCaption,
    },
  ];
}

function gateBlocks(input: ProjectReportInput, context: ReportContext): ReportBlock[] {
  const { words, format } = context;
  const { assessment, thresholds } = input.readiness;
  const outcome = (value: 'go' | 'no_go') => words.outcomes[value];
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: words.gateExplanation }];
  const { decision } = assessment;
  if (decision) {
    blocks.push({
      kind: 'paragraph',
      text: [
        words.decided(
          outcome(decision.decision),
          format.date(decision.decidedOn),
          decision.decidedBy,
        ),
        decision.note.trim() ? words.decisionNote(decision.note.trim()) : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
    if (assessment.decisionDiffersFromCriteria)
      blocks.push({
        kind: 'note',
        title: words.disagreeTitle,
        text: words.disagree(outcome(decision.decision), outcome(assessment.criteriaOutcome)),
      });
  } else {
    blocks.push(
      { kind: 'paragraph', text: words.criteriaSay(outcome(assessment.criteriaOutcome)) },
      unavailable(context, words.noDecision, 'readiness'),
    );
  }
  const share = (value: number) => format.percent(value * 100, 0);
  blocks.push(
    {
      kind: 'table',
      columns: words.checkColumns,
      rows: assessment.checks.map((check) => {
        const isShare = check.id === 'committed_share_of_visited';
        // Counts and shares alike as text, so that the two columns line up.
        const figure = (value: number) => (isShare ? share(value) : format.integer(value));
        const actual = check.actual === undefined ? words.notYet : figure(check.actual);
        return [
          words.checks[check.id],
          figure(check.required),
          actual,
          check.met ? words.met : words.notMet,
        ];
      }),
    },
    {
      kind: 'paragraph',
      text: words.firmTypesAre(
        thresholds.firmTypes.map((type) => context.typeName(type)).join(', '),
      ),
    },
  );
  return blocks;
}

/** Stage 1 of the report: the registry, the visits, commitment and the readiness gate. */
export function stakeholderSection(
  input: ProjectReportInput,
  context: ReportContext,
): ReportSection {
  const { words } = context;
  const { stakeholders } = input;
  return {
    title: words.stages.stakeholder_visits,
    blocks: [
      { kind: 'paragraph', text: words.stakeholderIntro },
      { kind: 'heading', text: words.registryHeading },
      ...registryBlocks(stakeholders, context),
      { kind: 'heading', text: words.visitsHeading },
      ...visitBlocks(stakeholders, context),
      { kind: 'heading', text: words.commitmentHeading },
      ...commitmentBlocks(stakeholders, input, context),
      { kind: 'heading', text: words.gateHeading },
      ...gateBlocks(input, context),
    ],
  };
}
