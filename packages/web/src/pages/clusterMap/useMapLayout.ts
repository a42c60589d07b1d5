// Applies the chosen layout to the graph: ForceAtlas2 (kept when left, restored on return),
// value-chain lanes or geographic positions, animated, with sigma's frame fitted to the layout.

import { useCallback, useEffect, useMemo, useRef } from 'react';
import { animateNodes } from 'sigma/utils';
import type { MapGraph } from './buildMapGraph';
import type { GeoLayout } from './geoLayout';
import { LANE_WIDTH, laneLayout, type Lane } from './laneLayout';
import type { LayoutKind } from './mapOptions';
import type { ClusterMapView } from './types';
import { useForceLayout } from './useForceLayout';
import type { MapRenderer } from './useSigma';

type Positions = Map<string, { x: number; y: number }>;

export interface MapLayout {
  /** Lanes of the lane layout (empty otherwise). */
  lanes: Lane[];
  forceRunning: boolean;
  rerunForce: () => void;
}

const ANIMATION_MS = 500;

function snapshot(graph: MapGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  return positions;
}

function bboxOf(positions: Positions, margin: number) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return null;
  return {
    x: [minX - margin, maxX + margin] as [number, number],
    y: [minY - margin, maxY + margin] as [number, number],
  };
}

export function useMapLayout(
  view: ClusterMapView,
  graph: MapGraph | null,
  sigma: MapRenderer | null,
  kind: LayoutKind,
  geo: GeoLayout,
): MapLayout {
  const forcePositions = useRef<Positions | null>(null);
  const onForceDone = useCallback(() => {
    if (graph) forcePositions.current = snapshot(graph);
  }, [graph]);
  const force = useForceLayout(graph, kind === 'force', onForceDone);
  const { stop } = force;

  const lanes = useMemo(() => {
    // Hubs first, so that each lane's best-linked organisations sit at its top.
    const ordered = [...view.nodes].sort((a, b) => b.metrics.degree - a.metrics.degree);
    return laneLayout(
      ordered,
      view.chain.stages.map((s) => s.id),
    );
  }, [view]);

  useEffect(() => {
    if (!graph || !sigma) return;
    let targets: Positions | null;
    if (kind === 'force') {
      sigma.setCustomBBox(null);
      targets = forcePositions.current;
    } else {
      stop();
      if (kind === 'lanes') {
        targets = lanes.positions;
        const last = Math.max(0, lanes.lanes.length - 1) * LANE_WIDTH;
        sigma.setCustomBBox({
          x: [-LANE_WIDTH / 2, last + LANE_WIDTH / 2],
          y: [-lanes.height / 2 - 40, lanes.height / 2 + 40],
        });
      } else {
        targets = geo.positions;
        sigma.setCustomBBox(bboxOf(geo.positions, 0.02));
      }
    }
    if (!targets) return;
    const plain: Record<string, { x: number; y: number }> = {};
    for (const [id, p] of targets) if (graph.hasNode(id)) plain[id] = p;
    const cancel = animateNodes(graph, plain, { duration: ANIMATION_MS });
    sigma.getCamera().animatedReset({ duration: ANIMATION_MS });
    return cancel;
  }, [graph, sigma, kind, lanes, geo, stop]);

  return {
    lanes: kind === 'lanes' ? lanes.lanes : [],
    forceRunning: force.running,
    rerunForce: force.run,
  };
}
