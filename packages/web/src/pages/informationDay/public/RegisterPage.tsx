// `/e/:code`: an event's public registration page (no account, phone first): the event, whether
// seats are left, and the form; a registration leads to the guest's ticket.

import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { emptyRegistration } from '../registrationForm/registrationFormValues';
import { EventInfo } from './EventInfo';
import { PublicHeader } from './PublicHeader';
import { PublicMessage } from './PublicMessage';
import { PublicRegistrationForm } from './PublicRegistrationForm';
import { usePublicEvent } from './publicEventApi';
import { SeatsMessage } from './SeatsMessage';
import { canRegister, seatsState } from './seatsState';

export default function RegisterPage() {
  const { code = '' } = useParams();
  const event = usePublicEvent(code);
  const title = event.data?.title;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (event.isPending) return <Loading />;
  if (event.error)
    return <PublicMessage error={event.error} onRetry={() => void event.refetch()} />;
  const seats = seatsState(event.data);
  return (
    <Stack gap="md">
      <PublicHeader projectName={event.data.projectName} />
      <EventInfo event={event.data} seats={seats} />
      {canRegister(seats) ? (
        <PublicRegistrationForm
          event={event.data}
          seats={seats}
          initial={emptyRegistration}
          onStale={() => void event.refetch()}
        />
      ) : (
        <SeatsMessage seats={seats === 'full' ? 'full' : 'closed'} />
      )}
    </Stack>
  );
}
