// The per-guest writes of the attendance list and the check-in page: check in (a waitlisted guest
// is given a seat) and undo; each says what it did, and errors show as notifications.

import { useTranslation } from 'react-i18next';
import { checkInGuest, undoCheckIn, useEventMutation } from '../eventQueries';
import { eventErrorText } from '../eventErrorText';
import { notifications } from '@mantine/notifications';

export function useGuestActions(slug: string, eventId: string) {
  const { t } = useTranslation('informationDay');
  const onError = (error: Error) =>
    notifications.show({
      color: 'red',
      title: t('common:error.title'),
      message: eventErrorText(error, t),
    });
  const checkIn = useEventMutation(slug, (id: string) => checkInGuest(slug, eventId, id), {
    success: (guest) => t('guests.checkedIn', { name: guest.name }),
  });
  const undo = useEventMutation(slug, (id: string) => undoCheckIn(slug, eventId, id), {
    success: (guest) => t('guests.undone', { name: guest.name }),
  });
  return {
    checkIn: (id: string) => checkIn.mutate(id, { onError }),
    undo: (id: string) => undo.mutate(id, { onError }),
    /** The guest whose write is on its way (its buttons show a loader). */
    pendingId: checkIn.isPending ? checkIn.variables : undo.isPending ? undo.variables : null,
  };
}
