// Changing one's password: the current one, then the new one twice.

import { Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { passwordChangeInputSchema } from '@kume/core';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { repeatedPasswordError } from './repeatedPassword';

const empty = { currentPassword: '', newPassword: '', repeat: '' };

export function PasswordForm() {
  const { t } = useTranslation('account');
  const change = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/me/password', input),
    onSuccess: () => {
      form.reset(empty);
      notifications.show({ color: 'teal', message: t('password.changed') });
    },
  });
  // A wrong current password is the server's verdict; it shows on that field.
  const form = useFormValidation(passwordChangeInputSchema, empty, {
    refine: (v) => ({ repeat: repeatedPasswordError(v.newPassword, v.repeat, t) }),
    showOn: 'blur',
    serverError: change.error,
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <form noValidate onSubmit={form.submit((input) => change.mutate(input))}>
        <Stack>
          <Title order={4}>{t('password.title')}</Title>
          <ErrorAlert error={form.alertError} />
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            data-testid="password-current"
            {...form.text('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('field.passwordHint')}
            autoComplete="new-password"
            required
            data-testid="password-new"
            {...form.text('newPassword')}
          />
          <PasswordInput
            label={t('field.repeatPassword')}
            autoComplete="new-password"
            required
            data-testid="password-repeat"
            {...form.text('repeat')}
          />
          <Group>
            <Button type="submit" loading={change.isPending} data-testid="password-submit">
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
