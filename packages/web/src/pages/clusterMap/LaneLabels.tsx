// The lane layout's stage names over the map, as plain text in an HTML overlay (sigma draws no
// lane labels), moved with the camera after every render without re-rendering React.

import { Box, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { LANE_WIDTH, type Lane } from './laneLayout';
import type { MapRenderer } from './useSigma';

export interface LaneLabel {
  lane: Lane;
  name: string;
  /** An empty stage: labelled as a gap. */
  gap: boolean;
  /** The stage of the gap pointed at in the gap list. */
  active: boolean;
}

export function LaneLabels({
  sigma,
  labels,
  gapText,
}: {
  sigma: MapRenderer | null;
  labels: LaneLabel[];
  gapText: string;
}) {
  const refs = useRef<(HTMLDivElement | null)[]>([]);

  useEffect(() => {
    if (!sigma || labels.length === 0) return;
    const place = () => {
      labels.forEach(({ lane }, i) => {
        const element = refs.current[i];
        if (!element) return;
        const at = sigma.graphToViewport({ x: lane.x, y: lane.top });
        const next = sigma.graphToViewport({ x: lane.x + LANE_WIDTH, y: lane.top });
        const laneWidth = next.x - at.x;
        // Narrow lanes (many stages, or zoomed out): every other name goes under the lanes, so
        // each name may be two lanes wide without overlapping its neighbours.
        const below = laneWidth < 120 && i % 2 === 1;
        const width = below || laneWidth < 120 ? 2 * laneWidth - 6 : laneWidth - 4;
        element.style.maxWidth = `${Math.max(40, width)}px`;
        const bottom = sigma.graphToViewport({ x: lane.x, y: -lane.top }).y;
        const height = sigma.getContainer().clientHeight;
        const y = below
          ? Math.min(height - element.offsetHeight - 4, bottom + 12)
          : Math.max(4, at.y - element.offsetHeight - 8);
        element.style.transform = `translate(${at.x}px, ${y}px) translateX(-50%)`;
      });
    };
    place();
    sigma.on('afterRender', place);
    return () => {
      sigma.off('afterRender', place);
    };
  }, [sigma, labels]);

  return (
    <>
      {labels.map(({ lane, name, gap, active }, i) => (
        <Box
          key={lane.key}
          ref={(element: HTMLDivElement | null) => {
            refs.current[i] = element;
          }}
          pos="absolute"
          top={0}
          left={0}
          px={6}
          py={2}
          style={{
            pointerEvents: 'none',
            background: gap ? 'var(--mantine-color-red-0)' : 'rgba(255,255,255,0.85)',
            border: active
              ? '2px solid var(--mantine-color-blue-6)'
              : gap
                ? '1px dashed var(--mantine-color-red-6)'
                : undefined,
            borderRadius: 4,
            textAlign: 'center',
          }}
          data-testid={gap ? 'map-lane-gap' : 'map-lane-label'}
        >
          <Text size="xs" fw={600} lineClamp={2}>
            {name}
          </Text>
          {gap && (
            <Text size="xs" c="red.7">
              {gapText}
            </Text>
          )}
        </Box>
      ))}
    </>
  );
}
