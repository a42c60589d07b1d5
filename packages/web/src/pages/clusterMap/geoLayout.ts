// The geographic layout: latitude and longitude to an equirectangular plane, north up.

export interface GeoLayout {
  positions: Map<string, { x: number; y: number }>;
  /** Ids of nodes without usable coordinates (missing, or outside -90..90 / -180..180). */
  missing: string[];
}

const usable = (lat: number | null, lon: number | null): boolean =>
  lat !== null &&
  lon !== null &&
  Number.isFinite(lat) &&
  Number.isFinite(lon) &&
  Math.abs(lat) <= 90 &&
  Math.abs(lon) <= 180;

/**
 * Equirectangular projection centred on the nodes' mean latitude: x = longitude x cos(mean
 * latitude), y = latitude (degrees; sigma's y grows upwards, so north is up). The cosine keeps
 * distances in a region roughly true at Turkey's latitudes (a degree of longitude is ~0.77 of
 * a degree of latitude at 40° N).
 */
export function geoLayout(
  nodes: readonly { id: string; latitude: number | null; longitude: number | null }[],
): GeoLayout {
  const placed = nodes.filter((n) => usable(n.latitude, n.longitude));
  const meanLatitude = placed.length
    ? placed.reduce((sum, n) => sum + n.latitude!, 0) / placed.length
    : 0;
  const factor = Math.cos((meanLatitude * Math.PI) / 180);
  const positions = new Map<string, { x: number; y: number }>();
  for (const n of placed) positions.set(n.id, { x: n.longitude! * factor, y: n.latitude! });
  const missing = nodes.filter((n) => !usable(n.latitude, n.longitude)).map((n) => n.id);
  return { positions, missing };
}
