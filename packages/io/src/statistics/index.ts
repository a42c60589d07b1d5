// @kume/io/statistics: statistics files in (CBP, Eurostat, generic CSV/XLSX, cluster definitions,
// relatedness matrices) and tables out (CSV, JSON). A subpath of its own, so the command line
// loads no XLSX library for CSV.

export * from './statsRowError';
export * from './statsColumns';
export * from './statsMapping';
export * from './suggestStatsMapping';
export * from './previewStatisticsFile';
export * from './readChunks';
export * from './readStatisticsFile';
export * from './readStatisticsCsv';
export * from './readEurostatTsv';
export * from './readClusterDefinitionFile';
export * from './readRelatednessFile';
export * from './readDirectRequirements';
export * from './readIoConcordance';
export * from './beaSummaryPrefixes';
export * from './readCellTable';
export * from './matchRelatedness';
export * from './tableText';
export { CBP_FLAG_LETTERS, type StatsRowOptions } from './statsRowReader';
