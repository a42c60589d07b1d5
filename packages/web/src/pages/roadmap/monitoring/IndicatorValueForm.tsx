// "Record a value" of an indicator: the day measured (not after today), the value, and the unit
// prefilled with the indicator's; the server checks the unit and its message shows on the field.

import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { indicatorValueInputSchema } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormValidation } from '../../../forms/useFormValidation';
import { parseNumberInput } from '../../stakeholders/organisationFormValues';
import { recordValue, useMonitoringMutation, type IndicatorValueInput } from './monitoringQueries';
import type { IndicatorView } from './monitoringTypes';
import { indicatorUnit } from './indicatorName';
import { localiseValueMessage } from './valueMessages';

interface ValueFormValues {
  on: string;
  value: string;
  unit: string;
  note: string;
}

export function IndicatorValueForm({
  slug,
  indicator,
  today,
}: {
  slug: string;
  indicator: IndicatorView;
  /** The server's today: a value measured later is refused. */
  today: string;
}) {
  const { t, i18n } = useTranslation('monitoring');
  const blank: ValueFormValues = {
    on: today,
    value: '',
    unit: indicatorUnit(indicator, i18n.language),
    note: '',
  };
  const save = useMonitoringMutation(
    slug,
    (values: IndicatorValueInput) => recordValue(slug, indicator.id, values),
    {
      success: t('value.saved'),
      onSuccess: () => form.reset({ ...blank, on: form.values.on }),
    },
  );
  const form = useFormValidation(indicatorValueInputSchema, blank, {
    toInput: (values) => ({
      ...values,
      indicatorId: indicator.id,
      // Empty stays text, so the form calls it missing rather than "not a number".
      value: values.value.trim() === '' ? '' : parseNumberInput(values.value),
    }),
    refine: (values) => (values.on > today ? { on: t('value.future') } : {}),
    serverError: save.error,
    serverFields: ['on', 'value', 'unit', 'note'],
  });
  const field = (key: keyof ValueFormValues) => ({
    ...form.text(key),
    onChange: (event: { currentTarget: { value: string } }) => {
      form.set(key, event.currentTarget.value);
      if (save.error) save.reset();
    },
    error: localiseValueMessage(form.errors[key], t),
    label: t(`value.${key}`),
    'data-testid': `value-${key}`,
  });

  return (
    <form
      noValidate
      onSubmit={form.submit((input) =>
        save.mutate({ on: input.on, value: input.value, unit: input.unit, note: input.note }),
      )}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput {...field('on')} type="date" max={today} withAsterisk />
          <TextInput {...field('value')} inputMode="decimal" withAsterisk />
          <TextInput {...field('unit')} withAsterisk maxLength={40} />
        </SimpleGrid>
        <Textarea {...field('note')} autosize minRows={1} maxRows={4} maxLength={1000} />
        <ErrorAlert error={form.alertError} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="value-save">
            {t('value.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
