// A workshop's definition: the template it came from and its ordered rounds, each with its phases,
// voting method and limits. zod schemas, because a facilitator may compose a workshop freely.

import { z } from 'zod';
import { localTextSchema } from '../survey/localText';

export const ROUND_KINDS = [
  'vision',
  'factors',
  'weighting',
  'performance',
  'skills',
  'poll',
  'free',
] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The phases in their only order; a round may skip some but never reorder them. */
export const ROUND_PHASES = ['brainstorm', 'group', 'vote', 'decide'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

export const VOTING_METHODS = ['dots', 'points', 'rating', 'ranking', 'pairwise'] as const;
export type VotingMethod = (typeof VOTING_METHODS)[number];

export const WORKSHOP_TEMPLATE_IDS = [
  'vision',
  'key_success_factors',
  'requisite_skills',
  'delphi',
  'custom',
] as const;
export type WorkshopTemplateId = (typeof WORKSHOP_TEMPLATE_IDS)[number];

/**
 * What a round contributes to the project's results (workshopResults): the vision text, the
 * success factors, their weight and current performance, the skills and their three ratings.
 */
export const ROUND_RESULTS = [
  'vision',
  'factors',
  'factor_weight',
  'factor_performance',
  'skills',
  'skill_importance',
  'skill_current',
  'skill_required',
] as const;
export type RoundResult = (typeof ROUND_RESULTS)[number];

/** Longest item (a sticky note): a tweet's length keeps statements short enough to vote on. */
export const MAX_ITEM_LENGTH = 280;
/** Longest decision text (the final vision statement). */
export const MAX_DECISION_LENGTH = 2_000;

const roundIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, - and _ (at most 64)');

export const votingConfigSchema = z
  .object({
    method: z.enum(VOTING_METHODS),
    /** Dots each participant may place in all (dots). */
    dotsPerPerson: z.number().int().min(1).max(100).default(5),
    /** Dots one participant may place on one item (dots). */
    maxDotsPerItem: z.number().int().min(1).max(100).default(3),
    /** The budget each participant allocates exactly (points). */
    points: z.number().int().min(1).max(10_000).default(100),
    /** Integer rating scale, inclusive (rating). */
    scale: z
      .object({ min: z.number().int().min(-100), max: z.number().int().max(100) })
      .refine((scale) => scale.min < scale.max, 'min must be below max')
      .default({ min: 1, max: 5 }),
    /** Nobody, the facilitator included, can see who voted what. */
    anonymous: z.boolean().default(false),
    /** Totals are shown to participants and the projector only after the facilitator reveals them. */
    totalsHidden: z.boolean().default(true),
    /** The facilitator casts a ballot too (and is then counted in who has not voted). */
    facilitatorVotes: z.boolean().default(false),
  })
  .refine((config) => config.maxDotsPerItem <= config.dotsPerPerson, {
    message: 'maxDotsPerItem cannot exceed dotsPerPerson',
    path: ['maxDotsPerItem'],
  });
export type VotingConfig = z.output<typeof votingConfigSchema>;
export type VotingConfigInput = z.input<typeof votingConfigSchema>;

/** An asynchronous round in the Delphi manner (delphi.ts): anonymous, repeated until it settles. */
export const delphiSettingsSchema = z.object({
  /** Iterations at most, 2 to 4; the round ends after the last whatever the answers. */
  maxIterations: z.number().int().min(2).max(4).default(4),
  /** Settled when every item's interquartile range is at most this (scale points). */
  iqrThreshold: z.number().min(0).default(1),
  /** ... or when every item's median moved by less than this since the previous iteration. */
  medianChangeThreshold: z.number().min(0).default(0.5),
});
export type DelphiSettings = z.output<typeof delphiSettingsSchema>;

export const roundDefinitionSchema = z
  .object({
    id: roundIdSchema,
    title: localTextSchema,
    prompt: localTextSchema,
    kind: z.enum(ROUND_KINDS),
    /** In the order of ROUND_PHASES, no repeats; the round starts in the first. */
    phases: z.array(z.enum(ROUND_PHASES)).min(1),
    voting: votingConfigSchema.optional(),
    timerSeconds: z.number().int().min(10).max(86_400).optional(),
    /** Items the round starts with (poll options); participants' text otherwise. */
    items: z.array(z.string().trim().min(1).max(MAX_ITEM_LENGTH)).max(100).optional(),
    /**
     * Copy the items of an earlier round when this round is first opened: its decision's chosen
     * items when it has a decision with chosen items, else its items not grouped under another.
     */
    itemsFrom: roundIdSchema.optional(),
    /** Headings items are filed under (the success factors of a skills round); ids are kept. */
    categories: z
      .array(
        z.object({ id: z.string().trim().min(1).max(64), text: z.string().trim().min(1).max(280) }),
      )
      .max(50)
      .optional(),
    result: z.enum(ROUND_RESULTS).optional(),
    delphi: delphiSettingsSchema.optional(),
  })
  .superRefine((round, context) => {
    const order = round.phases.map((phase) => ROUND_PHASES.indexOf(phase));
    if (order.some((position, index) => index > 0 && position <= (order[index - 1] as number))) {
      context.addIssue({
        code: 'custom',
        path: ['phases'],
        message: 'phases follow brainstorm, group, vote, decide, each at most once',
      });
    }
    if (round.phases.includes('vote') && !round.voting) {
      context.addIssue({ code: 'custom', path: ['voting'], message: 'a vote phase needs voting' });
    }
    if (round.delphi && (round.voting?.method !== 'rating' || !round.voting.anonymous)) {
      context.addIssue({
        code: 'custom',
        path: ['delphi'],
        message: 'a Delphi round is an anonymous rating round',
      });
    }
  });
export type RoundDefinition = z.output<typeof roundDefinitionSchema>;
export type RoundDefinitionInput = z.input<typeof roundDefinitionSchema>;

export const workshopDefinitionSchema = z
  .object({
    templateId: z.enum(WORKSHOP_TEMPLATE_IDS),
    title: localTextSchema,
    /** Participants may join without a name. */
    anonymousJoin: z.boolean().default(false),
    rounds: z.array(roundDefinitionSchema).min(1).max(30),
  })
  .superRefine((workshop, context) => {
    const seen = new Set<string>();
    workshop.rounds.forEach((round, index) => {
      if (seen.has(round.id)) {
        context.addIssue({
          code: 'custom',
          path: ['rounds', index, 'id'],
          message: 'duplicate round id',
        });
      }
      if (round.itemsFrom !== undefined && !seen.has(round.itemsFrom)) {
        context.addIssue({
          code: 'custom',
          path: ['rounds', index, 'itemsFrom'],
          message: 'itemsFrom names an earlier round',
        });
      }
      seen.add(round.id);
    });
  });
export type WorkshopDefinition = z.output<typeof workshopDefinitionSchema>;
export type WorkshopDefinitionInput = z.input<typeof workshopDefinitionSchema>;
