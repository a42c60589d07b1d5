// The action plan by dates: a bar per action (colour by status) from start to end, with today and
// the ends of the short and medium terms marked.

import { Group, Stack, Text } from '@mantine/core';
import { ACTION_STATUSES, addYears, type IsoDate } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { EChart } from '../../statistics/charts/EChart';
import type { RoadmapActionView } from '../roadmapQueries';
import { ganttOption } from './ganttOption';
import { STATUS_HEX } from './statusColours';

export function ActionGantt({
  actions,
  startsOn,
  today,
}: {
  actions: RoadmapActionView[];
  startsOn: IsoDate;
  today: IsoDate;
}) {
  const { t, i18n } = useTranslation('roadmap');
  const language = i18n.language;
  const sorted = useMemo(
    () =>
      [...actions].sort(
        (a, b) =>
          a.startOn.localeCompare(b.startOn) ||
          a.endOn.localeCompare(b.endOn) ||
          a.title.localeCompare(b.title, 'tr'),
      ),
    [actions],
  );
  const option = useMemo(
    () =>
      ganttOption(sorted, {
        describe: (action) => [
          action.title,
          `${formatDate(action.startOn, language)} – ${formatDate(action.endOn, language)}`,
          t(`status.${action.status}`),
        ],
        marks: [
          { on: today, label: t('gantt.today'), colour: '#fa5252', row: 1 },
          {
            on: addYears(startsOn, 1),
            label: t('gantt.shortEnds'),
            colour: '#868e96',
            row: 0,
          },
          {
            on: addYears(startsOn, 3),
            label: t('gantt.mediumEnds'),
            colour: '#868e96',
            row: 0,
          },
        ],
        formatDate: (time) =>
          new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
            month: 'short',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(time),
      }),
    [sorted, startsOn, today, t, language],
  );

  return (
    <Stack gap="xs">
      <EChart
        option={option}
        height={Math.max(200, sorted.length * 34 + 70)}
        testId="action-gantt"
        label={t('gantt.label')}
        title={t('gantt.fileName')}
      />
      <Group gap="md">
        {ACTION_STATUSES.map((status) => (
          <Group key={status} gap={4}>
            <span
              style={{
                width: 12,
                height: 12,
                borderRadius: 2,
                background: STATUS_HEX[status],
                display: 'inline-block',
              }}
            />
            <Text size="xs">{t(`status.${status}`)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
