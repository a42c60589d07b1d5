// The outlines of an imported map (a project's GeoJSON) as SVG paths: fetched from the server
// (which the browser caches), turned to d3's winding order and projected with Mercator, fitted
// to a frame 1,000 wide and as high as the regions' own proportions ask.

import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeographyView } from '@kume/server';
import { api } from '../../../api/client';
import { statisticsPath } from '../statisticsQueries';
import type { MapShapes } from './loadShapes';
import { rewindForD3 } from './rewindForD3';

type RegionFeature = Feature<Polygon | MultiPolygon, { name?: string | null } | null>;

const WIDTH = 1000;
/** The frame is kept between a wide strip and a tall column (Chile would be a needle). */
const MIN_HEIGHT = 300;
const MAX_HEIGHT = 1400;
/** Room around the shapes, so the outlines of the outermost regions are not cut. */
const MARGIN = 6;

/** Projects the regions' features (as the server gives them: id = region code) to SVG paths. */
export function projectRegions(collection: FeatureCollection): MapShapes {
  const features = (collection.features as RegionFeature[]).map((f) => ({
    ...f,
    geometry: rewindForD3(f.geometry),
  }));
  const all: FeatureCollection = { type: 'FeatureCollection', features };
  // First at the frame's width to learn the map's proportions, then fitted to them.
  const [[x0, y0], [x1, y1]] = geoPath(geoMercator().fitWidth(WIDTH, all)).bounds(all);
  const proportional = x1 > x0 ? ((y1 - y0) / (x1 - x0)) * WIDTH : WIDTH;
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, proportional)));
  const path = geoPath(geoMercator().fitSize([WIDTH, height], all)).digits(1);
  return {
    viewBox: [-MARGIN, -MARGIN, WIDTH + 2 * MARGIN, height + 2 * MARGIN],
    shapes: features.map((f) => ({
      id: String(f.id),
      name: f.properties?.name ?? String(f.id),
      d: path(f) ?? '',
    })),
  };
}

export async function loadImportedShapes(
  slug: string,
  geography: GeographyView,
): Promise<MapShapes> {
  const collection = await api.get<FeatureCollection>(
    statisticsPath(slug, `/geographies/${geography.id}`),
  );
  return projectRegions(collection);
}
