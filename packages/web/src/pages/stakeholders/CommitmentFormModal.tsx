// "Assess commitment": a new willingness / influence / resources assessment of an organisation.
// Earlier assessments stay as its history.

import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commitmentInputSchema } from '@kume/core';
import type { OrganisationDetailView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { todayIso } from '../../i18n/format';
import { parseNumberInput } from './organisationFormValues';
import { ScoreControl } from './ScoreControl';
import { useStakeholderMutation } from './useStakeholderMutation';
import { usePhone } from './usePhone';

type Latest = OrganisationDetailView['commitments'][number] | undefined;

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
  const save = useStakeholderMutation(
    slug,
    (body: object) =>
      api.post(projectPath(slug, `/organisations/${organisationId}/commitments`), body),
    { success: t('commitment.saved'), onSuccess: onClose },
  );
  const form = useFormValidation(
    commitmentInputSchema,
    {
      willingness: latest ? String(latest.willingness) : '',
      influence: latest ? String(latest.influence) : '',
      resourcesPledged: '',
      pledgedAmount: '',
      currency: latest?.currency ?? 'TRY',
      assessedOn: todayIso(),
      notes: '',
    },
    {
      toInput: (values) => ({
        ...values,
        willingness: values.willingness ? Number(values.willingness) : undefined,
        influence: values.influence ? Number(values.influence) : undefined,
        pledgedAmount: parseNumberInput(values.pledgedAmount),
      }),
      serverError: save.error,
    },
  );

  return (
    <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
      <Stack gap="md">
        <ErrorAlert error={form.alertError} />
        <ScoreControl
          kind="willingness"
          value={form.values.willingness}
          onChange={(score) => form.set('willingness', score)}
          error={form.errors.willingness}
        />
        <ScoreControl
          kind="influence"
          value={form.values.influence}
          onChange={(score) => form.set('influence', score)}
          error={form.errors.influence}
        />
        <Textarea
          label={t('commitment.resourcesPledged')}
          description={t('commitment.resourcesPledgedHelp')}
          {...form.text('resourcesPledged')}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <TextInput
            label={t('commitment.amount')}
            inputMode="decimal"
            {...form.text('pledgedAmount')}
          />
          <TextInput label={t('commitment.currency')} {...form.text('currency')} maxLength={3} />
          <TextInput
            label={t('commitment.assessedOn')}
            type="date"
            {...form.text('assessedOn')}
            withAsterisk
          />
        </SimpleGrid>
        <Textarea label={t('commitment.notes')} {...form.text('notes')} autosize minRows={2} />
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
