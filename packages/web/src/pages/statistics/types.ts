// The statistics API's answers as the web app reads them: the server's types (apiTypes), under
// the names the statistics screens use.

import type {
  DatasetUploadView,
  DefinitionEntryView,
  DatasetView,
  RelatedClustersView,
  ShiftShareView,
} from '@kume/server';

export type {
  ClusterOverviewView,
  ClusterRankingView,
  ClusterRowView,
  DatasetDetailView,
  DatasetView,
  DefinitionSummaryView,
  DefinitionView,
  DensityView,
  RegionPortfolioView,
  RelatednessView,
  ShiftShareView,
  StatisticsSettingsView,
} from '@kume/server';

export type DatasetFormat = DatasetView['sourceFormat'];
export type ClusterType = DefinitionEntryView['type'];
export type DefinitionEntry = DefinitionEntryView;
export type DatasetImportView = DatasetUploadView;
export type RelatedView = RelatedClustersView;
export type ShiftShareRowView = ShiftShareView['rows'][number];
