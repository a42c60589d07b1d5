// "Add an indicator of the roadmap" (one the whole roadmap answers for, not an action) and its
// editing: name, unit, baseline on a day, target by a due day. Checked by core's schema.

import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { indicatorInputSchema, type IndicatorInput } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormValidation } from '../../../forms/useFormValidation';
import { parseNumberInput } from '../../stakeholders/organisationFormValues';
import { usePhone } from '../../stakeholders/usePhone';
import { createIndicator, updateIndicator, useMonitoringMutation } from './monitoringQueries';
import type { IndicatorView } from './monitoringTypes';
import { localiseValueMessage } from './valueMessages';

interface IndicatorFormValues {
  name: string;
  unit: string;
  baseline: string;
  baselineOn: string;
  target: string;
  dueOn: string;
}

const numberText = (value: number) => String(value);

/** Empty number fields stay text, so the form calls them missing rather than "not a number". */
const numberInput = (text: string) => (text.trim() === '' ? '' : parseNumberInput(text));

function IndicatorForm({
  slug,
  indicator,
  today,
  onDone,
}: {
  slug: string;
  indicator: IndicatorView | null;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const initial: IndicatorFormValues = indicator
    ? {
        name: indicator.name,
        unit: indicator.unit,
        baseline: numberText(indicator.baseline),
        baselineOn: indicator.baselineOn,
        target: numberText(indicator.target),
        dueOn: indicator.dueOn,
      }
    : { name: '', unit: '', baseline: '', baselineOn: today, target: '', dueOn: '' };
  const save = useMonitoringMutation(
    slug,
    (input: IndicatorInput) =>
      indicator ? updateIndicator(slug, indicator.id, input) : createIndicator(slug, input),
    { success: indicator ? t('indicator.updated') : t('indicator.created'), onSuccess: onDone },
  );
  const form = useFormValidation(indicatorInputSchema, initial, {
    toInput: (values) => ({
      ...values,
      baseline: numberInput(values.baseline),
      target: numberInput(values.target),
      presetCode: indicator?.presetCode ?? null,
    }),
    // The schema's own words for this are English; the person reads them here.
    refine: (values) =>
      values.dueOn && values.baselineOn && values.dueOn <= values.baselineOn
        ? { dueOn: t('indicator.dueAfterBaseline') }
        : {},
    serverError: save.error,
  });
  const field = (key: keyof IndicatorFormValues) => ({
    ...form.text(key),
    onChange: (event: { currentTarget: { value: string } }) => {
      form.set(key, event.currentTarget.value);
      if (save.error) save.reset();
    },
    error: localiseValueMessage(form.errors[key], t),
    label: t(`indicator.${key}`),
    withAsterisk: true,
    'data-testid': `indicator-${key}`,
  });

  return (
    <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
      <Stack gap="sm">
        <TextInput
          {...field('name')}
          maxLength={300}
          // A programme indicator is named by the programme, in the reader's language.
          disabled={Boolean(indicator?.presetCode)}
          description={indicator?.presetCode ? t('indicator.presetName') : undefined}
        />
        <TextInput
          {...field('unit')}
          description={t('indicator.unitHelp')}
          maxLength={40}
          w={{ base: '100%', xs: 360 }}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput {...field('baseline')} inputMode="decimal" />
          <TextInput {...field('baselineOn')} type="date" />
          <TextInput {...field('target')} inputMode="decimal" />
          <TextInput {...field('dueOn')} type="date" />
        </SimpleGrid>
        <ErrorAlert error={form.alertError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="indicator-save">
            {t('common:action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function IndicatorFormModal({
  slug,
  opened,
  indicator,
  today,
  onClose,
}: {
  slug: string;
  opened: boolean;
  /** The indicator to edit; null adds one. */
  indicator: IndicatorView | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const phone = usePhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={indicator ? t('indicator.editTitle') : t('indicator.newTitle')}
      size="lg"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {opened && <IndicatorForm slug={slug} indicator={indicator} today={today} onDone={onClose} />}
    </Modal>
  );
}
