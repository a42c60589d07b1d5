// The event's fields (title, date and times, venue, address, description, agenda, seats, waiting
// list, registration open), checked inline by core's eventInputSchema; used to create and to edit.

import {
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { eventInputSchema, MAX_EVENT_CAPACITY, type EventInput } from '@kume/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValidation } from '../../../forms/useFormValidation';
import { EventErrorAlert } from '../EventErrorAlert';
import { localisedFormError } from '../eventErrorText';
import { AgendaEditor } from './AgendaEditor';
import { eventInput, eventTimeErrors, type EventFormValues } from './eventFormValues';

export function EventForm({
  initial,
  onSave,
  saving,
  error,
  onEdit,
  submitLabel,
  extraActions,
  readOnly = false,
  showRegistrationOpen = true,
}: {
  initial: EventFormValues;
  onSave: (input: EventInput) => void;
  saving: boolean;
  /** The last error of the save: its issues show on the fields, a refusal above the buttons. */
  error: unknown;
  /** Called on every change, so a stale server verdict can be cleared. */
  onEdit?: () => void;
  submitLabel: string;
  extraActions?: ReactNode;
  readOnly?: boolean;
  /** The registration switch; the event page has its own beside the public link. */
  showRegistrationOpen?: boolean;
}) {
  const { t } = useTranslation('informationDay');
  const form = useFormValidation(eventInputSchema, initial, {
    toInput: eventInput,
    refine: (values) => eventTimeErrors(values, t),
    serverError: localisedFormError(error, t),
  });
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => {
    form.set(key, value);
    onEdit?.();
  };
  const text = (key: 'title' | 'venue' | 'address' | 'description') => ({
    ...form.text(key),
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    label: t(`form.${key}`),
    'data-testid': `event-${key}`,
  });
  const time = (key: 'date' | 'startTime' | 'endTime') => ({
    ...form.text(key),
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    label: t(`form.${key}`),
    type: key === 'date' ? 'date' : 'time',
    withAsterisk: true,
    'data-testid': `event-${key}`,
  });

  return (
    <form noValidate onSubmit={form.submit(onSave)}>
      <Fieldset variant="unstyled" disabled={readOnly}>
        <Stack gap="md">
          <TextInput {...text('title')} withAsterisk maxLength={200} />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput {...time('date')} />
            <TextInput {...time('startTime')} />
            <TextInput {...time('endTime')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput {...text('venue')} withAsterisk maxLength={200} />
            <TextInput {...text('address')} maxLength={500} />
          </SimpleGrid>
          <Textarea {...text('description')} autosize minRows={2} maxRows={8} maxLength={2000} />
          <AgendaEditor
            rows={form.values.agenda}
            onChange={(agenda) => set('agenda', agenda)}
            errors={form.errors}
            readOnly={readOnly}
            startTime={form.values.startTime}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
            <TextInput
              {...form.text('capacity')}
              onChange={(event) => set('capacity', event.currentTarget.value)}
              label={t('form.capacity')}
              description={t('form.capacityHelp')}
              inputMode="numeric"
              withAsterisk
              max={MAX_EVENT_CAPACITY}
              data-testid="event-capacity"
            />
            <Switch
              label={t('form.waitlist')}
              description={t('form.waitlistHelp')}
              checked={form.values.waitlist}
              onChange={(event) => set('waitlist', event.currentTarget.checked)}
              mt="md"
              data-testid="event-waitlist"
            />
            {showRegistrationOpen && (
              <Switch
                label={t('form.registrationOpen')}
                description={t('form.registrationOpenHelp')}
                checked={form.values.registrationOpen}
                onChange={(event) => set('registrationOpen', event.currentTarget.checked)}
                mt="md"
                data-testid="event-registration-open"
              />
            )}
          </SimpleGrid>
          <EventErrorAlert error={form.alertError} />
          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              {extraActions}
              <Button type="submit" loading={saving} data-testid="event-save">
                {submitLabel}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>
    </form>
  );
}
