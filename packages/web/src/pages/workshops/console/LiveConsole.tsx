// The console connected to the live workshop as the facilitator: the live view, commands on the
// socket, the connection's state, and the REST detail refreshed after changes (for the matrices).

import { Badge, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { WorkshopDetailView } from '@kume/server';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveWorkshop } from '../live/useLiveWorkshop';
import { useWorkshopErrorText } from '../live/workshopErrorText';
import { ConsoleBody } from './ConsoleBody';
import { useConsoleCommand } from './useConsoleCommand';
import { useWorkshopAttendance, workshopKey } from './workshopQueries';

/** After a change, the REST detail is read again once changes pause this long (ms). */
const REFRESH_AFTER = 800;

const STATUS_COLOURS = { connecting: 'gray', open: 'teal', reconnecting: 'orange', closed: 'red' };

export function LiveConsole({
  slug,
  detail,
  token,
  onRefused,
}: {
  slug: string;
  detail: WorkshopDetailView;
  token: string;
  /** The socket refused the token (another screen took a new seat): get a valid one. */
  onRefused: (stale: string) => void;
}) {
  const { t } = useTranslation('workshops');
  const errorText = useWorkshopErrorText();
  const client = useQueryClient();
  const live = useLiveWorkshop({ code: detail.code, token });
  const command = useConsoleCommand(live.status === 'closed' ? null : live.send);
  const attendance = useWorkshopAttendance(slug, detail.id);

  useEffect(() => {
    if (live.status === 'closed' && live.error?.code === 'hello_refused') onRefused(token);
  }, [live.status, live.error, token, onRefused]);

  useEffect(() => {
    if (live.version < 0) return;
    const timer = setTimeout(
      () => void client.invalidateQueries({ queryKey: workshopKey(slug, detail.id) }),
      REFRESH_AFTER,
    );
    return () => clearTimeout(timer);
  }, [live.version, client, slug, detail.id]);

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={STATUS_COLOURS[live.status]} variant="dot" data-testid="live-status">
          {t(`console.connection.${live.status}`)}
        </Badge>
        {live.error && live.status === 'closed' && (
          <Badge color="red" variant="light" tt="none">
            {errorText(live.error.code)}
          </Badge>
        )}
      </Group>
      <ConsoleBody
        view={live.view ?? detail.view}
        code={detail.code}
        currentResults={detail.currentResults}
        command={live.view ? command : null}
        attendance={attendance.data ?? null}
      />
    </Stack>
  );
}
