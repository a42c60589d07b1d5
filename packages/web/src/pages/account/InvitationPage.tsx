// An invitation link (/invitation/:token): shows the project and role it offers, then accepts it
// as the signed-in user, or creates the invited person's account and accepts in one step.

import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { InvitationInfoView, SessionView } from '@kume/server';
import { api, ApiError } from '../../api/client';
import { useSession, useSignedIn, useSignOut } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NewAccountForm, type NewAccount } from './NewAccountForm';

type Accepted = SessionView & { projectSlug: string };

export default function InvitationPage() {
  const { t } = useTranslation('account');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const signedIn = useSignedIn();
  const signOut = useSignOut();
  const path = `/api/invitations/${encodeURIComponent(token)}`;
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationInfoView>(path),
  });
  const accept = useMutation({
    mutationFn: (account: NewAccount | undefined) => api.post<Accepted>(`${path}/accept`, account),
    onSuccess: (result) => {
      signedIn(result);
      notifications.show({
        color: 'teal',
        message: t('invitation.accepted', { project: invitation.data?.projectName ?? '' }),
      });
      navigate(`/p/${encodeURIComponent(result.projectSlug)}`, { replace: true });
    },
  });

  if (invitation.isPending || session.isPending) return <Loading />;
  const notValid =
    (invitation.error instanceof ApiError && invitation.error.status === 404) ||
    (accept.error instanceof ApiError && accept.error.status === 404);
  if (notValid)
    return (
      <Alert color="orange" title={t('invitation.invalidTitle')} data-testid="invitation-invalid">
        {t('invitation.invalid')}
        <Group mt="sm">
          <Button component={Link} to="/" variant="light">
            {t('invitation.goHome')}
          </Button>
        </Group>
      </Alert>
    );
  if (!invitation.data) return <ErrorAlert error={invitation.error} />;

  const { projectName, role, email, accountExists } = invitation.data;
  const user = session.data?.user;
  const here = `/invitation/${encodeURIComponent(token)}`;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <div>
          <Title order={2}>{t('invitation.title')}</Title>
          <Text mt="xs" data-testid="invitation-offer">
            {t('invitation.offer', {
              project: projectName,
              role: t(`role.${role}`, { ns: 'common' }),
            })}
          </Text>
          <Text c="dimmed" size="sm">
            {t('invitation.sentTo', { email })}
          </Text>
        </div>
        <ErrorAlert error={accept.error} />
        {user && user.email === email ? (
          <Button
            loading={accept.isPending}
            onClick={() => accept.mutate(undefined)}
            data-testid="invitation-accept"
          >
            {t('invitation.accept')}
          </Button>
        ) : user ? (
          <Alert color="orange" title={t('invitation.otherAccountTitle')}>
            {t('invitation.otherAccount', { invited: email, current: user.email })}
            <Group mt="sm">
              <Button variant="light" onClick={() => void signOut()}>
                {t('invitation.signOut')}
              </Button>
            </Group>
          </Alert>
        ) : accountExists ? (
          <>
            <Text>{t('invitation.accountExists', { email })}</Text>
            <Button
              component={Link}
              to={`/signin?next=${encodeURIComponent(here)}`}
              data-testid="invitation-signin"
            >
              {t('invitation.signIn')}
            </Button>
          </>
        ) : (
          <NewAccountForm
            email={email}
            sending={accept.isPending}
            serverError={accept.error}
            onSubmit={(account) => accept.mutate(account)}
          />
        )}
      </Stack>
    </Paper>
  );
}
