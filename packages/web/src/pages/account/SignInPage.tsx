// Sign-in (/signin?next=): email and password. Tells a first-time visitor how to set Kume up,
// and sends a signed-in user straight on.

import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { signInInputSchema } from '@kume/core';
import type { SessionView } from '@kume/server';
import { api, ApiError } from '../../api/client';
import { useSession, useSignedIn } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { safeNext } from './safeNext';

export default function SignInPage() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const signedIn = useSignedIn();
  const setup = useQuery({
    queryKey: ['setup'],
    queryFn: () => api.get<{ needed: boolean }>('/api/setup'),
  });
  const signIn = useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.post<SessionView>('/api/session', input),
    onSuccess: (result) => {
      signedIn(result);
      notifications.show({ message: t('signIn.welcome', { name: result.user.name }) });
      navigate(next, { replace: true });
    },
  });
  const form = useFormValidation(
    signInInputSchema,
    { email: '', password: '' },
    { showOn: 'blur', serverError: signIn.error },
  );

  if (session.data) return <Navigate to={next} replace />;
  const status = signIn.error instanceof ApiError ? signIn.error.status : undefined;

  return (
    <Stack>
      {setup.data?.needed && (
        <Alert color="blue" title={t('signIn.setupNeededTitle')} data-testid="setup-needed">
          {t('signIn.setupNeeded')}
        </Alert>
      )}
      <Paper withBorder p="lg" radius="md">
        <form noValidate onSubmit={form.submit((input) => signIn.mutate(input))}>
          <Stack>
            <Title order={2}>{t('signIn.title')}</Title>
            {status === 401 ? (
              <Alert color="red" role="alert" data-testid="signin-wrong">
                {t('signIn.wrong')}
              </Alert>
            ) : status === 429 ? (
              <Alert color="orange" role="alert" data-testid="signin-too-many">
                {t('signIn.tooMany')}
              </Alert>
            ) : (
              <ErrorAlert error={form.alertError} />
            )}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              autoFocus
              required
              data-testid="signin-email"
              {...form.text('email')}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              data-testid="signin-password"
              {...form.text('password')}
            />
            <Button type="submit" loading={signIn.isPending} data-testid="signin-submit">
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {setup.data?.needed === false && (
        <Text size="sm" c="dimmed" ta="center">
          {t('signIn.noAccount')}
        </Text>
      )}
    </Stack>
  );
}
