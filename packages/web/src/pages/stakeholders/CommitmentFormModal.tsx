// "Assess commitment": a new willingness / influence / resources assessment of an organisation.
// Earlier assessments stay as its history.

import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentInputSchema } from '@kume/core';
import type { OrganisationDetailView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIso } from '../../i18n/format';
import { parseNumberInput } from './organisationFormValues';
import { ScoreControl } from './ScoreControl';
import { useStakeholderMutation } from './useStakeholderMutation';
import { focusFirstError, serverFieldErrors, useFormValidation } from './validateForm';
import { usePhone } from './usePhone';

type Latest = OrganisationDetailView['commitments'][number] | undefined;

const FIELDS = [
  'willingness',
  'influence',
  'resourcesPledged',
  'pledgedAmount',
  'currency',
  'assessedOn',
  'notes',
];

export function CommitmentFormModal({
  slug,
  organisation,
  opened,
  onClose,
}: {
  slug: string;
  organisation: OrganisationDetailView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const phone = usePhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('commitment.formTitle', { name: organisation.name })}
      size="lg"
      fullScreen={phone}
    >
      {opened && (
        <CommitmentForm
          slug={slug}
          organisationId={organisation.id}
          latest={organisation.commitments[0]}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function CommitmentForm({
  slug,
  organisationId,
  latest,
  onClose,
}: {
  slug: string;
  organisationId: string;
  /** The latest assessment: its scores and currency are the starting point of the new one. */
  latest: Latest;
  onClose: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const [values, setValues] = useState({
    willingness: latest ? String(latest.willingness) : '',
    influence: latest ? String(latest.influence) : '',
    resourcesPledged: '',
    pledgedAmount: '',
    currency: latest?.currency ?? 'TRY',
    assessedOn: todayIso(),
    notes: '',
  });
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const validation = useFormValidation(commitmentInputSchema, {
    ...values,
    willingness: values.willingness ? Number(values.willingness) : undefined,
    influence: values.influence ? Number(values.influence) : undefined,
    pledgedAmount: parseNumberInput(values.pledgedAmount),
  });
  const save = useStakeholderMutation(
    slug,
    (body: object) =>
      api.post(projectPath(slug, `/organisations/${organisationId}/commitments`), body),
    { success: t('commitment.saved'), onSuccess: onClose },
  );
  const serverErrors = serverFieldErrors(save.error, FIELDS, t);
  const errors = { ...serverErrors, ...validation.errors };
  const text =
    (field: keyof typeof values) =>
    (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(field)(event.currentTarget.value);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = validation.check();
        if (input) save.mutate(input);
        else focusFirstError(event.currentTarget);
      }}
    >
      <Stack gap="md">
        {save.error && Object.keys(serverErrors).length === 0 && <ErrorAlert error={save.error} />}
        <ScoreControl
          kind="willingness"
          value={values.willingness}
          onChange={set('willingness')}
          error={errors.willingness}
        />
        <ScoreControl
          kind="influence"
          value={values.influence}
          onChange={set('influence')}
          error={errors.influence}
        />
        <Textarea
          label={t('commitment.resourcesPledged')}
          description={t('commitment.resourcesPledgedHelp')}
          value={values.resourcesPledged}
          onChange={text('resourcesPledged')}
          error={errors.resourcesPledged}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <TextInput
            label={t('commitment.amount')}
            inputMode="decimal"
            value={values.pledgedAmount}
            onChange={text('pledgedAmount')}
            error={errors.pledgedAmount}
          />
          <TextInput
            label={t('commitment.currency')}
            value={values.currency}
            onChange={text('currency')}
            error={errors.currency}
            maxLength={3}
          />
          <TextInput
            label={t('commitment.assessedOn')}
            type="date"
            value={values.assessedOn}
            onChange={text('assessedOn')}
            error={errors.assessedOn}
            withAsterisk
          />
        </SimpleGrid>
        <Textarea
          label={t('commitment.notes')}
          value={values.notes}
          onChange={text('notes')}
          error={errors.notes}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="commitment-submit">
            {t('commitment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
