// "Add follow-up" on a visit's page: what, by when, and who.

import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpInputSchema } from '@kume/core';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIso } from '../../i18n/format';
import { useMembers } from './stakeholderQueries';
import { useStakeholderMutation } from './useStakeholderMutation';
import { focusFirstError, serverFieldErrors, useFormValidation } from './validateForm';
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
  const [values, setValues] = useState({
    description: '',
    dueOn: addDays(todayIso(), 14),
    assigneeUserId: null as string | null,
  });
  const validation = useFormValidation(followUpInputSchema, values);
  const save = useStakeholderMutation(
    slug,
    (body: object) => api.post(projectPath(slug, `/visits/${visitId}/follow-ups`), body),
    { success: t('followUps.added'), onSuccess: onClose },
  );
  const serverErrors = serverFieldErrors(save.error, ['description', 'dueOn', 'assigneeUserId'], t);
  const errors = { ...serverErrors, ...validation.errors };
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
      <Stack gap="sm">
        {save.error && Object.keys(serverErrors).length === 0 && <ErrorAlert error={save.error} />}
        <TextInput
          label={t('followUps.description')}
          value={values.description}
          onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
          error={errors.description}
          withAsterisk
          data-autofocus
          data-testid="follow-up-description"
        />
        <TextInput
          label={t('followUps.dueOn')}
          type="date"
          value={values.dueOn}
          onChange={(event) => setValues({ ...values, dueOn: event.currentTarget.value })}
          error={errors.dueOn}
          withAsterisk
        />
        <Select
          label={t('followUps.assignee')}
          data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
          value={values.assigneeUserId}
          onChange={(assigneeUserId) => setValues({ ...values, assigneeUserId })}
          error={errors.assigneeUserId}
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
