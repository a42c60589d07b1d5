// The roadmap document's plan: the action plan (an overview table, then each action with its
// objective, the items it addresses, partners, funding and indicators), the roadmap by term and
// layer, and the budget by term, layer and funding source.

import type { IsoDate } from '../brand';
import { ACTION_LAYERS, HORIZONS, type Horizon } from '../roadmap/actionInput';
import { addYears } from '../roadmap/horizonOf';
import {
  budgetChart,
  budgetCurrencies,
  budgetedActions,
  budgetTable,
  type BudgetGroup,
} from './roadmapBudget';
import type { ReportBlock, ReportSection } from './reportDocument';
import { MISSING, type RoadmapContext } from './roadmapDocumentContext';
import type { RoadmapDocumentAction, RoadmapDocumentIndicator } from './roadmapDocumentInput';
import { fundingGroups } from './roadmapSummarySection';

/** The latest value judged by the health (in the indicator's unit, not after today). */
export const latestValue = (indicator: RoadmapDocumentIndicator) => indicator.health.latest;

/**
 * The plan in one table: number, title, layer, owner, term with its months, budget, status.
 * With one currency the budget is a number column, in thousands when an action costs a million
 * or more (so that the columns fit the page); with several, each budget is written with its
 * currency.
 */
function overview(context: RoadmapContext): ReportBlock {
  const { input, words } = context;
  const currencies = budgetCurrencies(input.actions);
  const single = currencies.length <= 1 ? (currencies[0] ?? null) : null;
  const largest = Math.max(0, ...input.actions.map((action) => action.budget ?? 0));
  const thousands = largest >= 1e6;
  const unit =
    single === null
      ? null
      : thousands
        ? words.budget.thousand(context.currencyName(single))
        : context.currencyName(single);
  return {
    kind: 'table',
    columns: words.plan.columns(unit),
    rows: input.actions.map((action) => [
      context.actionCode.get(action.id) ?? '',
      action.title,
      words.layers[action.layer],
      action.ownerName ?? MISSING,
      // The term over its months: one column where two would squeeze the titles.
      `${words.horizonsShort[action.effectiveHorizon]}\n${context.month(action.startOn)} – ${context.month(action.endOn)}`,
      action.budget === null
        ? MISSING
        : single
          ? Math.round(thousands ? action.budget / 1e3 : action.budget)
          : context.money(action.budget, action.currency),
      words.statuses[action.status],
    ]),
  };
}

function indicatorTable(context: RoadmapContext, action: RoadmapDocumentAction): ReportBlock {
  const { words } = context;
  if (action.indicators.length === 0) return { kind: 'paragraph', text: words.plan.noIndicators };
  return {
    kind: 'table',
    columns: words.plan.indicatorColumns,
    rows: action.indicators.map((indicator) => {
      const latest = latestValue(indicator);
      return [
        context.indicatorName(indicator),
        context.indicatorUnit(indicator),
        indicator.baseline,
        indicator.target,
        context.day(indicator.dueOn),
        latest ? latest.value : MISSING,
        latest ? context.day(latest.on) : MISSING,
      ];
    }),
  };
}

function actionBlocks(context: RoadmapContext, action: RoadmapDocumentAction): ReportBlock[] {
  const { words, input } = context;
  const p = words.plan;
  // Dismissed items are still named here: the action links them.
  const allItems = new Map(input.items.map((item) => [item.key, item]));
  const addresses = action.itemKeys.map((key) => {
    const item = allItems.get(key);
    return item ? `${words.kinds[item.kind]}: ${context.itemTitle(item)}` : key;
  });
  return [
    { kind: 'heading', level: 3, text: `${context.actionCode.get(action.id)}. ${action.title}` },
    { kind: 'paragraph', text: action.objective.trim() || p.noObjective },
    {
      kind: 'keyValues',
      items: [
        { key: p.layer, value: words.layers[action.layer] },
        { key: p.term, value: words.horizons[action.effectiveHorizon] },
        { key: p.owner, value: action.ownerName ?? words.common.unowned },
        { key: p.partners, value: action.partnerNames.join(', ') || words.common.none },
        { key: p.period, value: `${context.day(action.startOn)} – ${context.day(action.endOn)}` },
        {
          key: p.budget,
          value:
            action.budget === null
              ? words.common.uncosted
              : context.money(action.budget, action.currency),
        },
        { key: p.funding, value: action.fundingSource.trim() || words.common.notStated },
        { key: p.status, value: words.statuses[action.status] },
        { key: p.addresses, value: addresses.join('\n') || p.addressesNothing },
      ],
    },
    indicatorTable(context, action),
  ];
}

export function actionPlanSection(context: RoadmapContext): ReportSection {
  const { input, words } = context;
  const title = words.sections.actionPlan;
  if (input.actions.length === 0) return { title, blocks: [context.notYet(words.noActions)] };
  const layers = new Set(input.actions.map((action) => action.layer)).size;
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: words.plan.intro(input.actions.length, layers) },
      { kind: 'heading', text: words.plan.overview },
      overview(context),
      { kind: 'heading', text: words.plan.details },
      ...input.actions.flatMap((action) => actionBlocks(context, action)),
    ],
  };
}

/** By start, then end, then title in the language's collation. */
function inTimeOrder(context: RoadmapContext, actions: readonly RoadmapDocumentAction[]) {
  const collator = new Intl.Collator(context.format.locale);
  return [...actions].sort(
    (a, b) =>
      (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0) ||
      (a.endOn < b.endOn ? -1 : a.endOn > b.endOn ? 1 : 0) ||
      collator.compare(a.title, b.title),
  );
}

/** A term's name with its days under it: when the term begins and ends. */
function termHeader(context: RoadmapContext, horizon: Horizon): string {
  const start = context.input.settings.startsOn;
  const years: Record<Horizon, [number, number | null]> = {
    short: [0, 1],
    medium: [1, 3],
    long: [3, null],
  };
  const [from, to] = years[horizon];
  const day = (offset: number) => context.day(addYears(start as IsoDate, offset));
  const span = to === null ? context.words.timeline.after(day(from)) : `${day(from)} – ${day(to)}`;
  return `${context.words.horizons[horizon]}\n${span}`;
}

export function timelineSection(context: RoadmapContext): ReportSection {
  const { input, words } = context;
  const title = words.sections.timeline;
  if (input.actions.length === 0) return { title, blocks: [context.notYet(words.noActions)] };
  const live = inTimeOrder(context, budgetedActions(input.actions));
  const cancelled = input.actions.length - live.length;
  const cell = (horizon: Horizon, layer: RoadmapDocumentAction['layer']) =>
    live
      .filter((action) => action.effectiveHorizon === horizon && action.layer === layer)
      .map((action) => `${context.actionCode.get(action.id)} ${action.title}`)
      .join('\n') || words.timeline.empty;
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: words.timeline.intro(context.day(input.settings.startsOn)) },
      {
        kind: 'table',
        columns: [
          words.timeline.layerColumn,
          ...HORIZONS.map((horizon) => termHeader(context, horizon)),
        ],
        rows: ACTION_LAYERS.map((layer) => [
          words.layers[layer],
          ...HORIZONS.map((horizon) => cell(horizon, layer)),
        ]),
      },
      ...(cancelled > 0
        ? [{ kind: 'paragraph', text: words.timeline.cancelled(cancelled) } as ReportBlock]
        : []),
    ],
  };
}

export function budgetSection(context: RoadmapContext): ReportSection {
  const { input, words } = context;
  const title = words.sections.budget;
  const live = budgetedActions(input.actions);
  const currencies = budgetCurrencies(live);
  if (currencies.length === 0)
    return {
      title,
      blocks: [
        context.notYet(input.actions.length === 0 ? words.noActions : words.budget.noBudget),
      ],
    };
  const b = words.budget;
  const byTerm: BudgetGroup[] = HORIZONS.map((horizon) => ({
    label: words.horizons[horizon],
    actions: live.filter((action) => action.effectiveHorizon === horizon),
  }));
  const byLayer: BudgetGroup[] = ACTION_LAYERS.map((layer) => ({
    label: words.layers[layer],
    actions: live.filter((action) => action.layer === layer),
  }));
  const main = currencies[0]!;
  const part = (heading: string, column: string, groups: BudgetGroup[]): ReportBlock[] => [
    { kind: 'heading', text: heading },
    budgetTable(context, column, groups, currencies),
    budgetChart(
      context,
      heading,
      groups.filter(
        (group) => group.actions.length === 0 || group.actions.some((a) => a.budget !== null),
      ),
      main,
    ),
  ];
  const uncosted = live.filter((action) => action.budget === null).length;
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: b.intro },
      ...(currencies.length > 1
        ? [{ kind: 'note', text: b.mixed(currencies.join(', ')) } as ReportBlock]
        : []),
      ...(uncosted > 0
        ? [
            {
              kind: 'paragraph',
              text: `${words.summary.uncostedActions(uncosted)}.`,
            } as ReportBlock,
          ]
        : []),
      ...part(b.byTerm, b.termColumn, byTerm),
      ...part(b.byLayer, b.layerColumn, byLayer),
      ...part(b.byFunding, b.fundingColumn, fundingGroups(context)),
    ],
  };
}
