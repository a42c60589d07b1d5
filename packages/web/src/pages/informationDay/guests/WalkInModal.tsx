// A guest who came without registering: name, organisation, email and their consent, added at the
// door (always given a seat, even past capacity) and checked in at once unless unticked.

import { Button, Group, Modal, Stack, Switch } from '@mantine/core';
import { registrationInputSchema, type RegistrationInput } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValidation } from '../../../forms/useFormValidation';
import { usePhone } from '../../stakeholders/usePhone';
import { EventErrorAlert } from '../EventErrorAlert';
import { localisedFormError } from '../eventErrorText';
import { addWalkIn, useEventMutation } from '../eventQueries';
import { RegistrationFields } from '../registrationForm/RegistrationFields';
import {
  consentErrors,
  emptyRegistration,
  type RegistrationFormValues,
} from '../registrationForm/registrationFormValues';

export function WalkInModal({
  slug,
  eventId,
  opened,
  onClose,
}: {
  slug: string;
  eventId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const phone = usePhone();
  return (
    <Modal opened={opened} onClose={onClose} title={t('walkIn.title')} fullScreen={phone}>
      {opened && <WalkInForm slug={slug} eventId={eventId} onClose={onClose} />}
    </Modal>
  );
}

function WalkInForm({
  slug,
  eventId,
  onClose,
}: {
  slug: string;
  eventId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const [checkIn, setCheckIn] = useState(true);
  const add = useEventMutation(
    slug,
    (input: RegistrationInput) => addWalkIn(slug, eventId, { ...input, checkIn }),
    { success: (guest) => t('walkIn.added', { name: guest.name }), onSuccess: onClose },
  );
  const form = useFormValidation(registrationInputSchema, emptyRegistration, {
    refine: (values: RegistrationFormValues) => consentErrors(values, t),
    serverError: localisedFormError(add.error, t),
  });
  return (
    <form noValidate onSubmit={form.submit((input) => add.mutate(input))}>
      <Stack gap="md">
        <RegistrationFields
          values={form.values}
          onChange={(values) => {
            form.setValues(values);
            if (add.error) add.reset();
          }}
          errors={form.errors}
          testIdPrefix="walkin"
          consentLabel={t('walkIn.consent')}
        />
        <Switch
          label={t('walkIn.checkInNow')}
          checked={checkIn}
          onChange={(event) => setCheckIn(event.currentTarget.checked)}
          data-testid="walkin-checkin"
        />
        <EventErrorAlert error={form.alertError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending} data-testid="walkin-submit">
            {t('walkIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
