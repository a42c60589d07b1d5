// The layered roadmap chart (technology roadmapping's layout): rows of layers (market, products and
// services, capabilities, resources), columns of terms (short, medium, long), the actions as cards
// coloured by status.

import { Anchor, Box, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import {
  ACTION_LAYERS,
  addYears,
  HORIZONS,
  timeline,
  type Horizon,
  type IsoDate,
} from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { actionPagePath } from '../items/itemDisplay';
import type { RoadmapActionView } from '../roadmapQueries';
import { STATUS_COLOURS } from './statusColours';

export function RoadmapGrid({
  slug,
  actions,
  startsOn,
}: {
  slug: string;
  actions: RoadmapActionView[];
  startsOn: IsoDate;
}) {
  const { t } = useTranslation('roadmap');
  const format = useFormat();
  const { grid } = timeline(actions, startsOn);
  const span: Record<Horizon, string> = {
    short: t('grid.until', { date: format.date(addYears(startsOn, 1)) }),
    medium: t('grid.until', { date: format.date(addYears(startsOn, 3)) }),
    long: t('grid.after', { date: format.date(addYears(startsOn, 3)) }),
  };
  const line = '1px solid var(--mantine-color-gray-3)';
  // Each cell draws its right and bottom lines, the grid its top and left: single lines throughout.
  const cell = { borderRight: line, borderBottom: line, padding: 8 } as const;

  return (
    <ScrollArea type="auto" data-testid="roadmap-grid">
      <Box
        miw={760}
        style={{
          display: 'grid',
          gridTemplateColumns: '160px repeat(3, minmax(180px, 1fr))',
          borderTop: line,
          borderLeft: line,
        }}
      >
        <Box style={cell} />
        {HORIZONS.map((horizon) => (
          <Box key={horizon} style={cell} bg="gray.0">
            <Text fw={600} size="sm">
              {t(`term.${horizon}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {span[horizon]}
            </Text>
          </Box>
        ))}
        {ACTION_LAYERS.map((layer) => [
          <Box key={layer} style={cell} bg="gray.0">
            <Text fw={600} size="sm">
              {t(`layer.${layer}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`layerQuestion.${layer}`)}
            </Text>
          </Box>,
          ...HORIZONS.map((horizon) => (
            <Box key={`${layer}-${horizon}`} style={cell} data-testid={`grid-${layer}-${horizon}`}>
              <Stack gap={6}>
                {grid[horizon][layer].map((action) => (
                  <Paper
                    key={action.id}
                    withBorder
                    p={6}
                    radius="sm"
                    bg={`${STATUS_COLOURS[action.status]}.0`}
                    style={{
                      borderLeft: `4px solid var(--mantine-color-${STATUS_COLOURS[action.status]}-6)`,
                    }}
                    data-testid="roadmap-grid-card"
                    data-status={action.status}
                  >
                    <Anchor
                      component={Link}
                      to={actionPagePath(slug, action.id)}
                      size="sm"
                      fw={500}
                      td={action.status === 'cancelled' ? 'line-through' : undefined}
                      lineClamp={3}
                    >
                      {action.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`status.${action.status}`)} · {format.date(action.endOn)}
                    </Text>
                    {action.ownerName && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {action.ownerName}
                      </Text>
                    )}
                  </Paper>
                ))}
              </Stack>
            </Box>
          )),
        ])}
      </Box>
    </ScrollArea>
  );
}
