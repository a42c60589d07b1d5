// The monitoring API's answers, as the server exports them (apiTypes.ts): indicators with their
// values and health, and the network change between two periods. One place to import them from.

export type {
  /** An indicator of an action (actionId set) or of the whole roadmap (actionId null). */
  IndicatorView,
  /** A measured value; `on` is the day measured, `recordedAt` the instant it was typed. */
  IndicatorValueView,
  /** GET /roadmap/monitoring: the actions' indicators, then the roadmap's, and the counts. */
  MonitoringView,
  /** GET /roadmap/network-change: two periods of the relation list compared. */
  NetworkChangeView,
} from '@kume/server';

/** The four days that choose the periods of the network change; empty: the server's default. */
export interface NetworkPeriods {
  beforeFrom: string;
  beforeTo: string;
  afterFrom: string;
  afterTo: string;
}
