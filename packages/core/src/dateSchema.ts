// The zod schema for calendar days, shared by every input that carries a date.

import { z } from 'zod';
import { parseIsoDate, type IsoDate } from './brand';

/** `YYYY-MM-DD` that is a real day. */
export const isoDateSchema = z.string().transform((value, ctx): IsoDate => {
  const date = parseIsoDate(value);
  if (date) return date;
  ctx.addIssue({ code: 'custom', message: 'not a date (YYYY-MM-DD)' });
  return z.NEVER;
});
