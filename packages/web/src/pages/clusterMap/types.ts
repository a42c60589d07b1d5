// The cluster map API's answer as the map page reads it: the server's types (apiTypes), under
// the names the map's files use.

import type { ClusterMapView } from '@kume/server';

export type { ClusterMapEdge, ClusterMapNode, ClusterMapView } from '@kume/server';
export type ClusterMapGap = ClusterMapView['gaps'][number];
export type ClusterMapSummary = ClusterMapView['summary'];
