// The area a projected ring encloses, for ordering regions and dropping specks of land.

import type { MapPoint } from './projectEquirectangular';

/** Area enclosed by the ring (shoelace formula), in squared map units, whatever its winding. */
export function ringArea(ring: readonly MapPoint[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as MapPoint;
    const [x1, y1] = ring[i] as MapPoint;
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}
