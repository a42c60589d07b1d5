// Creates the sigma renderer for the map's graph and keeps what it highlights or hides in a ref
// that its (stable) reducers read, so that a filter or hover changes no React state per frame.

import { useEffect, useRef, useState, type RefObject } from 'react';
import Sigma from 'sigma';
import type { MapEdgeAttributes, MapGraph, MapNodeAttributes } from './buildMapGraph';
import type { Visibility } from './visibility';

export interface MapHighlight {
  visible: Visibility;
  /** Nodes hidden on top of the filters (geographic layout: no coordinates). */
  unplaced: ReadonlySet<string>;
  /** Nodes a gap points at; the rest fade. */
  emphasised: ReadonlySet<string> | null;
  selected: string | null;
}

const FADED_NODE = '#e4e7eb';

export type MapRenderer = Sigma<MapNodeAttributes, MapEdgeAttributes>;

/**
 * The renderer, null until the container and graph exist. `highlight` is applied through the
 * reducers with one refresh per change; hovering a node fades all but it and its neighbours.
 * Labels are drawn only for nodes rendered at least 12 pixels large (sigma's threshold), so a
 * 5,000-node map draws few labels until zoomed in.
 */
export function useSigma(
  container: RefObject<HTMLDivElement | null>,
  graph: MapGraph | null,
  highlight: MapHighlight,
  onClickNode: (id: string | null) => void,
): MapRenderer | null {
  const [renderer, setRenderer] = useState<MapRenderer | null>(null);
  const state = useRef({
    highlight,
    hovered: null as string | null,
    neighbours: new Set<string>(),
  });
  const clickRef = useRef(onClickNode);

  useEffect(() => {
    clickRef.current = onClickNode;
  }, [onClickNode]);

  useEffect(() => {
    const element = container.current;
    if (!element || !graph) return;
    const s = state.current;
    const sigma: MapRenderer = new Sigma(graph, element, {
      defaultEdgeType: 'arrow',
      labelRenderedSizeThreshold: 12,
      labelDensity: 0.2,
      renderEdgeLabels: false,
      nodeReducer: (node, data) => {
        const h = s.highlight;
        if (!h.visible.nodes.has(node) || h.unplaced.has(node)) return { ...data, hidden: true };
        if (node === h.selected) return { ...data, highlighted: true, forceLabel: true };
        const focus = s.hovered ? s.neighbours : h.emphasised;
        if (focus && !focus.has(node)) return { ...data, color: FADED_NODE, label: null };
        if (focus) return { ...data, forceLabel: s.hovered !== null };
        return data;
      },
      edgeReducer: (edge, data) => {
        const h = s.highlight;
        if (!h.visible.edges.has(edge)) return { ...data, hidden: true };
        const [source, target] = graph.extremities(edge);
        if (h.unplaced.has(source) || h.unplaced.has(target)) return { ...data, hidden: true };
        if (s.hovered && source !== s.hovered && target !== s.hovered)
          return { ...data, hidden: true };
        return data;
      },
    });
    sigma.on('enterNode', ({ node }) => {
      s.hovered = node;
      s.neighbours = new Set([node, ...graph.neighbors(node)]);
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      s.hovered = null;
      s.neighbours = new Set();
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('clickNode', ({ node }) => clickRef.current(node));
    sigma.on('clickStage', () => clickRef.current(null));
    setRenderer(sigma);
    return () => {
      setRenderer(null);
      sigma.kill();
    };
  }, [container, graph]);

  useEffect(() => {
    state.current.highlight = highlight;
    renderer?.refresh({ skipIndexation: true });
  }, [renderer, highlight]);

  return renderer;
}
