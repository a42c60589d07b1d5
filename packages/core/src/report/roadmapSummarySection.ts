// The roadmap document's summary: the vision, the plan in figures, the budget by term and funding
// source, and the health of the indicators, for the reader who reads one page.

import { localText } from '../survey/localText';
import { HORIZONS } from '../roadmap/actionInput';
import { INDICATOR_HEALTHS, type IndicatorHealth } from '../roadmap/indicatorHealth';
import { budgetCurrencies, budgetedActions, budgetTable, budgetTotals } from './roadmapBudget';
import type { ReportBlock, ReportSection } from './reportDocument';
import type { RoadmapContext } from './roadmapDocumentContext';
import { visionItem } from './roadmapFindingSections';
import type { RoadmapDocumentIndicator } from './roadmapDocumentInput';
import { ACTION_STATUSES } from '../roadmap/actionInput';

/** Every indicator of the roadmap: the actions' in plan order, then the roadmap's own. */
export function allIndicators(context: RoadmapContext): RoadmapDocumentIndicator[] {
  return [
    ...context.input.actions.flatMap((action) => action.indicators),
    ...context.input.roadmapIndicators,
  ];
}

export function healthCounts(
  indicators: readonly RoadmapDocumentIndicator[],
): Record<IndicatorHealth, number> {
  const counts = Object.fromEntries(INDICATOR_HEALTHS.map((h) => [h, 0])) as Record<
    IndicatorHealth,
    number
  >;
  for (const indicator of indicators) counts[indicator.health.health] += 1;
  return counts;
}

/** The first and last day of the actions, as the summary writes them; null without actions. */
function actionSpan(context: RoadmapContext): string | null {
  const { actions } = context.input;
  if (actions.length === 0) return null;
  const from = actions.reduce(
    (first, a) => (a.startOn < first ? a.startOn : first),
    actions[0]!.startOn,
  );
  const to = actions.reduce((last, a) => (a.endOn > last ? a.endOn : last), actions[0]!.endOn);
  return `${context.day(from)} – ${context.day(to)}`;
}

function glance(context: RoadmapContext): ReportBlock {
  const { input, words, language } = context;
  const s = words.summary;
  const lower = (text: string) => text.toLocaleLowerCase(language === 'tr' ? 'tr' : 'en');
  const statusCounts = ACTION_STATUSES.map(
    (status) => [status, input.actions.filter((a) => a.status === status).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${lower(words.statuses[status])}`)
    .join(', ');
  const live = budgetedActions(input.actions);
  const covered = new Set(live.flatMap((action) => action.itemKeys));
  const factors = context.items.filter(
    (item) => item.kind === 'success_factor' && item.sourceState === 'present',
  );
  const uncoveredGaps = input.uncoveredKeys.filter((key) => {
    const kind = context.itemByKey.get(key)?.kind;
    return kind === 'value_chain_gap' || kind === 'investment_need';
  });
  const currencies = budgetCurrencies(live);
  const totals = budgetTotals(live, currencies);
  const uncosted = live.filter((action) => action.budget === null).length;
  const budget = [
    currencies.map((currency, index) => context.money(totals[index] ?? 0, currency)).join(' + ') ||
      words.common.none,
    ...(uncosted > 0 ? [s.uncostedActions(uncosted)] : []),
  ].join('; ');
  const span = actionSpan(context);
  return {
    kind: 'keyValues',
    items: [
      { key: s.startsOn, value: context.day(input.settings.startsOn) },
      ...(span ? [{ key: s.span, value: span }] : []),
      { key: s.actionCount, value: String(input.actions.length) },
      ...(statusCounts ? [{ key: s.statusCounts, value: statusCounts }] : []),
      {
        key: s.factorsAddressed,
        value: `${factors.filter((item) => covered.has(item.key)).length} / ${factors.length}`,
      },
      { key: s.uncoveredGaps, value: String(uncoveredGaps.length) },
      { key: s.totalBudget, value: budget },
      { key: s.indicators, value: String(allIndicators(context).length) },
    ],
  };
}

function budgetBlocks(context: RoadmapContext): ReportBlock[] {
  const { words } = context;
  const live = budgetedActions(context.input.actions);
  const currencies = budgetCurrencies(live);
  if (currencies.length === 0) return [];
  const byTerm = HORIZONS.map((horizon) => ({
    label: words.horizons[horizon],
    actions: live.filter((action) => action.effectiveHorizon === horizon),
  }));
  return [
    { kind: 'heading', text: words.summary.budgetByTerm },
    budgetTable(context, words.budget.termColumn, byTerm, currencies),
    { kind: 'heading', text: words.summary.budgetByFunding },
    budgetTable(context, words.budget.fundingColumn, fundingGroups(context), currencies),
  ];
}

/**
 * The actions (not cancelled) by funding source as typed: the largest budget first (in the first
 * currency), then the most actions, then by name; the unstated source last.
 */
export function fundingGroups(context: RoadmapContext) {
  const live = budgetedActions(context.input.actions);
  const main = budgetCurrencies(live)[0] ?? 'TRY';
  const sources = new Map<string, typeof live>();
  for (const action of live) {
    const source = action.fundingSource.trim();
    sources.set(source, [...(sources.get(source) ?? []), action]);
  }
  const total = (actions: typeof live) => budgetTotals(actions, [main])[0] ?? 0;
  return [...sources]
    .sort(
      (a, b) =>
        Number(a[0] === '') - Number(b[0] === '') ||
        total(b[1]) - total(a[1]) ||
        b[1].length - a[1].length ||
        a[0].localeCompare(b[0], context.format.locale),
    )
    .map(([source, actions]) => ({
      label: source || context.words.common.notStated,
      actions,
    }));
}

function healthBlocks(context: RoadmapContext): ReportBlock[] {
  const { words } = context;
  const indicators = allIndicators(context);
  const heading: ReportBlock = { kind: 'heading', text: words.summary.healthHeading };
  if (indicators.length === 0) return [heading, context.notYet(words.summary.noIndicators)];
  const counts = healthCounts(indicators);
  return [
    heading,
    {
      kind: 'keyValues',
      items: INDICATOR_HEALTHS.map((health) => ({
        key: words.health[health],
        value: String(counts[health]),
      })),
    },
  ];
}

export function summarySection(context: RoadmapContext): ReportSection {
  const { input, words } = context;
  const vision = visionItem(context);
  return {
    title: words.sections.summary,
    blocks: [
      ...(input.project.isSample ? [{ kind: 'note', ...words.sample } as ReportBlock] : []),
      { kind: 'paragraph', text: words.summary.intro(input.project.name, input.project.region) },
      { kind: 'heading', text: words.sections.vision },
      vision
        ? { kind: 'paragraph', text: localText(vision.detail, context.language) }
        : (context.whyEmpty('vision') ?? context.notYet(words.missing.no_vision_workshop)),
      { kind: 'heading', text: words.summary.glance },
      glance(context),
      ...(input.actions.length === 0 ? [context.notYet(words.noActions)] : []),
      ...budgetBlocks(context),
      ...healthBlocks(context),
    ],
  };
}
