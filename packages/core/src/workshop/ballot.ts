// A participant's ballot in a round, one shape per voting method. The shapes are checked here;
// whether a ballot fits the round's items and limits is validateBallot's job.

import { z } from 'zod';

const itemIdSchema = z.string().min(1).max(64);
const countsSchema = z.record(itemIdSchema, z.number().finite());

export const ballotSchema = z.discriminatedUnion('method', [
  /** Dots per item id; items not named get none. */
  z.object({ method: z.literal('dots'), dots: countsSchema }),
  /** Points per item id; they must add up to the round's budget exactly. */
  z.object({ method: z.literal('points'), points: countsSchema }),
  /** Rating per item id; items not named are not rated ("do not know"). */
  z.object({ method: z.literal('rating'), ratings: countsSchema }),
  /** Every votable item's id once, most preferred first. */
  z.object({ method: z.literal('ranking'), ranking: z.array(itemIdSchema).max(200) }),
  /**
   * One judgement per pair of items, on Saaty's scale: `value` says how much more important `a` is
   * than `b` (9 extremely, 1 equally, 1/9 extremely less).
   */
  z.object({
    method: z.literal('pairwise'),
    judgements: z
      .array(z.object({ a: itemIdSchema, b: itemIdSchema, value: z.number().finite() }))
      .max(500),
  }),
]);
export type Ballot = z.output<typeof ballotSchema>;
