// Network change read from one relation list by the day each relation was recorded: two periods
// compared (two field studies), or the density as the list grew, for a chart.

import type { IsoDate } from '../brand';
import {
  compareNetworks,
  type CompareNetworksOptions,
  type NetworkChange,
  type NetworkRelation,
  type NetworkSnapshot,
} from './compareNetworks';

export interface DatedRelation extends NetworkRelation {
  /** The day the relation was reported or entered. */
  recordedOn: IsoDate;
}

/** Relations recorded from `from` (inclusive; absent: since the start) to `to` (inclusive). */
export interface NetworkPeriod {
  from?: IsoDate;
  to: IsoDate;
}

const within = (period: NetworkPeriod) => (r: DatedRelation) =>
  r.recordedOn <= period.to && (period.from === undefined || r.recordedOn >= period.from);

/**
 * compareNetworks on the relations recorded in each period. Two field studies: give each its
 * dates (`from` and `to`), and a tie not reported again shows as lost. Growth of one list: give
 * only `to`, and the later period holds the earlier (nothing is lost).
 */
export function compareNetworksByDate(
  relations: readonly DatedRelation[],
  before: NetworkPeriod,
  after: NetworkPeriod,
  options: CompareNetworksOptions = {},
): NetworkChange {
  return compareNetworks(
    relations.filter(within(before)),
    relations.filter(within(after)),
    options,
  );
}

/**
 * The network as it stood on each of `dates` (relations recorded on or before it), in the order
 * given. Every density is measured over the same organisations: options.organisationIds, else
 * all those named by a relation recorded by the latest date, so the series shows ties growing.
 */
export function networkDensityByDate(
  relations: readonly DatedRelation[],
  dates: readonly IsoDate[],
  options: CompareNetworksOptions = {},
): (NetworkSnapshot & { on: IsoDate })[] {
  if (dates.length === 0) return [];
  const last = dates.reduce((latest, day) => (day > latest ? day : latest));
  const upTo = (day: IsoDate) => relations.filter(within({ to: day }));
  // compareNetworks measures both sides over the union of their organisations: comparing each
  // date with everything up to the latest date gives the shared denominator.
  const all = upTo(last);
  return dates.map((on) => ({ on, ...compareNetworks(upTo(on), all, options).before }));
}
