// A guest's state as badges: registered, on the waiting list (with the place), cancelled, and
// checked in with the time.

import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockText } from '../eventTime';
import type { Registration } from '../eventTypes';

const COLOURS = { registered: 'blue', waitlisted: 'yellow', cancelled: 'gray' } as const;

export function GuestStatus({ guest }: { guest: Registration }) {
  const { t, i18n } = useTranslation('informationDay');
  return (
    <Group gap={4}>
      <Badge variant="light" color={COLOURS[guest.status]} style={{ flexShrink: 0 }}>
        {guest.status === 'waitlisted' && guest.waitlistPosition !== null
          ? t('status.waitlistedAt', { position: guest.waitlistPosition })
          : t(`status.${guest.status}`)}
      </Badge>
      {guest.checkedInAt && (
        <Badge variant="filled" color="teal" style={{ flexShrink: 0 }}>
          {t('status.checkedInAt', { time: clockText(guest.checkedInAt, i18n.language) })}
        </Badge>
      )}
    </Group>
  );
}
