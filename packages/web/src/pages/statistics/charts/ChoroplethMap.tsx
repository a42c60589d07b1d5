// A choropleth map of one measure by region: regions coloured by class, regions without data
// grey, the focus region outlined, a legend, and the name and value of the region under the
// pointer (or tapped). Drawn as plain SVG paths, so it scales with its container and saves as SVG.
// The map is one of Kume's own or one the project imported (its GeoJSON).

import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { memo, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { loadImportedShapes } from '../geography/importedShapes';
import { loadShapes, type MapShape } from '../geography/loadShapes';
import { mapChoiceKey, mapShapeIdOf, type MapChoice } from '../geography/mapChoice';
import { ChartExportMenu } from './ChartExportMenu';
import { choroplethScale, NO_DATA_COLOUR, type MapMeasure } from './choroplethScale';
import { fileNameOf } from './downloadFile';
import { saveMapPng, saveMapSvg, type LegendEntry } from './saveMap';

export interface MapValue {
  /** The region code as in the dataset. */
  code: string;
  value: number | null;
}

/** The shapes with their fills; memoised so hovering redraws only the highlight. */
const ShapePaths = memo(function ShapePaths({
  shapes,
  fill,
  strokeWidth,
}: {
  shapes: readonly MapShape[];
  fill: (id: string) => string;
  strokeWidth: number;
}) {
  return (
    <g stroke="#fff" strokeWidth={strokeWidth} strokeLinejoin="round">
      {shapes.map((shape) => (
        <path key={shape.id} d={shape.d} fill={fill(shape.id)} data-id={shape.id} />
      ))}
    </g>
  );
});

export function ChoroplethMap({
  slug,
  map,
  values,
  measure,
  formatValue,
  focusRegion,
  title,
  nameOf,
}: {
  /** The project, whose imported maps are read from the server. */
  slug: string;
  map: MapChoice;
  values: readonly MapValue[];
  measure: MapMeasure;
  formatValue: (value: number | null) => string;
  focusRegion: string | null;
  /** Names the map in its legend and saved files. */
  title: string;
  /** The region's name in the UI language where known; else the map's own name for the shape. */
  nameOf?: (code: string) => string | undefined;
}) {
  const { t } = useTranslation('statistics');
  const svg = useRef<SVGSVGElement>(null);
  /** The shape under the pointer, where (px in the map), and whether in the map's right half. */
  const [hover, setHover] = useState<{ id: string; x: number; y: number; right: boolean } | null>(
    null,
  );

  const byShape = useMemo(() => {
    const shapesWithValue = new Map<string, MapValue>();
    for (const v of values) {
      const id = mapShapeIdOf(map, v.code);
      if (id) shapesWithValue.set(id, v);
    }
    return shapesWithValue;
  }, [values, map]);
  // The world map is framed on the countries with data; the other maps have fixed frames.
  const builtin = map.kind === 'builtin' ? map.geography : null;
  const focusKey = builtin === 'world' ? [...byShape.keys()].sort().join(',') : '';
  const shapes = useQuery({
    queryKey: ['map-shapes', mapChoiceKey(map), focusKey],
    queryFn: () =>
      map.kind === 'builtin'
        ? loadShapes(map.geography, new Set(focusKey.split(',')))
        : loadImportedShapes(slug, map.geography),
    staleTime: Infinity,
  });
  const scale = useMemo(
    () =>
      choroplethScale(
        measure,
        [...byShape.values()].map((v) => v.value).filter((v): v is number => v !== null),
      ),
    [measure, byShape],
  );
  const fill = useMemo(
    () => (id: string) => {
      const entry = byShape.get(id);
      return entry ? scale.colourOf(entry.value) : NO_DATA_COLOUR;
    },
    [byShape, scale],
  );
  const legend: LegendEntry[] = useMemo(() => {
    const { breaks, colours } = scale;
    const label = (i: number) =>
      i === 0
        ? `< ${formatValue(breaks[0] ?? null)}`
        : i === breaks.length
          ? `≥ ${formatValue(breaks[i - 1] ?? null)}`
          : `${formatValue(breaks[i - 1] ?? null)} – ${formatValue(breaks[i] ?? null)}`;
    const classes =
      breaks.length === 0
        ? [{ colour: colours[0] ?? NO_DATA_COLOUR, label: t('map.allValues') }]
        : colours.map((colour, i) => ({ colour, label: label(i) }));
    return [...classes, { colour: NO_DATA_COLOUR, label: t('map.noData') }];
  }, [scale, formatValue, t]);

  if (shapes.isPending) return <Loading />;
  if (shapes.error) return <ErrorAlert error={shapes.error} />;
  const { viewBox, borders } = shapes.data;
  const strokeWidth = viewBox[2] / (builtin === 'us-counties' ? 4000 : 1500);
  const focusId = focusRegion ? mapShapeIdOf(map, focusRegion) : undefined;
  const shapeById = new Map(shapes.data.shapes.map((s) => [s.id, s]));
  const focusShape = focusId ? shapeById.get(focusId) : undefined;
  const hovered = hover ? shapeById.get(hover.id) : undefined;
  const hoveredValue = hover ? byShape.get(hover.id) : undefined;

  const pointAt = (event: MouseEvent<SVGSVGElement>) => {
    const id = (event.target as Element).getAttribute('data-id');
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    setHover(id ? { id, x, y: event.clientY - box.top, right: x > box.width / 2 } : null);
  };
  const fileName = fileNameOf(title);

  return (
    <Stack gap={6}>
      <Group justify="flex-end">
        <ChartExportMenu
          testId="choropleth"
          onSvg={() => svg.current && saveMapSvg(svg.current, title, legend, fileName)}
          onPng={() => svg.current && saveMapPng(svg.current, title, legend, fileName)}
        />
      </Group>
      <div style={{ position: 'relative' }}>
        <svg
          ref={svg}
          viewBox={viewBox.join(' ')}
          width="100%"
          role="img"
          aria-label={title}
          data-testid="choropleth"
          data-geography={builtin ?? 'imported'}
          data-map={mapChoiceKey(map)}
          style={{ display: 'block', maxHeight: '70vh' }}
          onMouseMove={pointAt}
          onClick={pointAt}
          onMouseLeave={() => setHover(null)}
        >
          <ShapePaths shapes={shapes.data.shapes} fill={fill} strokeWidth={strokeWidth} />
          {borders && (
            <path
              d={borders}
              fill="none"
              stroke="#fff"
              strokeWidth={strokeWidth * 3}
              pointerEvents="none"
            />
          )}
          {focusShape && (
            <path
              d={focusShape.d}
              fill="none"
              stroke="#212529"
              strokeWidth={strokeWidth * 4}
              pointerEvents="none"
            />
          )}
          {hovered && (
            <path
              d={hovered.d}
              fill="none"
              stroke="#1971c2"
              strokeWidth={strokeWidth * 4}
              pointerEvents="none"
            />
          )}
        </svg>
        {hover && hovered && (
          <Paper
            shadow="sm"
            withBorder
            p={6}
            data-testid="choropleth-tooltip"
            style={{
              position: 'absolute',
              left: hover.x + 12,
              top: hover.y + 12,
              pointerEvents: 'none',
              maxWidth: 240,
              // Left of the pointer in the right half, so the box stays inside the map.
              transform: hover.right ? 'translateX(calc(-100% - 24px))' : undefined,
            }}
          >
            <Text size="sm" fw={600}>
              {(hoveredValue && nameOf?.(hoveredValue.code)) ?? hovered.name}
            </Text>
            <Text size="sm">
              {hoveredValue ? formatValue(hoveredValue.value) || t('map.noData') : t('map.noData')}
            </Text>
          </Paper>
        )}
      </div>
      <Group gap="sm" data-testid="choropleth-legend">
        {legend.map((entry) => (
          <Group key={entry.label} gap={4} wrap="nowrap">
            <span
              style={{
                width: 14,
                height: 10,
                background: entry.colour,
                border: '1px solid #ced4da',
                display: 'inline-block',
              }}
            />
            <Text size="xs">{entry.label}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
