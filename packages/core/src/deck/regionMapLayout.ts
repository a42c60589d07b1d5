// Lays the region map out for a slide: the unit-box shapes scaled into the frame with their
// proportions kept, each region in its LQ class, the regions listed by name numbered at a point
// inside them, the legend in a row under the map. Pure: the same map gives the same drawing.

import { ringArea } from '../geography/ringArea';
import { ringLabelPoint } from '../geography/ringLabelPoint';
import { compareText } from '../text/compareText';
import type { DeckRegionMap } from './deckInput';
import type { DeckRegionMapBlock, Frame, LqClass } from './deckModel';
import { textWidth } from './textMetrics';

/** The upper bounds of the classes below, about, above: 0.8, 1.25 and 2 (from 2 on: strong). */
export const LQ_CLASS_BREAKS = [0.8, 1.25, 2] as const;
export const LQ_CLASSES: readonly LqClass[] = ['below', 'about', 'above', 'strong', 'none'];

/** The class of a location quotient: none for null or a value that is not a finite number. */
export function lqClass(lq: number | null): LqClass {
  if (lq === null || !Number.isFinite(lq)) return 'none';
  const [about, above, strong] = LQ_CLASS_BREAKS;
  return lq < about ? 'below' : lq < above ? 'about' : lq < strong ? 'above' : 'strong';
}

export interface RegionMapLayout {
  block: DeckRegionMapBlock;
  /** The numbered regions, highest LQ first. */
  listed: { number: number; code: string; name: string; lq: number }[];
}

export interface RegionMapLayoutOptions {
  /** How many of the highest-LQ regions get a number (default 5). */
  numbered?: number;
  altText: string;
}

const LEGEND_ROW = 0.3;
const SWATCH = { w: 0.28, h: 0.17 };
const LABEL_RADIUS = 0.12;

type MapRegion = DeckRegionMap['regions'][number];

/** Legend entries flowed left to right in one row (two when it must), at the largest size that fits. */
function legendLayout(entries: { lqClass: LqClass; label: string }[], frame: Frame) {
  for (let size = 11; size >= 7; size -= 1) {
    let x = frame.x;
    let row = 0;
    const placed: DeckRegionMapBlock['legend'] = [];
    for (const entry of entries) {
      const width = SWATCH.w + 0.08 + textWidth(entry.label, size) + 0.12;
      if (x + width > frame.x + frame.w + 1e-9 && x > frame.x) {
        row += 1;
        x = frame.x;
      }
      const y = frame.y + row * LEGEND_ROW;
      placed.push({
        ...entry,
        swatch: { x, y: y + (LEGEND_ROW - SWATCH.h) / 2, w: SWATCH.w, h: SWATCH.h },
        labelFrame: { x: x + SWATCH.w + 0.06, y, w: width - SWATCH.w - 0.06, h: LEGEND_ROW },
      });
      x += width + 0.2;
    }
    if (row === 0 || (row === 1 && size === 7))
      return { legend: placed, fontSize: size, rows: row + 1 };
  }
  return { legend: [], fontSize: 7, rows: 0 };
}

/** The smallest and largest x and y of the rings' points (a loop: maps have many points). */
function extentOf(rings: readonly [number, number][][]) {
  const extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const ring of rings)
    for (const [x, y] of ring) {
      extent.minX = Math.min(extent.minX, x);
      extent.maxX = Math.max(extent.maxX, x);
      extent.minY = Math.min(extent.minY, y);
      extent.maxY = Math.max(extent.maxY, y);
    }
  return Number.isFinite(extent.minX) ? extent : { minX: 0, maxX: 0, minY: 0, maxY: 0 };
}

const byLq = (a: MapRegion, b: MapRegion) =>
  (b.lq ?? -Infinity) - (a.lq ?? -Infinity) || compareText('tr', a.name, b.name);

/**
 * The drawing of `map` in `frame`: the legend (labels by class, the no-data entry only when a
 * region has no data) at the bottom, the map above it as large as its proportions allow,
 * centred. Regions without rings are left out of the drawing but still ranked.
 */
export function regionMapLayout(
  map: DeckRegionMap,
  frame: Frame,
  legendLabels: Record<LqClass, string>,
  options: RegionMapLayoutOptions,
): RegionMapLayout {
  const hasNone = map.regions.some((region) => lqClass(region.lq) === 'none');
  const classes = LQ_CLASSES.filter((one) => one !== 'none' || hasNone);
  // Laid out twice: first to learn how many rows the legend takes, then at its place.
  const probe = legendLayout(
    classes.map((one) => ({ lqClass: one, label: legendLabels[one] })),
    { ...frame, h: 2 * LEGEND_ROW },
  );
  const legendHeight = probe.rows * LEGEND_ROW;
  const legend = legendLayout(
    classes.map((one) => ({ lqClass: one, label: legendLabels[one] })),
    { x: frame.x, y: frame.y + frame.h - legendHeight, w: frame.w, h: legendHeight },
  );
  const area = { ...frame, h: frame.h - legendHeight - 0.15 };

  const extent = extentOf(map.regions.flatMap((region) => region.rings));
  const width = extent.maxX - extent.minX;
  const height = extent.maxY - extent.minY;
  const scale =
    width > 0 || height > 0
      ? Math.min(width > 0 ? area.w / width : Infinity, height > 0 ? area.h / height : Infinity)
      : 0;
  const offsetX = area.x + (area.w - width * scale) / 2;
  const offsetY = area.y + (area.h - height * scale) / 2;
  const place = ([x, y]: [number, number]): [number, number] => [
    offsetX + (x - extent.minX) * scale,
    offsetY + (y - extent.minY) * scale,
  ];

  const areaOf = (region: MapRegion) => region.rings.reduce((sum, ring) => sum + ringArea(ring), 0);
  const drawn = map.regions
    .filter((region) => region.rings.length > 0)
    .map((region) => ({ region, area: areaOf(region) }))
    // Large regions first: a region inside another's hole is drawn over it whatever the fill rule.
    .sort((a, b) => b.area - a.area || compareText('tr', a.region.code, b.region.code))
    .map(({ region }) => {
      const rings = region.rings.map((ring) => ring.map(place));
      const own = extentOf(rings);
      const box = {
        x: own.minX,
        y: own.minY,
        w: Math.max(0.01, own.maxX - own.minX),
        h: Math.max(0.01, own.maxY - own.minY),
      };
      return {
        code: region.code,
        name: region.name,
        lqClass: lqClass(region.lq),
        focus: region.focus,
        box,
        rings,
      };
    });

  const ranked = map.regions.filter((region) => lqClass(region.lq) !== 'none').sort(byLq);
  const listed = ranked.slice(0, options.numbered ?? 5).map((region, index) => ({
    number: index + 1,
    code: region.code,
    name: region.name,
    lq: region.lq as number,
  }));
  const labels = listed.flatMap((entry) => {
    const region = drawn.find((one) => one.code === entry.code);
    const largest = region?.rings.reduce((best, ring) =>
      ringArea(ring) > ringArea(best) ? ring : best,
    );
    if (!largest) return [];
    const [x, y] = ringLabelPoint(largest, LABEL_RADIUS);
    // Kept inside the map's frame, whatever the shape.
    const clamp = (value: number, low: number, high: number) =>
      Math.min(Math.max(value, low + LABEL_RADIUS), high - LABEL_RADIUS);
    return [
      {
        number: entry.number,
        code: entry.code,
        x: clamp(x, area.x, area.x + area.w),
        y: clamp(y, area.y, area.y + area.h),
        r: LABEL_RADIUS,
      },
    ];
  });

  return {
    block: {
      kind: 'region_map',
      frame,
      regions: drawn,
      labels,
      labelFontSize: 9,
      legend: legend.legend,
      legendFontSize: legend.fontSize,
      altText: options.altText,
    },
    listed,
  };
}
