// "New event": the event form in a modal; creates the event and opens its page.

import { Button, Modal } from '@mantine/core';
import type { EventInput } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '../../i18n/format';
import { usePhone } from '../stakeholders/usePhone';
import { EventForm } from './eventForm/EventForm';
import { emptyEvent } from './eventForm/eventFormValues';
import { createEvent, useEventMutation } from './eventQueries';

export function NewEventModal({
  slug,
  opened,
  onClose,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const phone = usePhone();
  const navigate = useNavigate();
  const create = useEventMutation(slug, (input: EventInput) => createEvent(slug, input), {
    success: t('list.created'),
    onSuccess: (event) => void navigate(`/p/${slug}/information-day/${event.id}`),
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('list.new')}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {opened && (
        <EventForm
          initial={emptyEvent(todayIso())}
          onSave={(input) => create.mutate(input)}
          saving={create.isPending}
          error={create.error}
          onEdit={() => create.error && create.reset()}
          submitLabel={t('list.create')}
          extraActions={
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
          }
        />
      )}
    </Modal>
  );
}
