import { describe, expect, it } from 'vitest';
import { clusterMapLayout } from './clusterMapLayout';
import type { DeckClusterMap } from './deckInput';
import { DECK_TEXTS } from './deckTexts';

const frame = { x: 0.6, y: 1.45, w: 9, h: 5.2 };
const labels = DECK_TEXTS.en.organisationTypes;

function map(
  nodeCount: number,
  stages = ['Raw materials', 'Casting', 'Machining'],
): DeckClusterMap {
  return {
    stages,
    nodes: Array.from({ length: nodeCount }, (_, index) => ({
      id: `n${index}`,
      name: `Organisation ${index}`,
      type: index % 5 === 0 ? 'university' : 'firm',
      stage: index % 7 === 6 ? null : index % stages.length,
      weight: index,
    })),
    edges: Array.from({ length: nodeCount }, (_, index) => ({
      source: `n${index}`,
      target: `n${(index * 7 + 3) % nodeCount}`,
      weight: 1 + (index % 4),
    })),
    density: 0.1,
    components: 1,
    brokers: [],
  };
}

describe('clusterMapLayout', () => {
  it('draws the stages as lanes from left to right with the unplaced lane last', () => {
    const layout = clusterMapLayout(map(20), frame, 'Not on the chain', labels);
    expect(layout.block.lanes.map((lane) => lane.label)).toEqual([
      'Raw materials',
      'Casting',
      'Machining',
      'Not on the chain',
    ]);
    const xs = layout.block.lanes.map((lane) => lane.frame.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('puts every node in the lane of its stage, inside the frame', () => {
    const input = map(30);
    const layout = clusterMapLayout(input, frame, 'Not on the chain', labels);
    for (const node of layout.block.nodes) {
      const source = input.nodes.find((candidate) => candidate.id === node.id);
      const lane = layout.block.lanes[source?.stage ?? 3];
      expect(node.x - node.r).toBeGreaterThanOrEqual((lane?.frame.x ?? 0) - 1e-9);
      expect(node.x + node.r).toBeLessThanOrEqual(
        (lane?.frame.x ?? 0) + (lane?.frame.w ?? 0) + 1e-9,
      );
      expect(node.y - node.r).toBeGreaterThan(frame.y);
      expect(node.y + node.r).toBeLessThan(frame.y + frame.h);
    }
  });

  it('leaves out the unplaced lane when every node has a stage', () => {
    const input = map(6);
    input.nodes = input.nodes.map((node, index) => ({ ...node, stage: index % 3 }));
    expect(clusterMapLayout(input, frame, 'Not on the chain', labels).block.lanes).toHaveLength(3);
  });

  it('draws at most maxNodes, the heaviest, and counts the rest as hidden', () => {
    const layout = clusterMapLayout(map(120), frame, 'Not on the chain', labels, { maxNodes: 80 });
    expect(layout.block.nodes).toHaveLength(80);
    expect(layout.hidden).toBe(40);
    const drawn = new Set(layout.block.nodes.map((node) => node.id));
    expect(drawn.has('n119')).toBe(true);
    expect(drawn.has('n0')).toBe(false);
  });

  it('sizes nodes by weight', () => {
    const layout = clusterMapLayout(map(12), frame, 'Not on the chain', labels);
    const radius = (id: string) => layout.block.nodes.find((node) => node.id === id)?.r ?? 0;
    // n9 and n3 share a lane (stage 0) and its cell size.
    expect(radius('n9')).toBeGreaterThan(radius('n3'));
  });

  it('draws only edges between drawn nodes, from centre to centre', () => {
    const layout = clusterMapLayout(map(120), frame, 'Not on the chain', labels, { maxNodes: 50 });
    const centres = new Set(layout.block.nodes.map((node) => `${node.x},${node.y}`));
    for (const edge of layout.block.edges) {
      expect(centres.has(`${edge.x1},${edge.y1}`)).toBe(true);
      expect(centres.has(`${edge.x2},${edge.y2}`)).toBe(true);
    }
    expect(layout.hiddenEdges).toBe(120 - layout.block.edges.length);
  });

  it('numbers the heaviest nodes for the slide to list by name', () => {
    const layout = clusterMapLayout(map(20), frame, 'Not on the chain', labels, { numbered: 3 });
    expect(layout.listed).toEqual([
      { number: 1, name: 'Organisation 19' },
      { number: 2, name: 'Organisation 18' },
      { number: 3, name: 'Organisation 17' },
    ]);
    expect(layout.block.nodes.filter((node) => node.number !== null)).toHaveLength(3);
  });

  it('lists only the types drawn in the legend, inside the frame', () => {
    const layout = clusterMapLayout(map(20), frame, 'Not on the chain', labels);
    expect(layout.block.legend.map((entry) => entry.label)).toEqual(['Firm', 'University']);
    for (const entry of layout.block.legend) {
      expect(entry.labelFrame.x + entry.labelFrame.w).toBeLessThanOrEqual(frame.x + frame.w + 1e-9);
    }
  });

  it('gives the same drawing for the same map', () => {
    expect(clusterMapLayout(map(50), frame, 'x', labels)).toEqual(
      clusterMapLayout(map(50), frame, 'x', labels),
    );
  });
});
