// The peer of `npm run bench:map`: bare sigma 3 and graphology drawing /graph.json (the cluster-map
// API's answer) with the same node sizes, colours, arrows and bounded ForceAtlas2 run as Kume's map.

/* global document, location -- a browser page */

import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1'];
const container = document.getElementById('map');
// The same canvas size as Kume's map (?w=&h= in pixels): software WebGL costs grow with pixels.
const size = new URLSearchParams(location.search);
if (size.get('w')) container.style.width = `${Number(size.get('w'))}px`;
if (size.get('h')) container.style.height = `${Number(size.get('h'))}px`;
const view = await (await fetch('/graph.json')).json();
const stageIndex = new Map(view.chain.stages.map((s, i) => [s.id, i]));
const maxDegree = Math.max(1, ...view.nodes.map((n) => n.metrics.degree));
// Kume's sizes (nodeSizes): square-root scale, smaller discs past 1,000 nodes.
const [minSize, maxSize] = view.nodes.length > 1000 ? [1.5, 10] : [3, 16];

const graph = new MultiDirectedGraph();
view.nodes.forEach((n, i) => {
  const angle = i * 2.399963229728653;
  const radius = Math.sqrt(i + 0.5) * 10;
  graph.addNode(n.id, {
    label: n.name,
    x: radius * Math.cos(angle),
    y: radius * Math.sin(angle),
    size: minSize + (maxSize - minSize) * Math.sqrt(n.metrics.degree / maxDegree),
    color: n.stageId === null ? '#c8ccd2' : PALETTE[stageIndex.get(n.stageId) % PALETTE.length],
  });
});
for (const e of view.edges)
  graph.addEdgeWithKey(e.id, e.source, e.target, {
    size: 0.8 + ((e.sharePercent ?? 10) / 100) * 4,
    color: e.confirmed ? '#7b8794' : '#d3d8de',
  });

new Sigma(graph, container, {
  defaultEdgeType: 'arrow',
  labelRenderedSizeThreshold: 12,
  labelDensity: 0.2,
});
const layout = new FA2Layout(graph, {
  settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
});
layout.start();
container.dataset.layoutState = 'running';
// The same bound as Kume's map (useForceLayout's layoutDuration).
setTimeout(
  () => {
    layout.stop();
    container.dataset.layoutState = 'done';
  },
  Math.min(6000, 2000 + 0.8 * graph.order),
);
