// The outlines of a map as SVG paths: US states and counties from us-atlas (pre-projected to
// Albers USA), countries from world-atlas (Natural Earth 1:50m, projected here), Turkish provinces
// from the paths shipped beside this file. Each file is fetched only when its map is first shown.

import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countiesUrl from 'us-atlas/counties-albers-10m.json?url';
import statesUrl from 'us-atlas/states-albers-10m.json?url';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { Geography } from './regionGeography';
import provincesUrl from './turkeyProvincePaths.json?url';
import { TURKEY_PROVINCES } from './turkeyProvinces';
import { US_STATES } from './usStates';

export interface MapShape {
  /** The shape id that shapeIdOf gives for a region code. */
  id: string;
  name: string;
  /** SVG path data in the map's coordinates. */
  d: string;
}

export interface MapShapes {
  /** min-x, min-y, width, height of the SVG viewBox. */
  viewBox: readonly [number, number, number, number];
  shapes: MapShape[];
  /** Outlines drawn over the shapes for orientation (state borders on the county map). */
  borders?: string;
}

type Properties = { name?: string } | null;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${url}`);
  return (await response.json()) as T;
}

function features(topology: Topology, object: string): Feature<Geometry, Properties>[] {
  const collection = topology.objects[object] as GeometryCollection<Properties>;
  return (feature(topology, collection) as FeatureCollection<Geometry, Properties>).features;
}

// us-atlas's Albers files are projected to a 975 x 610 frame: no projection is needed.
const ALBERS_FRAME = [0, 0, 975, 610] as const;
const WORLD_WIDTH = 960;
const WORLD_HEIGHT = 540;
// The frame of the province paths (turkey-map-react's drawing, trimmed to its outlines).
const TURKEY_FRAME = [15, 138, 1020, 456] as const;

async function usStates(): Promise<MapShapes> {
  const topology = await fetchJson<Topology>(statesUrl);
  const path = geoPath();
  const shapes = features(topology, 'states').map((f) => ({
    id: String(f.id),
    name: f.properties?.name ?? String(f.id),
    d: path(f) ?? '',
  }));
  return { viewBox: ALBERS_FRAME, shapes };
}

async function usCounties(): Promise<MapShapes> {
  const topology = await fetchJson<Topology>(countiesUrl);
  const path = geoPath();
  const shapes = features(topology, 'counties').map((f) => {
    const id = String(f.id);
    const state = US_STATES.get(id.slice(0, 2));
    const county = f.properties?.name ?? id;
    return { id, name: state ? `${county}, ${state}` : county, d: path(f) ?? '' };
  });
  const states = topology.objects.states as GeometryCollection;
  const borders = path(mesh(topology, states, (a, b) => a !== b)) ?? undefined;
  return { viewBox: ALBERS_FRAME, shapes, borders };
}

/** Countries, framed on those with data (all the world when none has). */
async function world(focus: ReadonlySet<string>): Promise<MapShapes> {
  const topology = await fetchJson<Topology>(countriesUrl);
  // Countries without an ISO code in Natural Earth (Kosovo, Somaliland) have no id.
  const all = features(topology, 'countries').filter((f) => f.id !== undefined);
  const framed = all.filter((f) => focus.has(String(f.id)));
  const projection = geoNaturalEarth1().fitExtent(
    [
      [8, 8],
      [WORLD_WIDTH - 8, WORLD_HEIGHT - 8],
    ],
    { type: 'FeatureCollection', features: framed.length > 0 ? framed : all },
  );
  const path = geoPath(projection);
  const shapes = all.map((f) => ({
    id: String(f.id),
    name: f.properties?.name ?? String(f.id),
    d: path(f) ?? '',
  }));
  return { viewBox: [0, 0, WORLD_WIDTH, WORLD_HEIGHT], shapes };
}

async function turkey(): Promise<MapShapes> {
  const paths = await fetchJson<Record<string, string>>(provincesUrl);
  const shapes = TURKEY_PROVINCES.map((p) => ({
    id: p.plate,
    name: p.name,
    d: paths[p.plate] ?? '',
  }));
  return { viewBox: TURKEY_FRAME, shapes };
}

/** The outlines of a geography; `focus` (shape ids with data) frames the world map. */
export function loadShapes(geography: Geography, focus: ReadonlySet<string>): Promise<MapShapes> {
  switch (geography) {
    case 'us-states':
      return usStates();
    case 'us-counties':
      return usCounties();
    case 'world':
      return world(focus);
    case 'tr-provinces':
      return turkey();
  }
}
