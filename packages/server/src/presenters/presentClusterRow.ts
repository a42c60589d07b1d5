// One region x cluster x year of the cluster metrics as the API shows it: camelCase, flags as
// booleans, null where a number is undefined (JSON has no NaN).

import { z } from 'zod';
import type { ClusterMetrics } from '@kume/core';

const nullableNumber = z.number().nullable();

export const clusterRowSchema = z.object({
  region: z.string(),
  cluster: z.string(),
  clusterName: z.string(),
  type: z.enum(['traded', 'local']),
  year: z.number(),
  employment: z.number(),
  establishments: nullableNumber,
  payroll: nullableNumber,
  lq: nullableNumber,
  lqTotal: nullableNumber,
  qualifying: z.boolean(),
  significant: z.boolean(),
  strong: z.boolean(),
  strong10: z.boolean(),
  starsSize: z.boolean(),
  starsSpecialisation: z.boolean(),
  starsFocus: z.boolean(),
  employmentCagr: nullableNumber,
  employmentChange: nullableNumber,
  employmentRank: nullableNumber,
  lqRank: nullableNumber,
  filledShare: nullableNumber,
});

/** A finite number, else null (NaN, infinities, a missing array). */
export const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/** Row `i` of the metrics. Ranks are 1-based; 0 (unranked) becomes null. */
export function presentClusterRow(m: ClusterMetrics, i: number): z.output<typeof clusterRowSchema> {
  const unit = m.units[m.unit[i]!]!;
  const rank = (value: number) => (value > 0 ? value : null);
  return {
    region: m.regions[m.region[i]!]!,
    cluster: unit.cluster,
    clusterName: unit.clusterName,
    type: unit.type,
    year: m.year[i]!,
    employment: m.employment[i]!,
    establishments: finiteOrNull(m.establishments[i]),
    payroll: finiteOrNull(m.payroll[i]),
    lq: finiteOrNull(m.lq[i]),
    lqTotal: finiteOrNull(m.lqTotal[i]),
    qualifying: m.qualifying[i] === 1,
    significant: m.significant[i] === 1,
    strong: m.strong[i] === 1,
    strong10: m.strong10[i] === 1,
    starsSize: m.starsSize[i] === 1,
    starsSpecialisation: m.starsSpecialisation[i] === 1,
    starsFocus: m.starsFocus[i] === 1,
    employmentCagr: finiteOrNull(m.employmentCagr?.[i]),
    employmentChange: finiteOrNull(m.employmentChange?.[i]),
    employmentRank: rank(m.employmentRank[i]!),
    lqRank: rank(m.lqRank[i]!),
    filledShare: finiteOrNull(m.filledShare[i]),
  };
}
