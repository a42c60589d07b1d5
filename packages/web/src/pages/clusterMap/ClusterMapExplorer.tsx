// The interactive map of a project with data: toolbar, sigma canvas with lane labels, legend,
// filters, side panel, summary and gaps. React renders on choices, never per animation frame.

import { Box, Grid, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildMapGraph } from './buildMapGraph';
import { categoryLabel } from './categoryLabel';
import { ExportMenu } from './ExportMenu';
import { gapNodes } from './gapNodes';
import { GapList } from './GapList';
import { geoLayout } from './geoLayout';
import { LaneLabels, type LaneLabel } from './LaneLabels';
import { Legend } from './Legend';
import { MapFilters } from './MapFilters';
import { NO_FILTERS, type ColourBy, type LayoutKind, type NodeMetric } from './mapOptions';
import { MapSearch } from './MapSearch';
import { MapToolbar } from './MapToolbar';
import { nodeColours, nodeSizes } from './nodeStyle';
import { SidePanel } from './SidePanel';
import { SummaryStrip } from './SummaryStrip';
import type { ClusterMapView } from './types';
import { useMapLayout } from './useMapLayout';
import { useSigma, type MapHighlight } from './useSigma';
import { visibility } from './visibility';

export function ClusterMapExplorer({ slug, view }: { slug: string; view: ClusterMapView }) {
  const { t, i18n } = useTranslation('clusterMap');
  const container = useRef<HTMLDivElement | null>(null);
  const [layout, setLayout] = useState<LayoutKind>('force');
  const [colourBy, setColourBy] = useState<ColourBy>('stage');
  const [sizeBy, setSizeBy] = useState<NodeMetric>('degree');
  const [filters, setFilters] = useState(NO_FILTERS);
  const [selected, setSelected] = useState<string | null>(null);
  const [hoveredGap, setHoveredGap] = useState<number | null>(null);
  const [chosenGap, setChosenGap] = useState<number | null>(null);

  const graph = useMemo(() => buildMapGraph(view), [view]);
  const stageOrder = useMemo(() => view.chain.stages.map((s) => s.id), [view]);
  const style = useMemo(
    () => ({
      ...nodeColours(view.nodes, colourBy, stageOrder),
      // Smaller discs on a crowded map, so that they overlap less.
      sizes:
        view.nodes.length > 1000
          ? nodeSizes(view.nodes, sizeBy, 1.5, 10)
          : nodeSizes(view.nodes, sizeBy),
    }),
    [view, colourBy, sizeBy, stageOrder],
  );
  useEffect(() => {
    const index = new Map(view.nodes.map((n, i) => [n.id, i]));
    graph.updateEachNodeAttributes(
      (id, attributes) => {
        const i = index.get(id)!;
        return { ...attributes, color: style.colours[i]!, size: style.sizes[i]! };
      },
      { attributes: ['color', 'size'] },
    );
  }, [graph, view, style]);

  const visible = useMemo(() => visibility(view.nodes, view.edges, filters), [view, filters]);
  const geo = useMemo(() => geoLayout(view.nodes), [view]);
  const geoHidden = useMemo(() => new Set(geo.missing), [geo]);
  const gapIndex = hoveredGap ?? chosenGap;
  const emphasised = useMemo(() => {
    const gap = gapIndex === null ? undefined : view.gaps[gapIndex];
    const nodes = gap ? gapNodes(gap, view.nodes) : null;
    // An empty stage has nobody to highlight: its lane label shows it instead of a blank map.
    return nodes && nodes.size > 0 ? nodes : null;
  }, [gapIndex, view]);
  const highlight: MapHighlight = useMemo(
    () => ({
      visible,
      unplaced: layout === 'geo' ? geoHidden : new Set(),
      emphasised,
      selected,
    }),
    [visible, layout, geoHidden, emphasised, selected],
  );
  const sigma = useSigma(container, graph, highlight, setSelected);
  const mapLayout = useMapLayout(view, graph, sigma, layout, geo);

  const activeStages = useMemo(() => {
    const gap = gapIndex === null ? undefined : view.gaps[gapIndex];
    return new Set([...(gap?.stage ? [gap.stage] : []), ...(gap?.stages ?? [])]);
  }, [gapIndex, view]);
  const laneLabels: LaneLabel[] = useMemo(() => {
    const empty = new Set(view.gaps.filter((g) => g.kind === 'empty_stage').map((g) => g.stage));
    return mapLayout.lanes.map((lane) => ({
      lane,
      name: categoryLabel('stage', lane.key, view, t, i18n.language),
      gap: lane.count === 0 || empty.has(lane.key),
      active: activeStages.has(lane.key),
    }));
  }, [mapLayout.lanes, view, t, i18n.language, activeStages]);

  const names = useMemo(() => new Map(view.nodes.map((n) => [n.id, n.name])), [view]);
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  const selectedNode = selected ? view.nodes.find((n) => n.id === selected) : undefined;

  const focusNode = (id: string) => {
    setSelected(id);
    const at = sigma?.getNodeDisplayData(id);
    if (sigma && at)
      void sigma.getCamera().animate({ x: at.x, y: at.y, ratio: 0.25 }, { duration: 500 });
  };

  return (
    <Stack gap="sm">
      <SummaryStrip summary={view.summary} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <MapToolbar
          layout={layout}
          onLayout={setLayout}
          geoAvailable={geo.positions.size > 0}
          colourBy={colourBy}
          onColourBy={setColourBy}
          sizeBy={sizeBy}
          onSizeBy={setSizeBy}
          forceRunning={mapLayout.forceRunning}
          onRerun={mapLayout.rerunForce}
        />
        <Group gap="sm" align="flex-end">
          <MapSearch nodes={view.nodes} onChoose={focusNode} />
          <ExportMenu slug={slug} view={view} graph={graph} sigma={sigma} visible={visible} />
        </Group>
      </Group>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xs">
            <Box
              pos="relative"
              h={620}
              style={{
                border: '1px solid var(--mantine-color-gray-3)',
                borderRadius: 4,
                overflow: 'hidden',
              }}
            >
              <div
                ref={container}
                style={{ width: '100%', height: '100%' }}
                data-testid="cluster-map"
                data-layout={layout}
                data-layout-state={mapLayout.forceRunning ? 'running' : 'done'}
              />
              <LaneLabels sigma={sigma} labels={laneLabels} gapText={t('layout.laneGap')} />
            </Box>
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" data-testid="map-visible-count" data-visible={visible.nodes.size}>
                {t('filters.visible', { visible: visible.nodes.size, total: view.nodes.length })}
              </Text>
              {layout === 'geo' && geo.missing.length > 0 && (
                <Text size="sm" c="dimmed" data-testid="map-without-coordinates">
                  {t('layout.withoutCoordinates', { count: geo.missing.length })}:{' '}
                  {geo.missing.slice(0, 20).map(nameOf).join(', ')}
                  {geo.missing.length > 20 ? ', …' : ''}
                </Text>
              )}
            </Group>
            <Legend legend={style.legend} colourBy={colourBy} view={view} />
            <MapFilters view={view} filters={filters} onChange={setFilters} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="sm">
            {selectedNode && (
              <SidePanel
                slug={slug}
                view={view}
                node={selectedNode}
                nameOf={nameOf}
                onClose={() => setSelected(null)}
              />
            )}
            <GapList
              view={view}
              active={chosenGap}
              onHover={setHoveredGap}
              onSelect={setChosenGap}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
