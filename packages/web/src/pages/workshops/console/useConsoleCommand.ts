// Sends the facilitator's commands on the live socket and says in a notification, in the UI
// language, why one was refused. Resolves with whether it was done.

import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveAck } from '../live/useLiveWorkshop';
import { workshopErrorText } from '../live/workshopErrorText';

/** A command body without participantId (the server sets it). */
export type ConsoleCommand = { type: string; roundId: string } & Record<string, unknown>;

/** null when not connected (a draft or closed workshop): every command then resolves false. */
export type ConsoleSend = ((body: ConsoleCommand) => Promise<boolean>) | null;

export function useConsoleCommand(
  send: ((body: Record<string, unknown>) => Promise<LiveAck>) | null,
): ConsoleSend {
  const { t } = useTranslation('workshops');
  const command = useCallback(
    async (body: ConsoleCommand) => {
      if (!send) return false;
      const ack = await send(body);
      if (!ack.ok)
        notifications.show({
          color: 'red',
          title: t('console.refused'),
          message: workshopErrorText(t, ack.code),
        });
      return ack.ok;
    },
    [send, t],
  );
  return send ? command : null;
}
