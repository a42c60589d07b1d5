// The event page's Details tab: the public link and the registration switch, then the event's
// fields and agenda to edit (read only without the events permission).

import { Card, Stack } from '@mantine/core';
import type { EventInput } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { EventForm } from '../eventForm/EventForm';
import { eventValues } from '../eventForm/eventFormValues';
import { updateEvent, useEventMutation } from '../eventQueries';
import type { EventDetail } from '../eventTypes';
import { PublicLinkCard } from './PublicLinkCard';

export function DetailsTab({
  slug,
  event,
  canWrite,
}: {
  slug: string;
  event: EventDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('informationDay');
  const save = useEventMutation(
    slug,
    // The switch beside the public link owns registrationOpen: the form sends what is stored.
    (input: EventInput) =>
      updateEvent(slug, event.id, { ...input, registrationOpen: event.registrationOpen }),
    { success: t('details.saved') },
  );
  return (
    <Stack gap="md">
      <PublicLinkCard slug={slug} event={event} canWrite={canWrite} />
      <Card withBorder padding="md">
        {/* A new stored version (this save, the switch, another facilitator) starts the form over. */}
        <EventForm
          key={event.updatedAt}
          initial={eventValues(event)}
          onSave={(input) => save.mutate(input)}
          saving={save.isPending}
          error={save.error}
          onEdit={() => save.error && save.reset()}
          submitLabel={t('details.save')}
          readOnly={!canWrite}
          showRegistrationOpen={false}
        />
      </Card>
    </Stack>
  );
}
