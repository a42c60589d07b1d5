// `/e/i/:token`: a stakeholder's personal invitation: the event and the form filled in with the
// organisation, contact and email; once registered, the way to the ticket instead.

import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { EventInfo } from './EventInfo';
import { PublicHeader } from './PublicHeader';
import { PublicMessage } from './PublicMessage';
import { PublicRegistrationForm } from './PublicRegistrationForm';
import { usePublicInvitation } from './publicEventApi';
import { SeatsMessage } from './SeatsMessage';
import { canRegister, seatsState } from './seatsState';

export default function InvitationRegisterPage() {
  const { t } = useTranslation('informationDay');
  const { token = '' } = useParams();
  const invitation = usePublicInvitation(token);
  const title = invitation.data?.event.title;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (invitation.isPending) return <Loading />;
  if (invitation.error)
    return <PublicMessage error={invitation.error} onRetry={() => void invitation.refetch()} />;
  const { event, registration, organisationName, contactName, email } = invitation.data;
  const seats = seatsState(event);
  return (
    <Stack gap="md">
      <PublicHeader projectName={event.projectName} />
      <Text size="sm" fw={600} data-testid="invitation-for" style={{ overflowWrap: 'anywhere' }}>
        {t('public.invitationFor', { name: organisationName })}
      </Text>
      <EventInfo event={event} seats={registration ? undefined : seats} />
      {registration ? (
        <Alert color="teal" title={t('public.alreadyTitle')} data-testid="invitation-registered">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('public.alreadyText', { name: registration.name })}</Text>
            <Button
              component={Link}
              to={registration.ticketPath}
              data-testid="invitation-ticket-link"
            >
              {t('public.showTicket')}
            </Button>
          </Stack>
        </Alert>
      ) : canRegister(seats) ? (
        <PublicRegistrationForm
          event={event}
          seats={seats}
          initial={{ name: contactName, organisation: organisationName, email, consent: false }}
          invitation={token}
          onStale={() => void invitation.refetch()}
        />
      ) : (
        <SeatsMessage seats={seats === 'full' ? 'full' : 'closed'} />
      )}
    </Stack>
  );
}
