// "Add follow-up" on a visit's page: what, by when, and who.

import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { followUpInputSchema } from '@kume/core';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { todayIso } from '../../i18n/format';
import { useMembers } from './stakeholderQueries';
import { useStakeholderMutation } from './useStakeholderMutation';
import { addDays } from './visitFormValues';

export function AddFollowUpModal({
  slug,
  visitId,
  opened,
  onClose,
}: {
  slug: string;
  visitId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  return (
    <Modal opened={opened} onClose={onClose} title={t('followUps.addTitle')}>
      {opened && <AddFollowUpForm slug={slug} visitId={visitId} onClose={onClose} />}
    </Modal>
  );
}

function AddFollowUpForm({
  slug,
  visitId,
  onClose,
}: {
  slug: string;
  visitId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const members = useMembers(slug);
  const save = useStakeholderMutation(
    slug,
    (body: object) => api.post(projectPath(slug, `/visits/${visitId}/follow-ups`), body),
    { success: t('followUps.added'), onSuccess: onClose },
  );
  const form = useFormValidation(
    followUpInputSchema,
    { description: '', dueOn: addDays(todayIso(), 14), assigneeUserId: null as string | null },
    { serverError: save.error },
  );
  return (
    <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
      <Stack gap="sm">
        <ErrorAlert error={form.alertError} />
        <TextInput
          label={t('followUps.description')}
          {...form.text('description')}
          withAsterisk
          data-autofocus
          data-testid="follow-up-description"
        />
        <TextInput label={t('followUps.dueOn')} type="date" {...form.text('dueOn')} withAsterisk />
        <Select
          label={t('followUps.assignee')}
          data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
          value={form.values.assigneeUserId}
          onChange={(assigneeUserId) => form.set('assigneeUserId', assigneeUserId)}
          error={form.errors.assigneeUserId}
          clearable
          searchable
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="follow-up-submit">
            {t('common:action.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
