// The roadmap document's monitoring: every indicator with its latest value and health, line charts
// of the indicators measured at least twice against their path to the target, the programme
// indicators, and the coverage check (needs no action addresses).

import { normaliseUnit, sameUnit } from '../roadmap/normaliseUnit';
import { INDICATOR_HEALTHS } from '../roadmap/indicatorHealth';
import { localText } from '../survey/localText';
import type { ReportBlock, ReportChartBlock, ReportSection } from './reportDocument';
import { MISSING, type RoadmapContext } from './roadmapDocumentContext';
import type { RoadmapDocumentIndicator, RoadmapDocumentItem } from './roadmapDocumentInput';
import { latestValue } from './roadmapPlanSections';
import { allIndicators, healthCounts } from './roadmapSummarySection';

/** Charts of indicators in the document, at most. */
export const MAX_INDICATOR_CHARTS = 8;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The indicator's values in its unit, one a day (the later in the list), by day. */
function measurements(indicator: RoadmapDocumentIndicator): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const value of indicator.values)
    if (sameUnit(value.unit, indicator.unit)) byDay.set(value.on, value.value);
  return new Map([...byDay].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/**
 * The indicator's line chart: the baseline and the measured values, each beside the value the
 * straight line from the baseline to the target expected on its day (the line the health is
 * judged against). The categories are those days, evenly spaced; the caption gives the target.
 */
export function indicatorChart(
  context: RoadmapContext,
  indicator: RoadmapDocumentIndicator,
): ReportChartBlock {
  const { words } = context;
  const measured = measurements(indicator);
  if (!measured.has(indicator.baselineOn)) measured.set(indicator.baselineOn, indicator.baseline);
  const days = [...measured.keys()].sort();
  const span = dayNumber(indicator.dueOn) - dayNumber(indicator.baselineOn);
  const expected = (day: string) => {
    const share = span <= 0 ? 1 : (dayNumber(day) - dayNumber(indicator.baselineOn)) / span;
    return (
      indicator.baseline + Math.min(1, Math.max(0, share)) * (indicator.target - indicator.baseline)
    );
  };
  const all = [indicator.baseline, indicator.target, ...measured.values()];
  return {
    kind: 'chart',
    chart: 'line',
    categories: days.map((day) => context.day(day)),
    series: [
      { name: words.monitoring.measured, values: days.map((day) => measured.get(day) ?? null) },
      {
        name: words.monitoring.path,
        values: days.map((day) => Math.round(expected(day) * 100) / 100),
      },
    ],
    valueFormat:
      normaliseUnit(indicator.unit) === '%'
        ? 'percent'
        : all.every((value) => Number.isInteger(value))
          ? 'integer'
          : 'decimal',
    caption: words.monitoring.caption(
      context.indicatorName(indicator),
      context.indicatorUnit(indicator),
      context.number(indicator.target),
      context.day(indicator.dueOn),
    ),
  };
}

function actionIndicatorBlocks(context: RoadmapContext): ReportBlock[] {
  const { words, input } = context;
  const m = words.monitoring;
  const rows = input.actions.flatMap((action) =>
    action.indicators.map((indicator) => {
      const latest = latestValue(indicator);
      return [
        context.actionCode.get(action.id) ?? '',
        `${context.indicatorName(indicator)} (${context.indicatorUnit(indicator)})`,
        indicator.target,
        context.day(indicator.dueOn),
        latest ? latest.value : MISSING,
        words.health[indicator.health.health],
      ];
    }),
  );
  return [
    { kind: 'heading', text: m.actionIndicators },
    rows.length > 0
      ? { kind: 'table', columns: m.actionColumns, rows }
      : context.notYet(m.noActionIndicators),
  ];
}

function chartBlocks(context: RoadmapContext): ReportBlock[] {
  const m = context.words.monitoring;
  const eligible = allIndicators(context).filter((indicator) => measurements(indicator).size >= 2);
  const shown = eligible.slice(0, MAX_INDICATOR_CHARTS);
  return [
    { kind: 'heading', text: m.charts },
    ...(shown.length === 0
      ? [{ kind: 'paragraph', text: m.noCharts } as ReportBlock]
      : [
          { kind: 'paragraph', text: m.chartsIntro(shown.length, eligible.length) } as ReportBlock,
          ...shown.map((indicator) => indicatorChart(context, indicator)),
        ]),
  ];
}

function programmeBlocks(context: RoadmapContext): ReportBlock[] {
  const { words, input } = context;
  const m = words.monitoring;
  const heading: ReportBlock = { kind: 'heading', text: m.programme };
  if (input.roadmapIndicators.length === 0) return [heading, context.notYet(m.noProgramme)];
  return [
    heading,
    { kind: 'paragraph', text: m.programmeIntro },
    {
      kind: 'table',
      columns: m.programmeColumns,
      rows: input.roadmapIndicators.map((indicator) => {
        const latest = latestValue(indicator);
        return [
          context.indicatorName(indicator),
          context.indicatorUnit(indicator),
          indicator.baseline,
          indicator.target,
          context.day(indicator.dueOn),
          latest ? latest.value : MISSING,
          words.health[indicator.health.health],
        ];
      }),
    },
  ];
}

export function monitoringSection(context: RoadmapContext): ReportSection {
  const { words } = context;
  const title = words.sections.monitoring;
  const indicators = allIndicators(context);
  if (indicators.length === 0)
    return { title, blocks: [context.notYet(words.summary.noIndicators)] };
  const counts = healthCounts(indicators);
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: words.monitoring.intro },
      { kind: 'heading', text: words.monitoring.counts },
      {
        kind: 'keyValues',
        items: INDICATOR_HEALTHS.map((health) => ({
          key: words.health[health],
          value: String(counts[health]),
        })),
      },
      ...actionIndicatorBlocks(context),
      ...chartBlocks(context),
      ...programmeBlocks(context),
    ],
  };
}

export function coverageSection(context: RoadmapContext): ReportSection {
  const { input, words } = context;
  const { coverage } = input.settings;
  const title = words.sections.coverage;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: words.coverage.intro(
        coverage.minFactorWeight === null
          ? null
          : context.format.percent(coverage.minFactorWeight * 100, 0),
        context.number(coverage.largeGapScore),
      ),
    },
  ];
  const figure = (item: RoadmapDocumentItem) =>
    item.kind === 'success_factor'
      ? item.weight === null
        ? MISSING
        : words.coverage.weight(context.format.percent(item.weight * 100, 1))
      : words.coverage.score(context.format.decimal(item.score ?? 0, 2));
  // The needs the check asks for: factors (heavy enough, or unweighted) and large gaps.
  const needs = context.items.filter((item) => {
    if (item.sourceState === 'gone') return false;
    if (item.kind === 'success_factor')
      return (
        coverage.minFactorWeight === null ||
        item.weight === null ||
        item.weight >= coverage.minFactorWeight
      );
    if (item.kind === 'value_chain_gap' || item.kind === 'investment_need')
      return (item.score ?? 0) >= coverage.largeGapScore;
    return false;
  });
  const uncovered = input.uncoveredKeys.flatMap((key) => {
    const item = context.itemByKey.get(key);
    return item ? [item] : [];
  });
  if (needs.length === 0 && uncovered.length === 0) {
    blocks.push(context.whyEmpty('factors') ?? context.notYet(words.notAssembled));
  } else {
    blocks.push({ kind: 'heading', text: words.coverage.uncoveredHeading });
    blocks.push(
      uncovered.length > 0
        ? {
            kind: 'table',
            columns: words.coverage.columns,
            rows: uncovered.map((item) => [
              context.itemTitle(item),
              words.kinds[item.kind],
              figure(item),
              localText(item.source.label, context.language),
            ]),
          }
        : { kind: 'paragraph', text: words.coverage.allCovered },
    );
    blocks.push({ kind: 'heading', text: words.coverage.allHeading });
    blocks.push({
      kind: 'table',
      columns: words.coverage.allColumns,
      rows: needs.map((item) => [
        context.itemTitle(item),
        words.kinds[item.kind],
        figure(item),
        context.addressedBy(item.key, { live: true }),
      ]),
    });
  }
  const dismissed = input.items.filter((item) => item.dismissed).length;
  if (dismissed > 0) blocks.push({ kind: 'paragraph', text: words.coverage.dismissed(dismissed) });
  return { title, blocks };
}
