// Simplifies a projected map to a point budget with Douglas-Peucker, border by border: a stretch
// of border two regions share is simplified once and drawn the same in both, so neighbours
// neither overlap nor leave slivers between them (TopoJSON's arcs, without the file format).

import type { MapPoint, MapPolygon, MapRing, ProjectedRegion } from './projectEquirectangular';
import { ringArea } from './ringArea';

export interface SimplifyOptions {
  /** Most points all the rings may keep together (a shared border counts in both regions). */
  maxPoints: number;
  /** Points this close (map units) to the simplified line go even when the budget allows them. */
  minTolerance?: number;
}

/**
 * A stretch of border between two junctions (points where the regions meeting change), in one
 * direction whatever ring it was found in; for a ring without junctions, the whole ring from a
 * chosen point back to it. `rank[k]` is the tolerance below which point k stays: Infinity at the
 * ends; Douglas-Peucker keeps exactly the points whose rank exceeds its tolerance.
 */
interface Chain {
  points: MapPoint[];
  rank: number[];
}

/** A ring as the chains it runs along, each forwards or backwards. */
type RingPlan = { chain: Chain; reversed: boolean }[];

function before(a: MapPoint, b: MapPoint): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Douglas-Peucker ranks of a chain's points (Infinity at both ends), iteratively. */
function ranks(points: MapPoint[]): number[] {
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  points.forEach(([x, y], k) => {
    xs[k] = x;
    ys[k] = y;
  });
  const rank = new Array<number>(n).fill(0);
  rank[0] = Infinity;
  rank[n - 1] = Infinity;
  const stack: number[] = [0, n - 1, Infinity];
  while (stack.length > 0) {
    const cap = stack.pop() as number;
    const j = stack.pop() as number;
    const i = stack.pop() as number;
    if (j - i < 2) continue;
    // Squared distances to the segment from i to j (to point i when the two coincide).
    const ax = xs[i] as number;
    const ay = ys[i] as number;
    const dx = (xs[j] as number) - ax;
    const dy = (ys[j] as number) - ay;
    const length = dx * dx + dy * dy;
    let farthest = i + 1;
    let distance = -1;
    for (let k = i + 1; k < j; k++) {
      const px = (xs[k] as number) - ax;
      const py = (ys[k] as number) - ay;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
      const ex = px - t * dx;
      const ey = py - t * dy;
      const d = ex * ex + ey * ey;
      if (d > distance) {
        farthest = k;
        distance = d;
      }
    }
    // A point never outranks the point that split its stretch: ranks stay monotone.
    const value = Math.min(Math.sqrt(distance), cap);
    rank[farthest] = value;
    stack.push(i, farthest, value, farthest, j, value);
  }
  return rank;
}

/**
 * Numbers every distinct point of `count` at most: equal coordinates, equal id. An open-addressing
 * hash table on the coordinates' bits: maps of a million points would spend seconds on strings
 * or nested Maps.
 */
function pointIds(count: number): (point: MapPoint) => number {
  let capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  const coordinates = new Float64Array(2 * count);
  const bits = new Uint32Array(coordinates.buffer);
  const probe = new Float64Array(2);
  const probeBits = new Uint32Array(probe.buffer);
  let size = 0;
  return ([x, y]: MapPoint): number => {
    // -0 and 0 are one point: their bits differ, so both are written as 0.
    probe[0] = x === 0 ? 0 : x;
    probe[1] = y === 0 ? 0 : y;
    let hash = 0x811c9dc5;
    for (let word = 0; word < 4; word++)
      hash = Math.imul(hash ^ (probeBits[word] as number), 0x01000193);
    for (let slot = (hash >>> 0) & (capacity - 1); ; slot = (slot + 1) & (capacity - 1)) {
      const id = slots[slot] as number;
      if (id < 0) {
        coordinates[2 * size] = probe[0];
        coordinates[2 * size + 1] = probe[1];
        slots[slot] = size;
        return size++;
      }
      if (
        bits[4 * id] === probeBits[0] &&
        bits[4 * id + 1] === probeBits[1] &&
        bits[4 * id + 2] === probeBits[2] &&
        bits[4 * id + 3] === probeBits[3]
      )
        return id;
    }
  };
}

/** Plans every ring of the map as chains, sharing one chain among the rings that run along it. */
function planRings(regions: readonly ProjectedRegion[]): RingPlan[][][] {
  const rings = regions.flatMap((region) => region.polygons.flat());
  const pointCount = rings.reduce((sum, ring) => sum + ring.length, 0);
  const idOf = pointIds(pointCount);
  const ringIds = new Map(rings.map((ring) => [ring, ring.map(idOf)]));
  // A point is a junction when it is met with different neighbours in different places.
  const low = new Int32Array(pointCount).fill(-1);
  const high = new Int32Array(pointCount).fill(-1);
  const junction = new Uint8Array(pointCount);
  for (const ids of ringIds.values())
    ids.forEach((id, i) => {
      const a = ids[(i + ids.length - 1) % ids.length] as number;
      const b = ids[(i + 1) % ids.length] as number;
      const [one, other] = a < b ? [a, b] : [b, a];
      if (low[id] === -1) [low[id], high[id]] = [one, other];
      else if (low[id] !== one || high[id] !== other) junction[id] = 1;
    });

  // Chains by their first, second, second-last and last points and length; checked point by point.
  const chains = new Map<string, { ids: number[]; chain: Chain }[]>();
  const chainOf = (points: MapPoint[], ids: number[]): { chain: Chain; reversed: boolean } => {
    const n = points.length;
    const reversed =
      ids[0] === ids[n - 1]
        ? before(points[n - 2] as MapPoint, points[1] as MapPoint)
        : before(points[n - 1] as MapPoint, points[0] as MapPoint);
    const forward = reversed ? [...points].reverse() : points;
    const forwardIds = reversed ? [...ids].reverse() : ids;
    const key = `${forwardIds[0]},${forwardIds[1]},${forwardIds[n - 2]},${forwardIds[n - 1]},${n}`;
    const bucket = chains.get(key) ?? [];
    const found = bucket.find((entry) => entry.ids.every((id, k) => id === forwardIds[k]));
    if (found) return { chain: found.chain, reversed };
    const chain = { points: forward, rank: ranks(forward) };
    bucket.push({ ids: forwardIds, chain });
    chains.set(key, bucket);
    return { chain, reversed };
  };

  const planRing = (ring: MapRing): RingPlan => {
    const ids = ringIds.get(ring) ?? [];
    const cuts = ids.flatMap((id, i) => (junction[id] === 1 ? [i] : []));
    if (cuts.length === 0) {
      // No junction: start at the ring's least point, so every copy of the ring starts alike.
      const start = ring.reduce((best, point, i) => (before(point, ring[best]!) ? i : best), 0);
      const around = (list: MapPoint[] | number[]) => [
        ...list.slice(start),
        ...list.slice(0, start + 1),
      ];
      return [chainOf(around(ring) as MapPoint[], around(ids) as number[])];
    }
    return cuts.map((from, c) => {
      const to = cuts[(c + 1) % cuts.length] as number;
      const piece = <T>(list: T[]) =>
        to > from ? list.slice(from, to + 1) : [...list.slice(from), ...list.slice(0, to + 1)];
      return chainOf(piece(ring), piece(ids));
    });
  };
  return regions.map((region) => region.polygons.map((polygon) => polygon.map(planRing)));
}

/** The ring's points whose rank exceeds `tolerance` (each chain's last point is the next's first). */
function ringAt(plan: RingPlan, tolerance: number): MapRing {
  const ring: MapRing = [];
  for (const { chain, reversed } of plan) {
    const n = chain.points.length;
    for (let step = 0; step < n - 1; step++) {
      const k = reversed ? n - 1 - step : step;
      if ((chain.rank[k] as number) > tolerance) ring.push(chain.points[k] as MapPoint);
    }
  }
  return ring;
}

/** The tolerance that keeps at most `budget` points, given every ring's chains. */
function toleranceFor(plans: RingPlan[], budget: number, least: number): number {
  let fixed = 0;
  let interior = 0;
  for (const plan of plans)
    for (const { chain } of plan) {
      fixed += 1;
      interior += Math.max(0, chain.points.length - 2);
    }
  const allowed = budget - fixed;
  if (allowed <= 0) return Infinity;
  if (allowed >= interior) return least;
  const ranked = new Float64Array(interior);
  let at = 0;
  for (const plan of plans)
    for (const { chain } of plan)
      for (let k = 1; k < chain.points.length - 1; k++) ranked[at++] = chain.rank[k] as number;
  ranked.sort().reverse();
  // Points ranked strictly above the first one left out: at most `allowed` of them.
  return Math.max(ranked[allowed] as number, least);
}

/** The most important points of a ring on its own, at least three, when its chains kept fewer. */
function fallbackRing(ring: MapRing): MapRing {
  const closed = [...ring, ring[0] as MapPoint];
  const rank = ranks(closed);
  const top = rank
    .slice(1, -1)
    .map((value, i) => [value, i + 1] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 2)
    .map(([, i]) => i);
  return [0, ...top.sort((a, b) => a - b)].map((i) => closed[i] as MapPoint);
}

/**
 * The regions simplified to at most `maxPoints` points in all (Douglas-Peucker at the tolerance
 * the budget allows, and never below `minTolerance`). Rings that shrink below three points go;
 * a region that would lose all its polygons keeps its largest as a triangle of its most
 * important points, which may cost a few points over the budget for maps of many specks.
 */
export function simplifyRegions(
  regions: readonly ProjectedRegion[],
  options: SimplifyOptions,
): ProjectedRegion[] {
  const plans = planRings(regions);
  const allPlans = plans.flat(2);
  const least = options.minTolerance ?? 0;
  let budget = options.maxPoints;
  let result: ProjectedRegion[] = [];
  // The triangles that keep vanished regions on the map can overshoot: tighten and try again.
  for (let attempt = 0; attempt < 4; attempt++) {
    const tolerance = toleranceFor(allPlans, budget, least);
    result = regions.map((region, r) => {
      const polygons: MapPolygon[] = [];
      region.polygons.forEach((polygon, p) => {
        const rings = polygon.map((_, k) => ringAt(plans[r]![p]![k]!, tolerance));
        if ((rings[0]?.length ?? 0) >= 3) polygons.push(rings.filter((ring) => ring.length >= 3));
      });
      if (polygons.length === 0 && region.polygons.length > 0) {
        const areas = region.polygons.map((polygon) => ringArea(polygon[0] ?? []));
        const largest = region.polygons[areas.indexOf(Math.max(...areas))]?.[0] ?? [];
        polygons.push([fallbackRing(largest)]);
      }
      return { id: region.id, polygons };
    });
    const count = result.reduce(
      (sum, region) => sum + region.polygons.flat().reduce((inner, ring) => inner + ring.length, 0),
      0,
    );
    if (count <= options.maxPoints || tolerance === Infinity) break;
    budget -= count - options.maxPoints;
  }
  return result;
}
