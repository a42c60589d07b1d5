import { describe, expect, it } from 'vitest';
import type { DeckRegionMap } from './deckInput';
import { regionMapFixture } from './fixtures/regionMapFixture';
import type { LqClass } from './deckModel';
import { lqClass, regionMapLayout } from './regionMapLayout';

const frame = { x: 0.6, y: 1.45, w: 8.6, h: 5.2 };
const labels: Record<LqClass, string> = {
  below: 'LQ < 0.8',
  about: '0.8–1.25',
  above: '1.25–2',
  strong: 'LQ ≥ 2',
  none: 'No data',
};
const layout = (map: DeckRegionMap, numbered = 5) =>
  regionMapLayout(map, frame, labels, { numbered, altText: 'The map' });

/** Two regions side by side, the western one twice as wide; the map is 3 × 1. */
const strip = (lqs: [number | null, number | null]): DeckRegionMap => ({
  clusterName: 'Machinery',
  mapName: 'Strip',
  regions: [
    {
      code: 'E',
      name: 'East',
      lq: lqs[1],
      focus: false,
      rings: [
        [
          [2 / 3, 0],
          [1, 0],
          [1, 1 / 3],
          [2 / 3, 1 / 3],
        ],
      ],
    },
    {
      code: 'W',
      name: 'West',
      lq: lqs[0],
      focus: true,
      rings: [
        [
          [0, 0],
          [2 / 3, 0],
          [2 / 3, 1 / 3],
          [0, 1 / 3],
        ],
      ],
    },
  ],
});

describe('lqClass', () => {
  it('puts a location quotient in its class, the lower bound of each class included', () => {
    expect([0, 0.79, 0.8, 1.249, 1.25, 1.99, 2, 7].map(lqClass)).toEqual([
      'below',
      'below',
      'about',
      'about',
      'above',
      'above',
      'strong',
      'strong',
    ]);
    expect([null, Number.NaN, Number.POSITIVE_INFINITY].map(lqClass)).toEqual([
      'none',
      'none',
      'none',
    ]);
  });
});

describe('regionMapLayout', () => {
  it('scales the map into the frame with its proportions kept, centred, above the legend', () => {
    const { block } = layout(strip([2.5, 0.5]));
    const west = block.regions.find((region) => region.code === 'W');
    const east = block.regions.find((region) => region.code === 'E');
    // 3 × 1 in 8.6 wide: the map is 8.6 × 2.867, the western region 5.733 wide.
    expect(west?.box.w).toBeCloseTo((8.6 * 2) / 3, 6);
    expect(east?.box.w).toBeCloseTo(8.6 / 3, 6);
    expect(west?.box.h).toBeCloseTo(8.6 / 3, 6);
    expect(west?.box.x).toBeCloseTo(frame.x, 6);
    const legendTop = Math.min(...block.legend.map((entry) => entry.labelFrame.y));
    const mapBottom = (west?.box.y ?? 0) + (west?.box.h ?? 0);
    expect(mapBottom).toBeLessThan(legendTop);
    // Centred in the room above the legend.
    expect((west?.box.y ?? 0) - frame.y).toBeCloseTo(legendTop - 0.15 - mapBottom, 6);
    expect(west?.rings[0]?.[0]).toEqual([west?.box.x, west?.box.y]);
  });

  it('draws large regions first, classes each region and keeps the focus flag', () => {
    const { block } = layout(strip([2.5, 0.5]));
    expect(block.regions.map((region) => [region.code, region.lqClass, region.focus])).toEqual([
      ['W', 'strong', true],
      ['E', 'below', false],
    ]);
  });

  it('lists no-data in the legend only when a region has no data, all in one row', () => {
    const full = layout(strip([2.5, 0.5])).block.legend;
    expect(full.map((entry) => entry.lqClass)).toEqual(['below', 'about', 'above', 'strong']);
    const gap = layout(strip([2.5, null])).block.legend;
    expect(gap.map((entry) => entry.label)).toEqual([
      'LQ < 0.8',
      '0.8–1.25',
      '1.25–2',
      'LQ ≥ 2',
      'No data',
    ]);
    expect(new Set(gap.map((entry) => entry.labelFrame.y)).size).toBe(1);
    for (const entry of gap)
      expect(entry.labelFrame.y + entry.labelFrame.h).toBeCloseTo(frame.y + frame.h, 6);
  });

  it('numbers the highest LQs, ranks without data last and unlisted, and labels inside the regions', () => {
    const map = regionMapFixture('Machinery');
    const { block, listed } = layout(map, 3);
    expect(listed.map((entry) => [entry.number, entry.name, entry.lq])).toEqual([
      [1, 'Bursa', 2.87],
      [2, 'Konya', 2.64],
      [3, 'Kocaeli', 2.31],
    ]);
    expect(block.labels.map((label) => label.code)).toEqual(['TR41', 'TR52', 'TR42']);
    for (const label of block.labels) {
      const region = block.regions.find((one) => one.code === label.code);
      const box = region?.box ?? { x: 0, y: 0, w: 0, h: 0 };
      expect(label.x).toBeGreaterThan(box.x);
      expect(label.x).toBeLessThan(box.x + box.w);
      expect(label.y).toBeGreaterThan(box.y);
      expect(label.y).toBeLessThan(box.y + box.h);
    }
    const muğla = block.regions.find((region) => region.code === 'TR32');
    expect(muğla?.lqClass).toBe('none');
  });

  it('leaves regions without rings off the drawing and a map without points empty', () => {
    const map = strip([1, 1]);
    map.regions[0] = { ...map.regions[0]!, rings: [] };
    expect(layout(map).block.regions.map((region) => region.code)).toEqual(['W']);
    const empty = layout({ ...map, regions: [] });
    expect(empty.block.regions).toEqual([]);
    expect(empty.listed).toEqual([]);
  });
});
