// Asks before cancelling a guest's registration, and says who takes the freed seat: the first on
// the waiting list, when the guest held a seat.

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../projects/ConfirmModal';
import { EventErrorAlert } from '../EventErrorAlert';
import { cancelRegistration, useEventMutation, useRegistrations } from '../eventQueries';
import type { Registration } from '../eventTypes';

export function CancelGuestModal({
  slug,
  eventId,
  guest,
  onClose,
}: {
  slug: string;
  eventId: string;
  guest: Registration;
  onClose: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const waiting = useRegistrations(slug, eventId, { status: 'waitlisted' });
  const next = waiting.data?.items.find((each) => each.waitlistPosition === 1) ?? null;
  const cancel = useEventMutation(slug, () => cancelRegistration(slug, eventId, guest.id), {
    success: ({ registration, promoted }) =>
      promoted
        ? t('guests.cancelledPromoted', { name: registration.name, next: promoted.name })
        : t('guests.cancelled', { name: registration.name }),
    onSuccess: onClose,
  });
  return (
    <ConfirmModal
      opened
      title={t('guests.cancelTitle')}
      confirmLabel={t('guests.cancelConfirm')}
      onConfirm={() => cancel.mutate()}
      onClose={onClose}
      sending={cancel.isPending}
    >
      <Text size="sm">{t('guests.cancelText', { name: guest.name })}</Text>
      <Text size="sm" data-testid="cancel-next">
        {guest.status === 'waitlisted'
          ? t('guests.cancelLeavesQueue')
          : next
            ? t('guests.cancelNext', { next: next.name })
            : t('guests.cancelFreeSeat')}
      </Text>
      <EventErrorAlert error={cancel.error} />
    </ConfirmModal>
  );
}
