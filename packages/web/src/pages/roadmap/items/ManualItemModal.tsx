// "Add an item" by hand: a need no stage yields (a funder's priority, a new idea), of any kind, with
// a weight when it is a success factor. Checked by core's manualItemInputSchema.

import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  manualItemInputSchema,
  ROADMAP_ITEM_KINDS,
  type ManualItemInput,
  type RoadmapItemKind,
} from '@kume/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormValidation } from '../../../forms/useFormValidation';
import { usePhone } from '../../stakeholders/usePhone';
import { numberInputProps, numberOf, type NumberFieldValue } from '../actions/numberField';
import { addManualItem, useRoadmapMutation } from '../roadmapQueries';

interface ManualItemValues {
  kind: RoadmapItemKind;
  title: string;
  detail: string;
  /** Per cent, 0-100; empty: unweighted. */
  weightPercent: NumberFieldValue;
}

const INITIAL: ManualItemValues = {
  kind: 'success_factor',
  title: '',
  detail: '',
  weightPercent: '',
};

function manualItemInput(values: ManualItemValues) {
  const percent = numberOf(values.weightPercent, null);
  return {
    kind: values.kind,
    title: values.title,
    detail: values.detail,
    weight:
      values.kind !== 'success_factor' || percent === null
        ? null
        : Number.isNaN(percent)
          ? percent
          : percent / 100,
  };
}

export function ManualItemModal({ slug, onClose }: { slug: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('roadmap');
  const phone = usePhone();
  const save = useRoadmapMutation(slug, (input: ManualItemInput) => addManualItem(slug, input), {
    success: t('manual.added'),
    onSuccess: onClose,
  });
  const form = useFormValidation(manualItemInputSchema, INITIAL, {
    toInput: manualItemInput,
    serverError: save.error,
    serverFields: { kind: 'kind', title: 'title', detail: 'detail', weightPercent: 'weight' },
  });
  const { values, errors } = form;
  return (
    <Modal opened onClose={onClose} title={t('manual.title')} size="lg" fullScreen={phone}>
      <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
        <Stack gap="sm">
          <Select<RoadmapItemKind>
            label={t('manual.kind')}
            data={ROADMAP_ITEM_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            value={values.kind}
            onChange={(kind) => kind && form.set('kind', kind)}
            allowDeselect={false}
            data-testid="manual-item-kind"
          />
          <TextInput
            {...form.text('title')}
            label={t('manual.itemTitle')}
            withAsterisk
            maxLength={300}
            data-autofocus
            data-testid="manual-item-title"
          />
          <Textarea
            {...form.text('detail')}
            label={t('manual.detail')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
          />
          {values.kind === 'success_factor' && (
            <NumberInput
              {...numberInputProps(i18n.language)}
              label={t('manual.weight')}
              description={t('manual.weightHelp')}
              value={values.weightPercent}
              onChange={(value) => form.set('weightPercent', value)}
              error={errors.weight ?? errors.weightPercent}
              min={0}
              max={100}
              suffix=" %"
            />
          )}
          <ErrorAlert error={form.alertError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="manual-item-save">
              {t('manual.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
