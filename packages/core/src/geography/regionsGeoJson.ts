// The regions read from a GeoJSON file written back as a FeatureCollection of their own: each
// feature's GeoJSON id is the region code and its only property the name, whatever the file used.

import type { GeoJsonRegions, RegionGeometry } from './readGeoJsonRegions';

export interface RegionsFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    properties: { name: string | null };
    geometry: RegionGeometry;
  }[];
}

export function regionsGeoJson(regions: GeoJsonRegions): RegionsFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: regions.features.map((feature) => ({
      type: 'Feature',
      id: feature.id,
      properties: { name: feature.name },
      geometry: feature.geometry,
    })),
  };
}
