// What a facilitator enters for an action of the roadmap and its indicators, checked here so the
// server, the CLI and the browser agree on every limit and message.

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';
import { storableText } from '../event/eventInput';
import { ROADMAP_KEY_PATTERN } from './roadmapItem';

/**
 * The layers of a technology roadmap (Phaal, Farrukh & Probert, "Technology roadmapping", 2004):
 * why (market), what (products and services), how (capabilities: skills, technology, processes)
 * and with what (resources: finance, facilities, partners).
 */
export const ACTION_LAYERS = ['market', 'products_services', 'capabilities', 'resources'] as const;
export type ActionLayer = (typeof ACTION_LAYERS)[number];

/** Short: ends within a year of the roadmap's start; medium: within three; long: later. */
export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'delayed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A unit as typed: "firms", "%", "TRY", "adet". Compared normalised (see normaliseUnit). */
export const unitSchema = storableText(1, 40);

export const indicatorInputSchema = z
  .object({
    /** Absent on a new indicator: the server gives one. */
    id: z.uuid().optional(),
    name: storableText(1, 300),
    unit: unitSchema,
    /** zod 4 numbers are finite: NaN and infinities are refused. */
    baseline: z.number(),
    baselineOn: isoDateSchema,
    target: z.number(),
    dueOn: isoDateSchema,
    /** The preset it was made from (CLUSTER_SUPPORT_PROGRAMME_INDICATORS), to show it in either language. */
    presetCode: z.string().trim().max(60).nullable().default(null),
  })
  .superRefine((indicator, context) => {
    if (indicator.dueOn <= indicator.baselineOn)
      context.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: 'the due date must be after the baseline date',
      });
  });
export type IndicatorInput = z.output<typeof indicatorInputSchema>;
export type IndicatorInputRaw = z.input<typeof indicatorInputSchema>;
/** A stored indicator: its input with the id the server gave. */
export type Indicator = Omit<IndicatorInput, 'id'> & { id: string };

/** How many item keys, partners and indicators an action may carry. */
export const ACTION_LIMITS = { itemKeys: 100, partners: 50, indicators: 20 } as const;

/** An action's budget in its currency; null when not costed yet. */
export const budgetSchema = z
  .number()
  .min(0, 'the budget cannot be negative')
  .nullable()
  .default(null);

/** An ISO 4217 currency code, upper-cased; TRY when not given. */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'a three-letter currency code (TRY, EUR, USD)')
  .default('TRY');

/**
 * The checks an action's input and a bundle's action share: the end not before the start, no item
 * listed twice, the owner not also a partner and no partner twice (`partnersPath` names the
 * partners' field: ids in the API, organisation keys in a bundle).
 */
export function checkActionLinks(
  action: {
    startOn: string;
    endOn: string;
    itemKeys: readonly string[];
    owner: string | null;
    partners: readonly string[];
  },
  partnersPath: string,
  report: (path: (string | number)[], message: string) => void,
): void {
  if (action.endOn < action.startOn)
    report(['endOn'], `the end date ${action.endOn} is before the start date ${action.startOn}`);
  const keys = new Set<string>();
  action.itemKeys.forEach((key, index) => {
    if (keys.has(key)) report(['itemKeys', index], `the item ${key} is listed twice`);
    keys.add(key);
  });
  const partners = new Set<string>();
  action.partners.forEach((partner, index) => {
    if (partner === action.owner) report([partnersPath, index], 'the owner is not also a partner');
    else if (partners.has(partner)) report([partnersPath, index], 'the partner is listed twice');
    partners.add(partner);
  });
}

export const actionInputSchema = z
  .object({
    title: storableText(1, 300),
    objective: storableText(0, 5_000).default(''),
    layer: z.enum(ACTION_LAYERS),
    /** Absent: derived from the end date and the roadmap's start (horizonOf). */
    horizon: z.enum(HORIZONS).nullable().default(null),
    /** The roadmap items (success factors, gaps, ...) the action addresses, by key. */
    itemKeys: z
      .array(z.string().trim().max(300).regex(ROADMAP_KEY_PATTERN, 'not a roadmap item key'))
      .max(ACTION_LIMITS.itemKeys)
      .default([]),
    /** Null while nobody has taken it on. */
    ownerOrganisationId: z.uuid().nullable().default(null),
    partnerOrganisationIds: z.array(z.uuid()).max(ACTION_LIMITS.partners).default([]),
    startOn: isoDateSchema,
    endOn: isoDateSchema,
    /** In `currency`; null when not costed yet. */
    budget: budgetSchema,
    /** ISO 4217 code. */
    currency: currencySchema,
    fundingSource: storableText(0, 300).default(''),
    status: z.enum(ACTION_STATUSES).default('planned'),
    indicators: z.array(indicatorInputSchema).max(ACTION_LIMITS.indicators).default([]),
  })
  .superRefine((action, context) => {
    const report = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    checkActionLinks(
      {
        ...action,
        owner: action.ownerOrganisationId,
        partners: action.partnerOrganisationIds,
      },
      'partnerOrganisationIds',
      report,
    );
    const indicatorIds = new Set<string>();
    action.indicators.forEach((indicator, index) => {
      if (indicator.id === undefined) return;
      if (indicatorIds.has(indicator.id))
        report(['indicators', index, 'id'], 'the indicator id is used twice');
      indicatorIds.add(indicator.id);
    });
  });
export type ActionInput = z.output<typeof actionInputSchema>;
export type ActionInputRaw = z.input<typeof actionInputSchema>;

/** A stored action: its input with ids, indicators with theirs. */
export type RoadmapAction = Omit<ActionInput, 'indicators'> & {
  id: string;
  indicators: Indicator[];
};
