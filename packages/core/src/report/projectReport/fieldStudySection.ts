// The report's field study from the deck's parts: the region's clusters by LQ, the questionnaires
// and interviews with who they reached, the cluster map in figures, its gaps and the working group.

import type { DeckClusterMap, DeckFieldStudy, DeckStatistics } from '../../deck/deckInput';
import type { ProjectReportInput } from '../projectReportInput';
import type { ReportBlock, ReportSection } from '../reportDocument';
import { unavailable, type ReportContext } from './reportContext';

/** The most connected organisations the report lists. */
const MOST_CONNECTED = 10;

function statisticsBlocks(
  statistics: DeckStatistics | null,
  context: ReportContext,
): ReportBlock[] {
  const { words, format } = context;
  if (!statistics || statistics.clusters.length === 0)
    return [unavailable(context, words.noStatistics, 'statisticsData')];
  const { clusters, region, firstYear, lastYear } = statistics;
  const years = firstYear === lastYear ? String(lastYear) : `${firstYear}–${lastYear}`;
  const strong = clusters.filter((cluster) => cluster.strong).length;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `${words.lqMeaning} ${words.strongCount(format.integer(strong), format.integer(clusters.length))}`,
    },
    {
      kind: 'chart',
      chart: 'bar',
      categories: clusters.map((cluster) => cluster.name),
      series: [{ name: 'LQ', values: clusters.map((cluster) => cluster.lq) }],
      valueFormat: 'decimal',
      caption: words.lqCaption(region.name, lastYear),
    },
    {
      kind: 'table',
      columns: words.clusterColumns(lastYear),
      rows: clusters.map((cluster) => [
        cluster.name,
        Math.round(cluster.lq * 100) / 100,
        cluster.employment,
        cluster.growthPercent === null ? words.notYet : Math.round(cluster.growthPercent * 10) / 10,
        [cluster.strong && words.strongMark, cluster.focus && words.focusMark]
          .filter(Boolean)
          .join(', ') || words.notYet,
      ]),
    },
    { kind: 'paragraph', text: words.strongAndFocus },
  ];
  const series = statistics.employmentSeries.filter((entry) => entry.points.length > 1);
  if (series.length > 0) {
    const allYears = [...new Set(series.flatMap((entry) => entry.points.map((p) => p.year)))].sort(
      (a, b) => a - b,
    );
    blocks.push({
      kind: 'chart',
      chart: 'line',
      categories: allYears.map(String),
      series: series.map((entry) => ({
        name: entry.clusterName,
        values: allYears.map(
          (year) => entry.points.find((point) => point.year === year)?.employment ?? null,
        ),
      })),
      valueFormat: 'integer',
      caption: words.employmentCaption(region.name),
    });
  }
  if (statistics.lqByRegion && statistics.lqByRegion.regions.length > 0)
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      categories: statistics.lqByRegion.regions.map((entry) => entry.name),
      series: [{ name: 'LQ', values: statistics.lqByRegion.regions.map((entry) => entry.lq) }],
      valueFormat: 'decimal',
      caption: words.lqByRegionCaption(statistics.lqByRegion.clusterName),
    });
  blocks.push({
    kind: 'paragraph',
    text: words.statisticsSource(statistics.datasetName, statistics.definitionName, years),
  });
  return blocks;
}

function primaryBlocks(study: DeckFieldStudy | null, context: ReportContext): ReportBlock[] {
  const { words, format } = context;
  if (!study) return [unavailable(context, words.noFieldStudy, 'questionnaires')];
  const keys = words.studyKeys;
  const missing = Math.max(0, study.quotaTarget - study.smesReached);
  const blocks: ReportBlock[] = [
    {
      kind: 'keyValues',
      items: [
        { key: keys.questionnaires, value: format.integer(study.questionnaires) },
        { key: keys.responses, value: format.integer(study.responsesSubmitted) },
        {
          key: keys.smes,
          value: words.ofTarget(
            format.integer(study.smesReached),
            format.integer(study.quotaTarget),
          ),
        },
        { key: keys.interviews, value: format.integer(study.interviews) },
        { key: keys.focusGroups, value: format.integer(study.focusGroups) },
        {
          key: keys.relations,
          value: words.confirmed(
            format.integer(study.relations),
            format.integer(study.confirmedRelations),
          ),
        },
      ],
    },
    {
      kind: 'paragraph',
      text:
        missing === 0
          ? words.quotaMet(format.integer(study.quotaTarget))
          : words.quotaMissing(format.integer(missing), format.integer(study.quotaTarget)),
    },
  ];
  const tally = (entries: { label: string; count: number }[], caption: string): ReportBlock[] => {
    const shown = entries.filter((entry) => entry.count > 0);
    if (shown.length === 0) return [];
    return [
      {
        kind: 'chart',
        chart: 'bar',
        categories: shown.map((entry) => entry.label),
        series: [{ name: words.organisations, values: shown.map((entry) => entry.count) }],
        valueFormat: 'integer',
        caption,
      },
    ];
  };
  blocks.push(
    ...tally(study.byStage, words.reachedByStageCaption),
    ...tally(study.bySize, words.reachedBySizeCaption),
  );
  const questions = study.keyQuestions.filter((question) => question.answers.length > 0);
  if (questions.length > 0) {
    blocks.push({ kind: 'heading', text: words.keyQuestionsHeading, level: 3 });
    for (const question of questions) {
      const total = question.answers.reduce((sum, answer) => sum + answer.count, 0);
      blocks.push({
        kind: 'chart',
        chart: 'bar',
        categories: question.answers.map((answer) => answer.label),
        series: [{ name: words.answers, values: question.answers.map((answer) => answer.count) }],
        valueFormat: 'integer',
        caption: words.questionCaption(question.question, format.integer(total)),
      });
    }
  }
  return blocks;
}

function mapBlocks(map: DeckClusterMap | null, context: ReportContext): ReportBlock[] {
  const { words, format } = context;
  if (!map) return [unavailable(context, words.noMap, 'relations')];
  // Relations per organisation: each edge counts once for both ends (direction does not matter here).
  const links = new Map<string, number>();
  for (const edge of map.edges) {
    links.set(edge.source, (links.get(edge.source) ?? 0) + 1);
    links.set(edge.target, (links.get(edge.target) ?? 0) + 1);
  }
  const stageName = (stage: number | null) =>
    (stage === null ? undefined : map.stages[stage]) ?? words.notPlaced;
  const stageRows = [...map.stages.map((_, index) => index), null].flatMap((stage) => {
    const nodes = map.nodes.filter((node) => node.stage === stage);
    if (nodes.length === 0) return [];
    return [[stageName(stage), nodes.length, nodes.filter((node) => links.has(node.id)).length]];
  });
  const connected = map.nodes
    .filter((node) => links.has(node.id))
    .sort((a, b) => (links.get(b.id) ?? 0) - (links.get(a.id) ?? 0) || b.weight - a.weight)
    .slice(0, MOST_CONNECTED);
  return [
    {
      kind: 'paragraph',
      text: words.map(
        format.integer(map.nodes.length),
        format.integer(map.edges.length),
        format.decimal(map.density, 3),
        format.integer(map.components),
      ),
    },
    { kind: 'table', columns: words.mapStageColumns, rows: stageRows },
    { kind: 'heading', text: words.mostConnectedHeading, level: 3 },
    {
      kind: 'table',
      columns: words.mostConnectedColumns,
      rows: connected.map((node) => [
        node.name,
        context.typeName(node.type),
        stageName(node.stage),
        links.get(node.id) ?? 0,
      ]),
    },
    {
      kind: 'paragraph',
      text: map.brokers.length > 0 ? words.brokers(map.brokers.join(', ')) : words.noBrokers,
    },
    { kind: 'paragraph', text: words.mapInKume },
  ];
}

function gapBlocks(input: ProjectReportInput, context: ReportContext): ReportBlock[] {
  const { words } = context;
  const { gaps } = input.deck;
  if (gaps === null) return [unavailable(context, words.gapsNotComputed, 'relations')];
  if (gaps.length === 0) return [{ kind: 'paragraph', text: words.noGapsFound }];
  return [
    {
      kind: 'table',
      columns: words.gapColumns,
      rows: gaps.map((gap, index) => [index + 1, gap.title, gap.detail]),
    },
  ];
}

function workingGroupBlocks(input: ProjectReportInput, context: ReportContext): ReportBlock[] {
  const { words, format } = context;
  const group = input.deck.workingGroup;
  if (!group || group.members.length === 0)
    return [unavailable(context, words.noWorkingGroup, 'workingGroup')];
  const members = format.integer(group.members.length);
  return [
    {
      kind: 'paragraph',
      text: group.confirmedOn
        ? words.groupConfirmed(members, format.date(group.confirmedOn))
        : words.groupProposed(members),
    },
    {
      kind: 'table',
      columns: words.groupColumns,
      rows: group.members.map((member) => [
        member.name,
        context.typeName(member.type),
        member.stage ?? words.notYet,
      ]),
    },
  ];
}

/** Stage 2 of the report: secondary and primary research, the cluster map, gaps, working group. */
export function fieldStudySection(
  input: ProjectReportInput,
  context: ReportContext,
): ReportSection {
  const { words } = context;
  return {
    title: words.fieldTitle,
    blocks: [
      { kind: 'paragraph', text: words.fieldIntro },
      { kind: 'heading', text: words.secondaryHeading },
      ...statisticsBlocks(input.deck.statistics, context),
      { kind: 'heading', text: words.primaryHeading },
      ...primaryBlocks(input.deck.fieldStudy, context),
      { kind: 'heading', text: words.mapHeading },
      ...mapBlocks(input.deck.clusterMap, context),
      { kind: 'heading', text: words.gapsHeading },
      ...gapBlocks(input, context),
      { kind: 'heading', text: words.workingGroupHeading },
      ...workingGroupBlocks(input, context),
    ],
  };
}
