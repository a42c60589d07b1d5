// The combined relatedness of the derived clusters as a heat map on a canvas: industries (or, for
// large derivations, clusters) in cluster order, each cluster framed on the diagonal; hovering a
// cell names the two industries and their percentile.

import { Box, Group, Paper, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeriveAnswerView } from './deriveTypes';
import { cellAt, clusterAt, colourOf } from './heatmapCells';

type Heatmap = DeriveAnswerView['heatmap'];

/** The largest side of the map in CSS pixels. */
const MAX_SIZE = 640;

function draw(canvas: HTMLCanvasElement, heatmap: Heatmap, size: number) {
  const n = heatmap.codes.length;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(size * ratio);
  canvas.height = Math.round(size * ratio);
  const context = canvas.getContext('2d');
  if (!context || n === 0) return;
  // One pixel per cell, scaled up without smoothing: 160,000 cells draw at once.
  const cells = document.createElement('canvas');
  cells.width = n;
  cells.height = n;
  const cellContext = cells.getContext('2d');
  if (!cellContext) return;
  const image = cellContext.createImageData(n, n);
  heatmap.values.forEach((value, cell) => {
    const [r, g, b] = colourOf(value);
    image.data.set([r, g, b, 255], cell * 4);
  });
  cellContext.putImageData(image, 0, 0);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.imageSmoothingEnabled = false;
  context.drawImage(cells, 0, 0, size, size);
  const cell = size / n;
  if (heatmap.by === 'industry') {
    context.strokeStyle = '#e8590c';
    context.lineWidth = 1.5;
    heatmap.clusterStarts.forEach((start, c) => {
      const end = heatmap.clusterStarts[c + 1] ?? n;
      context.strokeRect(start * cell, start * cell, (end - start) * cell, (end - start) * cell);
    });
  }
}

export function RelatednessHeatmap({
  heatmap,
  labelOf,
  clusterName,
}: {
  heatmap: Heatmap;
  /** An industry code (or in the cluster view a cluster code) as shown to the analyst. */
  labelOf: (code: string) => string;
  /** The name of the cluster at an index of the best result. */
  clusterName: (index: number) => string;
}) {
  const { t } = useTranslation('statistics');
  const { ref: box, width } = useElementSize();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<{ row: number; column: number; x: number; y: number } | null>(
    null,
  );
  const size = Math.max(120, Math.min(MAX_SIZE, Math.floor(width)));
  const n = heatmap.codes.length;

  useEffect(() => {
    if (canvas.current && width > 0) draw(canvas.current, heatmap, size);
  }, [heatmap, size, width]);

  const onMove = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const found = cellAt(x, y, size, n);
    setHover(found ? { ...found, x, y } : null);
  };
  const value = hover ? heatmap.values[hover.row * n + hover.column] : undefined;
  const describe = (index: number) =>
    heatmap.by === 'industry'
      ? `${labelOf(heatmap.codes[index]!)} · ${clusterName(clusterAt(index, heatmap.clusterStarts))}`
      : clusterName(index);

  return (
    <Box ref={box} w="100%">
      <Text size="sm" c="dimmed" mb="xs">
        {heatmap.by === 'industry'
          ? t('derive.heatmap.byIndustry', { count: n })
          : t('derive.heatmap.byCluster', { count: n })}
      </Text>
      <Box pos="relative" w={size} h={size}>
        <canvas
          ref={canvas}
          style={{ width: size, height: size, display: 'block', cursor: 'crosshair' }}
          role="img"
          aria-label={t('derive.heatmap.label', { count: n })}
          data-testid="derive-heatmap"
          onPointerMove={onMove}
          onPointerLeave={() => setHover(null)}
        />
        {hover && (
          <Paper
            shadow="md"
            p="xs"
            withBorder
            pos="absolute"
            maw={320}
            style={{
              pointerEvents: 'none',
              left: Math.min(hover.x + 12, Math.max(0, size - 260)),
              top: hover.y + 12 > size - 90 ? hover.y - 90 : hover.y + 12,
              zIndex: 2,
            }}
            data-testid="derive-heatmap-tooltip"
          >
            <Text size="xs" fw={600}>
              {describe(hover.row)}
            </Text>
            <Text size="xs" fw={600}>
              {describe(hover.column)}
            </Text>
            <Text size="xs">
              {value === null || value === undefined
                ? t('derive.heatmap.missing')
                : heatmap.by === 'cluster' && hover.row === hover.column
                  ? t('derive.heatmap.within', { value })
                  : t('derive.heatmap.percentile', { value })}
            </Text>
          </Paper>
        )}
      </Box>
      <Group gap="xs" mt="xs" align="center">
        <Text size="xs" c="dimmed">
          {t('derive.heatmap.low')}
        </Text>
        <Box
          w={160}
          h={10}
          style={{
            background: `linear-gradient(to right, ${[0, 50, 80, 100]
              .map((p) => `rgb(${colourOf(p).join(',')}) ${p}%`)
              .join(', ')})`,
            borderRadius: 2,
          }}
        />
        <Text size="xs" c="dimmed">
          {t('derive.heatmap.high')}
        </Text>
      </Group>
    </Box>
  );
}
