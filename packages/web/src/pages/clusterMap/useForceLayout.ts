// Runs ForceAtlas2 in its web worker for a bounded time, then stops; `run` starts it again.

import { useCallback, useEffect, useRef, useState } from 'react';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { MapGraph } from './buildMapGraph';

/**
 * How long the layout runs, ms: 2 s plus 0.8 ms per node, at most 6 s. ForceAtlas2 settles a
 * few hundred nodes in about a second; more time only polishes, so it is cut off.
 */
export const layoutDuration = (nodeCount: number) => Math.min(6000, 2000 + 0.8 * nodeCount);

export interface ForceLayout {
  running: boolean;
  run: () => void;
  stop: () => void;
}

/** Starts once when `enabled` first holds for this graph; `onDone` fires whenever a run ends. */
export function useForceLayout(
  graph: MapGraph | null,
  enabled: boolean,
  onDone: () => void,
): ForceLayout {
  const [running, setRunning] = useState(false);
  const layout = useRef<FA2Layout | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ranFor = useRef<MapGraph | null>(null);
  const done = useRef(onDone);

  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (layout.current?.isRunning()) {
      layout.current.stop();
      setRunning(false);
      done.current();
    }
  }, []);

  const run = useCallback(() => {
    if (!graph || graph.order === 0) return;
    stop();
    if (!layout.current) {
      const settings = {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 500,
      };
      layout.current = new FA2Layout(graph, { settings });
    }
    layout.current.start();
    setRunning(true);
    timer.current = setTimeout(stop, layoutDuration(graph.order));
  }, [graph, stop]);

  useEffect(() => {
    if (enabled && graph && ranFor.current !== graph) {
      ranFor.current = graph;
      run();
    }
  }, [enabled, graph, run]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      layout.current?.kill();
      layout.current = null;
    },
    [graph],
  );

  return { running, run, stop };
}
