// One indicator of the self-assessment list, edited or added: area, name and unit in Turkish and
// English, whether higher or lower is better, the three thresholds, and the evidence asked.

import {
  Button,
  Group,
  Modal,
  Select,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  localText,
  SELF_ASSESSMENT_AREA_NAMES,
  SELF_ASSESSMENT_AREAS,
  selfAssessmentIndicatorSchema,
  type SelfAssessmentIndicator,
} from '@kume/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormValidation } from '../../../forms/useFormValidation';
import { parseNumberInput } from '../../stakeholders/organisationFormValues';
import { usePhone } from '../../stakeholders/usePhone';
import {
  indicatorFormValues,
  indicatorFromForm,
  newIndicatorId,
  type IndicatorFormValues,
} from './indicatorFormValues';

type TextKey = Exclude<keyof IndicatorFormValues, 'area' | 'direction'>;

function IndicatorEditForm({
  indicator,
  takenIds,
  saving,
  error,
  onSave,
  onCancel,
}: {
  indicator: SelfAssessmentIndicator | null;
  takenIds: ReadonlySet<string>;
  saving: boolean;
  error: unknown;
  onSave: (indicator: SelfAssessmentIndicator) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('monitoring');
  const form = useFormValidation(
    selfAssessmentIndicatorSchema,
    indicatorFormValues(indicator, 'structure'),
    {
      toInput: (values) =>
        indicatorFromForm(values, {
          id: indicator?.id ?? newIndicatorId(values.nameEn || values.nameTr, takenIds),
          scale: indicator?.scale ?? [],
        }),
      // The schema's words for these two are English; the person reads them here.
      refine: (values) => {
        const errors: Record<string, string> = {};
        if (!values.nameTr.trim() && !values.nameEn.trim())
          errors.name = t('indicatorList.oneLanguage');
        if (!values.unitTr.trim() && !values.unitEn.trim())
          errors.unit = t('indicatorList.oneLanguage');
        const [b = 0, s = 0, g = 0] = [values.bronze, values.silver, values.gold].map(
          (text) => parseNumberInput(text) ?? Number.NaN,
        );
        // Order is judged only between numbers; a missing one has its own message.
        const numbers = [b, s, g].every(Number.isFinite);
        const ordered = values.direction === 'higher' ? b <= s && s <= g : b >= s && s >= g;
        if (numbers && !ordered)
          errors.thresholds = t(
            values.direction === 'higher' ? 'indicatorList.rising' : 'indicatorList.falling',
          );
        return errors;
      },
    },
  );
  const text = (key: TextKey, errorKey: string = key) => ({
    ...form.text(key),
    error: form.errors[errorKey],
    label: t(`indicatorList.${key}`),
    'data-testid': `sa-indicator-${key}`,
  });

  return (
    <form noValidate onSubmit={form.submit(onSave)}>
      <Stack gap="sm">
        <Select
          label={t('indicatorList.area')}
          data={SELF_ASSESSMENT_AREAS.map((area) => ({
            value: area,
            label: localText(SELF_ASSESSMENT_AREA_NAMES[area], i18n.language),
          }))}
          value={form.values.area}
          onChange={(value) => {
            const area = SELF_ASSESSMENT_AREAS.find((a) => a === value);
            if (area) form.set('area', area);
          }}
          allowDeselect={false}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput {...text('nameTr', 'name')} maxLength={2000} />
          <TextInput {...text('nameEn', 'name')} maxLength={2000} />
          <TextInput {...text('unitTr', 'unit')} maxLength={2000} />
          <TextInput {...text('unitEn', 'unit')} maxLength={2000} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('indicatorList.direction')}
          </Text>
          <SegmentedControl
            value={form.values.direction}
            onChange={(value) => form.set('direction', value === 'lower' ? 'lower' : 'higher')}
            data={[
              { value: 'higher', label: t('indicatorList.higher') },
              { value: 'lower', label: t('indicatorList.lower') },
            ]}
          />
        </Stack>
        <SimpleGrid cols={3} spacing="sm">
          {(['bronze', 'silver', 'gold'] as const).map((level) => (
            <TextInput
              key={level}
              {...form.text(level)}
              label={t(`level.${level}`)}
              error={form.errors[`thresholds.${level}`]}
              inputMode="decimal"
              withAsterisk
              data-testid={`sa-indicator-${level}`}
            />
          ))}
        </SimpleGrid>
        {form.errors.thresholds && (
          <Text size="xs" c="red" role="alert">
            {form.errors.thresholds}
          </Text>
        )}
        {indicator && indicator.scale.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('indicatorList.scaleKept', {
              scale: indicator.scale
                .map((step, index) => `${index} ${localText(step, i18n.language)}`)
                .join(' · '),
            })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea {...text('evidenceTr')} autosize minRows={2} maxRows={6} maxLength={2000} />
          <Textarea {...text('evidenceEn')} autosize minRows={2} maxRows={6} maxLength={2000} />
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="sa-indicator-save">
            {t('common:action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function IndicatorEditModal({
  opened,
  indicator,
  takenIds,
  saving,
  error,
  onSave,
  onClose,
}: {
  opened: boolean;
  /** Null adds one. */
  indicator: SelfAssessmentIndicator | null;
  takenIds: ReadonlySet<string>;
  saving: boolean;
  error: unknown;
  onSave: (indicator: SelfAssessmentIndicator) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const phone = usePhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={indicator ? t('indicatorList.editTitle') : t('indicatorList.newTitle')}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {opened && (
        <IndicatorEditForm
          indicator={indicator}
          takenIds={takenIds}
          saving={saving}
          error={error}
          onSave={onSave}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
