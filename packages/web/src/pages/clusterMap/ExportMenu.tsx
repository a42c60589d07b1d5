// The export menu: PNG (sigma's own image), SVG, GEXF, GraphML, nodes and edges CSV written here
// from the map as drawn (layout, colours, filters), and the server's XLSX workbook.

import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { useTranslation } from 'react-i18next';
import { projectPath } from '../../api/client';
import { downloadFile } from '../statistics/charts/downloadFile';
import type { MapGraph } from './buildMapGraph';
import {
  EDGE_CSV_COLUMNS,
  edgeCsvRows,
  exportRecords,
  NODE_CSV_COLUMNS,
  nodeCsvRows,
} from './export/exportRecords';
import { mapToSvg } from './export/mapToSvg';
import { writeCsv } from './export/writeCsv';
import { writeGexf } from './export/writeGexf';
import { writeGraphml } from './export/writeGraphml';
import type { ClusterMapView } from './types';
import type { MapRenderer } from './useSigma';
import type { Visibility } from './visibility';

type Format = 'svg' | 'gexf' | 'graphml' | 'nodes-csv' | 'edges-csv';

const MIME: Record<Format, string> = {
  svg: 'image/svg+xml',
  gexf: 'application/xml',
  graphml: 'application/xml',
  'nodes-csv': 'text/csv;charset=utf-8',
  'edges-csv': 'text/csv;charset=utf-8',
};
const FILE: Record<Format, string> = {
  svg: 'cluster-map.svg',
  gexf: 'cluster-map.gexf',
  graphml: 'cluster-map.graphml',
  'nodes-csv': 'cluster-map-organisations.csv',
  'edges-csv': 'cluster-map-relations.csv',
};

export function ExportMenu({
  slug,
  view,
  graph,
  sigma,
  visible,
}: {
  slug: string;
  view: ClusterMapView;
  graph: MapGraph;
  sigma: MapRenderer | null;
  visible: Visibility;
}) {
  const { t, i18n } = useTranslation('clusterMap');

  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      message: t('export.failed', {
        message: error instanceof Error ? error.message : String(error),
      }),
    });

  const write = (format: Format) => {
    try {
      const { nodes, edges } = exportRecords(view, graph, visible, i18n.language);
      const text =
        format === 'svg'
          ? mapToSvg(nodes, edges)
          : format === 'gexf'
            ? writeGexf(nodes, edges, t('title'))
            : format === 'graphml'
              ? writeGraphml(nodes, edges)
              : format === 'nodes-csv'
                ? writeCsv(NODE_CSV_COLUMNS, nodeCsvRows(nodes))
                : writeCsv(EDGE_CSV_COLUMNS, edgeCsvRows(edges, nodes));
      downloadFile(new Blob([text], { type: MIME[format] }), FILE[format]);
    } catch (error) {
      fail(error);
    }
  };

  const png = () => {
    if (!sigma) return;
    // @sigma/export-image is typed for Sigma's default attributes; ours only add fields.
    const renderer = sigma as unknown as Sigma;
    downloadAsPNG(renderer, { fileName: 'cluster-map', backgroundColor: '#ffffff' }).catch(fail);
  };

  const item = (format: Format, label: string) => (
    <Menu.Item onClick={() => write(format)} data-testid={`map-export-${format}`}>
      {label}
    </Menu.Item>
  );

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" data-testid="map-export-menu">
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={320}>
        <Text size="xs" c="dimmed" px="sm" py={4}>
          {t('export.hint')}
        </Text>
        <Menu.Item onClick={png} disabled={!sigma} data-testid="map-export-png">
          {t('export.png')}
        </Menu.Item>
        {item('svg', t('export.svg'))}
        {item('gexf', t('export.gexf'))}
        {item('graphml', t('export.graphml'))}
        {item('nodes-csv', t('export.nodesCsv'))}
        {item('edges-csv', t('export.edgesCsv'))}
        <Menu.Item
          component="a"
          href={projectPath(slug, '/cluster-map/export?format=xlsx')}
          download
          data-testid="map-export-xlsx"
        >
          {t('export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
