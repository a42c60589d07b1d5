// First-run setup (/setup?token=): creates the first administrator with the one-time link
// that Kume printed in its console.

import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { accountInputSchema } from '@kume/core';
import type { SessionView } from '@kume/server';
import { api, ApiError } from '../../api/client';
import { useSignedIn } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormValidation } from '../../forms/useFormValidation';
import { changeLanguage, type Language } from '../../i18n/i18n';
import { LanguageField } from './LanguageField';
import { repeatedPasswordError } from './repeatedPassword';

interface SetupInput {
  token: string;
  name: string;
  email: string;
  password: string;
  locale: Language;
}

export default function SetupPage() {
  const { t, i18n } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const setup = useQuery({
    queryKey: ['setup'],
    queryFn: () => api.get<{ needed: boolean }>('/api/setup'),
  });
  const create = useMutation({
    mutationFn: (input: SetupInput) => api.post<SessionView>('/api/setup', input),
    onSuccess: (session) => {
      signedIn(session);
      notifications.show({ color: 'teal', message: t('setup.done', { name: session.user.name }) });
      navigate('/', { replace: true });
    },
  });
  const form = useFormValidation(
    accountInputSchema,
    {
      name: '',
      email: '',
      password: '',
      repeat: '',
      locale: (i18n.language === 'tr' ? 'tr' : 'en') as Language,
    },
    {
      refine: (v) => ({ repeat: repeatedPasswordError(v.password, v.repeat, t) }),
      showOn: 'blur',
      serverError: create.error,
    },
  );

  const status = create.error instanceof ApiError ? create.error.status : undefined;
  const signInLink = (
    <Button component={Link} to="/signin" variant="light" mt="sm">
      {t('setup.goToSignIn')}
    </Button>
  );

  if (setup.isPending) return <Loading />;
  if (setup.data?.needed === false || status === 409)
    return (
      <Alert color="blue" title={t('setup.alreadyTitle')} data-testid="setup-done">
        {t('setup.already')}
        <div>{signInLink}</div>
      </Alert>
    );
  if (!token)
    return (
      <Alert color="orange" title={t('setup.title')}>
        {t('setup.noToken')}
      </Alert>
    );

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        noValidate
        onSubmit={form.submit((input) =>
          create.mutate({ ...input, token, locale: form.values.locale }),
        )}
      >
        <Stack>
          <div>
            <Title order={2}>{t('setup.title')}</Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('setup.intro')}
            </Text>
          </div>
          {status === 403 ? (
            <Alert color="red" role="alert" title={t('setup.usedLinkTitle')}>
              {t('setup.usedLink')}
            </Alert>
          ) : (
            <ErrorAlert error={setup.error ?? form.alertError} />
          )}
          <TextInput
            label={t('field.name')}
            autoComplete="name"
            required
            data-testid="setup-name"
            {...form.text('name')}
          />
          <TextInput
            label={t('field.email')}
            type="email"
            autoComplete="username"
            required
            data-testid="setup-email"
            {...form.text('email')}
          />
          <PasswordInput
            label={t('field.password')}
            description={t('field.passwordHint')}
            autoComplete="new-password"
            required
            data-testid="setup-password"
            {...form.text('password')}
          />
          <PasswordInput
            label={t('field.repeatPassword')}
            autoComplete="new-password"
            required
            data-testid="setup-password-confirm"
            {...form.text('repeat')}
          />
          <LanguageField
            label={t('field.language')}
            value={form.values.locale}
            onChange={(locale) => {
              form.set('locale', locale);
              // The page itself switches, so the administrator sees the choice at once.
              void changeLanguage(locale);
            }}
          />
          <Button type="submit" loading={create.isPending} data-testid="setup-submit">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
