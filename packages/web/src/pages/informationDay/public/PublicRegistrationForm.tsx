// The guest's registration form on the public page and through an invitation: name,
// organisation, email, consent; on success the guest goes to their ticket.

import { Button, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registrationInputSchema, type RegistrationInput } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { useFormValidation } from '../../../forms/useFormValidation';
import { EventErrorAlert } from '../EventErrorAlert';
import { localisedFormError } from '../eventErrorText';
import type { PublicEvent } from '../eventTypes';
import { RegistrationFields } from '../registrationForm/RegistrationFields';
import {
  consentErrors,
  type RegistrationFormValues,
} from '../registrationForm/registrationFormValues';
import { register, ticketKey } from './publicEventApi';
import type { SeatsState } from './seatsState';

/** Refusals after which the page's own data is out of date (the seats or the invitation). */
const STALE_CODES = ['event_full', 'registration_closed', 'already_registered'];

export function PublicRegistrationForm({
  event,
  seats,
  initial,
  invitation,
  onStale,
}: {
  event: PublicEvent;
  seats: SeatsState;
  initial: RegistrationFormValues;
  /** The personal invitation's token: the registration is tied to its organisation. */
  invitation?: string;
  /** Reads the event (or invitation) again after a refusal that says it changed. */
  onStale: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const navigate = useNavigate();
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: (input: RegistrationInput) => register(event.code, input, invitation),
    onSuccess: (registration) => {
      const token = registration.ticketPath.split('/').pop() ?? '';
      client.setQueryData(ticketKey(token), registration);
      void navigate(registration.ticketPath);
    },
    onError: (error) => {
      if (error instanceof ApiError && STALE_CODES.includes(error.code)) onStale();
    },
  });
  const form = useFormValidation(registrationInputSchema, initial, {
    refine: (values: RegistrationFormValues) => consentErrors(values, t),
    serverError: localisedFormError(send.error, t),
    showOn: 'blur',
  });

  return (
    <Paper withBorder radius="md" p="md">
      <form noValidate onSubmit={form.submit((input) => send.mutate(input))}>
        <Stack gap="md">
          <Text fw={600} size="lg">
            {seats === 'waitlist' ? t('public.formTitleWaitlist') : t('public.formTitle')}
          </Text>
          {seats === 'waitlist' && <Text size="sm">{t('public.waitlistHelp')}</Text>}
          <RegistrationFields
            values={form.values}
            onChange={(values) => {
              form.setValues(values);
              if (send.error) send.reset();
            }}
            onBlur={(field) => form.touch(field)}
            errors={form.errors}
            size="md"
            testIdPrefix="register"
            organisationReadOnly={invitation !== undefined && initial.organisation !== ''}
            consentLabel={t('public.consent', { project: event.projectName })}
          />
          <EventErrorAlert error={form.alertError} />
          <Button type="submit" size="md" loading={send.isPending} data-testid="register-submit">
            {seats === 'waitlist' ? t('public.submitWaitlist') : t('public.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('public.privacy')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
