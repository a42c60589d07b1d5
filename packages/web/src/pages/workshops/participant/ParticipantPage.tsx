// `/w/:code`: a participant's phone in a live workshop. Looks the code up, asks for a name (or
// joins anonymously where the workshop allows) and the organisation in the working group, then
// follows the current round live.

import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LiveWorkshopInfoView } from '@kume/server';
import { ApiError, api } from '../../../api/client';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { Loading } from '../../../components/Loading';
import { storedWorkshopToken } from '../live/useLiveWorkshop';
import { JoinForm } from './JoinForm';
import { LiveParticipant } from './LiveParticipant';

/** How this device takes part: with its stored token, or a first join with a name (or none). */
interface Joining {
  name: string | null;
  organisationId: string | null;
  attempt: number;
}

export default function ParticipantPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('workshops');
  const info = useQuery({
    queryKey: ['live-workshop-info', code],
    queryFn: () => api.get<LiveWorkshopInfoView>(`/api/live/${encodeURIComponent(code)}/info`),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
    // A draft opens to participants when the facilitator starts it: look again now and then.
    refetchInterval: (query) => (query.state.data?.status === 'draft' ? 5_000 : false),
  });
  const [joining, setJoining] = useState<Joining | null>(() =>
    storedWorkshopToken(code) ? { name: null, organisationId: null, attempt: 0 } : null,
  );

  let body;
  if (info.isPending) body = <Loading />;
  else if (info.error)
    body = (
      <Alert color="red" data-testid="workshop-unknown" title={t('participant.unknownTitle')}>
        {info.error instanceof ApiError && info.error.status === 404
          ? t('participant.unknownCode', { code })
          : t('participant.infoFailed')}
      </Alert>
    );
  else if (info.data.status === 'draft')
    body = (
      <Alert color="blue" data-testid="workshop-not-started">
        {t('participant.notStarted')}
      </Alert>
    );
  else if (joining === null)
    body = (
      <JoinForm
        nameRequired={info.data.nameRequired}
        organisations={info.data.organisations}
        onJoin={(name, organisationId) =>
          setJoining((previous) => ({
            name,
            organisationId,
            attempt: (previous?.attempt ?? 0) + 1,
          }))
        }
      />
    );
  else
    body = (
      <LiveParticipant
        key={joining.attempt}
        code={code}
        name={joining.name}
        organisationId={joining.organisationId}
        onJoinAgain={() => setJoining(null)}
      />
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            {t('participant.kicker')}
          </Text>
          <Title order={1} size="h3" data-testid="workshop-title">
            {info.data?.title ?? code.toUpperCase()}
          </Title>
        </div>
        <LanguageSwitch signedIn={false} />
      </Group>
      {body}
    </Stack>
  );
}
