// The signed-in user's own settings: name and language, and the password.

import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountInputSchema } from '@kume/core';
import type { SessionView, UserView } from '@kume/server';
import { api } from '../../api/client';
import { sessionKey, useSession } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormValidation } from '../../forms/useFormValidation';
import { changeLanguage, type Language } from '../../i18n/i18n';
import { LanguageField } from './LanguageField';
import { PasswordForm } from './PasswordForm';

const profileSchema = accountInputSchema.pick({ name: true });

export default function AccountPage() {
  const { t } = useTranslation('account');
  const session = useSession();
  const user = session.data?.user;
  return (
    <Stack maw={960}>
      <PageHeader title={t('account.title')} description={user?.email} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {user && <ProfileForm user={user} />}
        <PasswordForm />
      </SimpleGrid>
    </Stack>
  );
}

function ProfileForm({ user }: { user: UserView }) {
  const { t, i18n } = useTranslation('account');
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (patch: { name: string; locale: Language }) =>
      api.patch<UserView>('/api/me', patch),
    onSuccess: async (saved) => {
      client.setQueryData<SessionView | null>(sessionKey, (session) =>
        session ? { ...session, user: saved } : session,
      );
      if (saved.locale) await changeLanguage(saved.locale);
      notifications.show({ color: 'teal', message: t('account.profileSaved') });
    },
  });
  const form = useFormValidation(
    profileSchema,
    {
      name: user.name,
      locale: (user.locale ?? (i18n.language === 'tr' ? 'tr' : 'en')) as Language,
    },
    { showOn: 'blur', serverError: save.error },
  );
  return (
    <Paper withBorder p="lg" radius="md">
      <form
        noValidate
        onSubmit={form.submit(({ name }) => save.mutate({ name, locale: form.values.locale }))}
      >
        <Stack>
          <Title order={4}>{t('account.profile')}</Title>
          <ErrorAlert error={form.alertError} />
          <TextInput label={t('field.email')} value={user.email} readOnly variant="filled" />
          <TextInput
            label={t('field.name')}
            autoComplete="name"
            required
            data-testid="account-name"
            {...form.text('name')}
          />
          <LanguageField
            label={t('field.language')}
            value={form.values.locale}
            onChange={(locale) => form.set('locale', locale)}
          />
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="account-save">
              {t('action.save', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
