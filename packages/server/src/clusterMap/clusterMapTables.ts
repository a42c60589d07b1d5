// The cluster map as two tables for download: organisations with their place on the chain and
// their network metrics, and relations with both ends named. Headings in Turkish or English.

import type { ValueChain } from '@kume/core';
import type { Cell } from '@kume/io';
import type { ClusterMap } from './buildClusterMap';

export type ExportLanguage = 'tr' | 'en';

export interface ExportTable {
  name: string;
  headings: string[];
  rows: Cell[][];
}

const words = {
  tr: {
    organisations: 'Kuruluşlar',
    relations: 'İlişkiler',
    yes: 'evet',
    no: 'hayır',
    nodeHeadings: [
      'Kimlik',
      'Ad',
      'Tür',
      'Aşama kimliği',
      'Aşama',
      'Yerleştirme',
      'Çalışan sayısı',
      'İlçe',
      'Enlem',
      'Boylam',
      'İstekli olma',
      'Etki',
      'Derece',
      'Giren derece',
      'Çıkan derece',
      'Ağırlıklı derece',
      'Arasındalık',
      'Yakınlık',
      'Özvektör',
      'Kümelenme katsayısı',
      'Topluluk',
      'Katılım katsayısı',
      'Aracı',
    ],
    edgeHeadings: [
      'Kaynak kimliği',
      'Kaynak',
      'Hedef kimliği',
      'Hedef',
      'İlişki türü',
      'Pay (%)',
      'Sıklık',
      'Konum',
      'Doğrulandı',
      'Bildiren',
    ],
  },
  en: {
    organisations: 'Organisations',
    relations: 'Relations',
    yes: 'yes',
    no: 'no',
    nodeHeadings: [
      'ID',
      'Name',
      'Type',
      'Stage ID',
      'Stage',
      'Placement',
      'Employees',
      'District',
      'Latitude',
      'Longitude',
      'Willingness',
      'Influence',
      'Degree',
      'In-degree',
      'Out-degree',
      'Weighted degree',
      'Betweenness',
      'Closeness',
      'Eigenvector',
      'Clustering coefficient',
      'Community',
      'Participation coefficient',
      'Broker',
    ],
    edgeHeadings: [
      'Source ID',
      'Source',
      'Target ID',
      'Target',
      'Relation type',
      'Share (%)',
      'Frequency',
      'Location',
      'Confirmed',
      'Reported by',
    ],
  },
} as const;

/**
 * One row per organisation (the map's node order) and one per relation (every relation, duplicates
 * between a pair included). Enum values (type, placement, relation type, frequency, location) stay
 * codes, as the registry export writes them, so the files import again; the stage is given by id
 * and by its name in `language`; yes/no in `language`. Unknown values are empty cells.
 */
export function clusterMapTables(
  map: ClusterMap,
  chain: ValueChain,
  names: ReadonlyMap<string, string>,
  language: ExportLanguage,
): { nodes: ExportTable; edges: ExportTable } {
  const text = words[language];
  const yesNo = (value: boolean) => (value ? text.yes : text.no);
  const stageNames = new Map(chain.stages.map((s) => [s.id, s.name[language]]));
  const nodes = map.nodes.map((n): Cell[] => [
    n.id,
    n.name,
    n.type,
    n.stageId,
    n.stageId === null ? null : (stageNames.get(n.stageId) ?? null),
    n.placement,
    n.employees,
    n.district,
    n.latitude,
    n.longitude,
    n.willingness,
    n.influence,
    n.metrics.degree,
    n.metrics.inDegree,
    n.metrics.outDegree,
    n.metrics.weightedDegree,
    n.metrics.betweenness,
    n.metrics.closeness,
    n.metrics.eigenvector,
    n.metrics.clustering,
    n.metrics.community,
    n.metrics.participation,
    yesNo(n.isBroker),
  ]);
  const edges = map.edges.map((e): Cell[] => [
    e.source,
    names.get(e.source) ?? null,
    e.target,
    names.get(e.target) ?? null,
    e.relationType,
    e.sharePercent,
    e.frequency,
    e.location,
    yesNo(e.confirmed),
    e.reportedBy === null ? null : (names.get(e.reportedBy) ?? null),
  ]);
  return {
    nodes: { name: text.organisations, headings: [...text.nodeHeadings], rows: nodes },
    edges: { name: text.relations, headings: [...text.edgeHeadings], rows: edges },
  };
}
