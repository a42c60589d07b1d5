// The chosen organisation: type, stage and how it was placed, size, district, commitment, every
// network metric with what it means, and its relations both ways, with a link to its page.

import {
  Anchor,
  Badge,
  CloseButton,
  Divider,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { localText, RELATION_TYPE_LABELS } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { categoryLabel } from './categoryLabel';
import { UNPLACED } from './mapOptions';
import type { ClusterMapEdge, ClusterMapNode, ClusterMapView } from './types';

const METRIC_ROWS = [
  'degree',
  'inDegree',
  'outDegree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'clustering',
  'participation',
  'community',
] as const;

function TieList({
  ties,
  other,
  nameOf,
}: {
  ties: ClusterMapEdge[];
  other: (edge: ClusterMapEdge) => string;
  nameOf: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('clusterMap');
  if (ties.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('panel.noTies')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {ties.slice(0, 200).map((edge) => (
        <Text key={edge.id} size="xs">
          {nameOf(other(edge))} ·{' '}
          {localText(RELATION_TYPE_LABELS[edge.relationType], i18n.language)}
          {edge.sharePercent !== null &&
            ` · ${t('panel.share', { share: edge.sharePercent })}`} ·{' '}
          {edge.confirmed ? t('panel.confirmed') : t('panel.unconfirmed')}
        </Text>
      ))}
    </Stack>
  );
}

export function SidePanel({
  slug,
  view,
  node,
  nameOf,
  onClose,
}: {
  slug: string;
  view: ClusterMapView;
  node: ClusterMapNode;
  nameOf: (id: string) => string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('clusterMap');
  const format = useFormat();
  const outgoing = view.edges.filter((e) => e.source === node.id);
  const incoming = view.edges.filter((e) => e.target === node.id);
  const value = (v: number | null) =>
    v === null ? t('panel.notGiven') : format.number(v, { maximumFractionDigits: 3 });
  const metricValue = (key: (typeof METRIC_ROWS)[number]) =>
    key === 'community'
      ? categoryLabel('community', String(node.metrics.community), view, t, i18n.language)
      : value(node.metrics[key]);

  return (
    <Paper withBorder p="sm" data-testid="map-side-panel" data-node={node.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={700}>{node.name}</Text>
        <CloseButton onClick={onClose} aria-label={t('panel.close')} />
      </Group>
      <ScrollArea.Autosize mah={560}>
        <Stack gap={4}>
          <Group gap={6}>
            <Badge variant="light">
              {categoryLabel('type', node.type, view, t, i18n.language)}
            </Badge>
            <Badge variant="outline" color={node.stageId ? 'blue' : 'gray'}>
              {categoryLabel('stage', node.stageId ?? UNPLACED, view, t, i18n.language)}
            </Badge>
            {node.isBroker && (
              <Tooltip label={t('panel.brokerHelp')} multiline w={260} withArrow>
                <Badge variant="light" color="grape" data-testid="map-side-panel-broker">
                  {t('panel.broker')}
                </Badge>
              </Tooltip>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t(`panel.placement.${node.placement ?? 'none'}`)}
          </Text>
          <Table withRowBorders={false} verticalSpacing={2} fz="xs">
            <Table.Tbody>
              {(
                [
                  ['employees', value(node.employees)],
                  ['district', node.district ?? t('panel.notGiven')],
                  ['willingness', value(node.willingness)],
                  ['influence', value(node.influence)],
                ] as const
              ).map(([key, text]) => (
                <Table.Tr key={key}>
                  <Table.Td c="dimmed">{t(`panel.${key}`)}</Table.Td>
                  <Table.Td>{text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Divider label={t('panel.metrics')} labelPosition="left" />
          <Table withRowBorders={false} verticalSpacing={2} fz="xs">
            <Table.Tbody>
              {METRIC_ROWS.map((key) => (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Tooltip label={t(`metricHelp.${key}`)} multiline w={260} withArrow>
                      <Text size="xs" c="dimmed" style={{ cursor: 'help' }} span>
                        {t(`metric.${key}`)}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{metricValue(key)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Divider label={t('panel.ties')} labelPosition="left" />
          <Text size="xs" fw={600}>
            {t('panel.outgoing')} ({outgoing.length})
          </Text>
          <TieList ties={outgoing} other={(e) => e.target} nameOf={nameOf} />
          <Text size="xs" fw={600}>
            {t('panel.incoming')} ({incoming.length})
          </Text>
          <TieList ties={incoming} other={(e) => e.source} nameOf={nameOf} />
          <Anchor component={Link} to={`/p/${slug}/organisations/${node.id}`} size="sm" mt="xs">
            {t('panel.open')}
          </Anchor>
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
