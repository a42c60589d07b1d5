// The project bundle's roadmap: settings, the self-assessment's indicator list, the items with
// their dismissals, the actions with their indicators and values, the roadmap's own indicators and
// the self-assessments. Bundles written before the roadmap have none of these (defaults).

import { z } from 'zod';
import { isoDateSchema } from '../dateSchema';
import { storableText } from '../event/eventInput';
import {
  ACTION_LAYERS,
  ACTION_LIMITS,
  ACTION_STATUSES,
  budgetSchema,
  checkActionLinks,
  currencySchema,
  HORIZONS,
  unitSchema,
} from '../roadmap/actionInput';
import { checkIndicatorValue } from '../roadmap/checkIndicatorValue';
import {
  ROADMAP_ITEM_KINDS,
  ROADMAP_KEY_PATTERN,
  ROADMAP_SOURCE_KINDS,
} from '../roadmap/roadmapItem';
import { roadmapSettingsSchema } from '../roadmap/roadmapSettings';
import {
  selfAssessmentAnswersSchema,
  selfAssessmentIndicatorsSchema,
} from '../roadmap/selfAssessment';
import { localTextSchema } from '../survey/localText';
import { IPA_QUADRANTS } from '../workshop/importancePerformance';
import { workshopKeyOfItemKey } from './roadmapItemKeys';

const key = z.string().min(1).max(100);
const instant = z.iso.datetime({ offset: true });
const email = z.email().nullable().default(null);
/**
 * A roadmap item key. One that names a workshop (`vision:<w>`, `factor:<w>:<item>`,
 * `skill:<w>:<item>`) writes `<w>` as the workshop's bundle key; see roadmapItemKeys.
 */
const itemKey = z.string().trim().max(300).regex(ROADMAP_KEY_PATTERN, 'not a roadmap item key');

/** A roadmap item (core RoadmapItem) as stored, in the roadmap's order. */
export const bundleRoadmapItemSchema = z.object({
  key: itemKey,
  kind: z.enum(ROADMAP_ITEM_KINDS),
  title: localTextSchema,
  detail: localTextSchema,
  weight: z.number().nullable().default(null),
  score: z.number().nullable().default(null),
  figures: z.record(z.string().max(100), z.number()).default({}),
  quadrant: z.enum(IPA_QUADRANTS).nullable().default(null),
  parentKey: itemKey.nullable().default(null),
  source: z.object({
    kind: z.enum(ROADMAP_SOURCE_KINDS),
    /** A workshop source names the workshop by its bundle key, like the item key. */
    id: z.string().min(1).max(300),
    label: localTextSchema,
    date: isoDateSchema.nullable().default(null),
  }),
  sourceState: z.enum(['present', 'gone']).default('present'),
  /** Taken off the roadmap by a facilitator (kept, restorable). */
  dismissed: z.boolean().default(false),
  createdAt: instant.optional(),
  updatedAt: instant.optional(),
});

/** A measured value; its unit must be the indicator's (checkIndicatorValue). */
export const bundleIndicatorValueSchema = z.object({
  on: isoDateSchema,
  value: z.number(),
  unit: unitSchema,
  note: storableText(0, 1_000).default(''),
  /** Who recorded it, by email; matched like visit teams. */
  recordedBy: email,
  recordedAt: instant.optional(),
});

/** An indicator (core indicatorInputSchema without its id) with its values, oldest first. */
export const bundleIndicatorSchema = z
  .object({
    name: storableText(1, 300),
    unit: unitSchema,
    baseline: z.number(),
    baselineOn: isoDateSchema,
    target: z.number(),
    dueOn: isoDateSchema,
    presetCode: z.string().trim().max(60).nullable().default(null),
    createdAt: instant.optional(),
    values: z.array(bundleIndicatorValueSchema).max(10_000).default([]),
  })
  .superRefine((indicator, context) => {
    if (indicator.dueOn <= indicator.baselineOn)
      context.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: 'the due date must be after the baseline date',
      });
    indicator.values.forEach((value, i) => {
      for (const issue of checkIndicatorValue(indicator, value))
        context.addIssue({
          code: 'custom',
          path: ['values', i, ...issue.path],
          message: issue.message,
        });
    });
  });

/**
 * An action (core actionInputSchema) with its owner and partners by organisation key; its item
 * keys name workshops by their bundle keys.
 */
export const bundleActionSchema = z
  .object({
    title: storableText(1, 300),
    objective: storableText(0, 5_000).default(''),
    layer: z.enum(ACTION_LAYERS),
    horizon: z.enum(HORIZONS).nullable().default(null),
    itemKeys: z.array(itemKey).max(ACTION_LIMITS.itemKeys).default([]),
    ownerOrganisationKey: key.nullable().default(null),
    partnerOrganisationKeys: z.array(key).max(ACTION_LIMITS.partners).default([]),
    startOn: isoDateSchema,
    endOn: isoDateSchema,
    budget: budgetSchema,
    currency: currencySchema,
    fundingSource: storableText(0, 300).default(''),
    status: z.enum(ACTION_STATUSES).default('planned'),
    createdAt: instant.optional(),
    updatedAt: instant.optional(),
    indicators: z.array(bundleIndicatorSchema).max(ACTION_LIMITS.indicators).default([]),
  })
  .superRefine((action, context) =>
    checkActionLinks(
      {
        ...action,
        owner: action.ownerOrganisationKey,
        partners: action.partnerOrganisationKeys,
      },
      'partnerOrganisationKeys',
      (path, message) => context.addIssue({ code: 'custom', path, message }),
    ),
  );

/** A self-assessment with the indicator list it answered (copied in, as stored). */
export const bundleSelfAssessmentSchema = z
  .object({
    assessedOn: isoDateSchema,
    title: storableText(0, 200).default(''),
    indicators: selfAssessmentIndicatorsSchema,
    answers: selfAssessmentAnswersSchema.default([]),
    /** Who recorded it, by email; matched like visit teams. */
    createdBy: email,
    createdAt: instant.optional(),
    updatedAt: instant.optional(),
  })
  .superRefine((assessment, context) => {
    const ids = new Set(assessment.indicators.map((indicator) => indicator.id));
    assessment.answers.forEach((answer, i) => {
      if (!ids.has(answer.indicatorId))
        context.addIssue({
          code: 'custom',
          path: ['answers', i, 'indicatorId'],
          message: `no indicator of the assessment has the id ${answer.indicatorId}`,
        });
    });
  });

export const bundleRoadmapSchema = z.object({
  /** null (or absent): not set; the roadmap then starts on January 1 of the next year. */
  settings: roadmapSettingsSchema.nullable().default(null),
  /** null (or absent): Kume's default list (DEFAULT_SELF_ASSESSMENT_INDICATORS). */
  selfAssessmentIndicators: selfAssessmentIndicatorsSchema.nullable().default(null),
  /**
   * The items in the roadmap's order. May be empty while actions link items: the next assembly
   * yields them (the sample's bundle has none; the server assembles them after the import).
   */
  items: z.array(bundleRoadmapItemSchema).max(10_000).default([]),
  /** The action plan in its order. */
  actions: z.array(bundleActionSchema).max(5_000).default([]),
  /** Indicators of the roadmap as a whole (the programme's), not of an action. */
  indicators: z.array(bundleIndicatorSchema).max(1_000).default([]),
  /** Oldest first. */
  selfAssessments: z.array(bundleSelfAssessmentSchema).max(1_000).default([]),
});
export type BundleRoadmap = z.output<typeof bundleRoadmapSchema>;
export type BundleRoadmapInput = z.input<typeof bundleRoadmapSchema>;

/**
 * Reports the roadmap's references that would not import: a repeated item key, an owner or
 * partner naming no organisation, and an action's item key that neither names an item of the
 * bundle nor can be yielded by an assembly after the import. Keys of the value-chain gaps and the
 * clusters (`gap:`, `cluster:`) are kept without an item: the import's data may yield them. A
 * workshop's key must name a workshop of the bundle; a manual item must be in the bundle.
 */
export function checkRoadmapReferences(
  bundle: { roadmap: BundleRoadmap; workshops: readonly { key?: string | undefined }[] },
  organisationKeys: ReadonlySet<string>,
  report: (path: (string | number)[], message: string) => void,
): void {
  const workshopKeys = bundle.workshops.flatMap((w) => (w.key === undefined ? [] : [w.key]));
  const itemKeys = new Set<string>();
  bundle.roadmap.items.forEach((item, i) => {
    if (itemKeys.has(item.key))
      report(['roadmap', 'items', i, 'key'], `duplicate key "${item.key}"`);
    itemKeys.add(item.key);
  });
  const organisation = (path: (string | number)[], k: string) => {
    if (!organisationKeys.has(k)) report(path, `no organisation has key "${k}"`);
  };
  bundle.roadmap.actions.forEach((action, i) => {
    const path = ['roadmap', 'actions', i];
    if (action.ownerOrganisationKey !== null)
      organisation([...path, 'ownerOrganisationKey'], action.ownerOrganisationKey);
    action.partnerOrganisationKeys.forEach((k, j) =>
      organisation([...path, 'partnerOrganisationKeys', j], k),
    );
    action.itemKeys.forEach((k, j) => {
      if (itemKeys.has(k)) return;
      const unknown =
        k.startsWith('manual:') ||
        (/^(?:vision|factor|skill):/.test(k) && workshopKeyOfItemKey(k, workshopKeys) === null);
      if (unknown) report([...path, 'itemKeys', j], `no roadmap item has the key "${k}"`);
    });
  });
}
