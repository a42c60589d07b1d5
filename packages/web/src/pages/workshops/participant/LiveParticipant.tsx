// The live part of a participant's phone: the connection's state, the current round's prompt and
// the panel of its phase; command refusals are worded in the UI language.

import { localText } from '@kume/core';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { Countdown } from '../console/Countdown';
import { useLiveWorkshop } from '../live/useLiveWorkshop';
import { useWorkshopErrorText } from '../live/workshopErrorText';
import { BrainstormPanel } from './BrainstormPanel';
import { DecidePanel } from './DecidePanel';
import { RoundResults } from './RoundResults';
import { VotePanel } from './VotePanel';

/** Sends a command; true when the server accepted it (a refusal is shown above the round). */
export type Act = (body: Record<string, unknown>) => Promise<boolean>;

export function LiveParticipant({
  code,
  name,
  organisationId = null,
  onJoinAgain,
}: {
  code: string;
  name: string | null;
  /** The organisation chosen on the join form (the server keeps it only if it is the group's). */
  organisationId?: string | null;
  onJoinAgain: () => void;
}) {
  const { t, i18n } = useTranslation('workshops');
  const errorText = useWorkshopErrorText();
  const live = useLiveWorkshop({ code, name, organisationId });
  const [refusal, setRefusal] = useState<string | null>(null);
  const { send } = live;
  const act: Act = useCallback(
    async (body) => {
      setRefusal(null);
      const ack = await send(body);
      if (!ack.ok) setRefusal(ack.code ?? 'unknown');
      return ack.ok;
    },
    [send],
  );

  if (live.status === 'closed')
    return (
      <Alert color="red" title={t('participant.disconnected')} data-testid="live-closed">
        <Stack gap="sm">
          <Text>{errorText(live.error?.code)}</Text>
          {live.error?.code === 'hello_refused' && (
            <Button size="md" onClick={onJoinAgain} data-testid="join-again">
              {t('participant.joinAgain')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  if (live.workshopStatus === 'closed' || live.workshopStatus === 'deleted')
    return (
      <Alert color="blue" title={t('participant.endedTitle')} data-testid="workshop-ended">
        {t('participant.ended')}
      </Alert>
    );

  const view = live.view;
  const banner = live.status === 'reconnecting' && (
    <Alert color="yellow" data-testid="live-reconnecting" icon={<Loader size="xs" />}>
      {t('participant.reconnecting')}
    </Alert>
  );
  if (!view)
    return (
      <Stack>
        {banner}
        {live.workshopStatus === 'draft' ? (
          <Alert color="blue" data-testid="workshop-not-started">
            {t('participant.notStarted')}
          </Alert>
        ) : (
          <Loading />
        )}
      </Stack>
    );

  const round = view.round;
  const definition = view.definition.rounds.find(({ id }) => id === view.currentRoundId);
  const roundNumber = view.rounds.findIndex(({ id }) => id === view.currentRoundId) + 1;
  if (!definition) return <Loading />;
  const language = i18n.language;

  return (
    <Stack gap="md">
      {banner}
      {refusal && (
        <Alert
          color="red"
          withCloseButton
          onClose={() => setRefusal(null)}
          data-testid="live-refusal"
        >
          {errorText(refusal)}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {t('participant.roundOf', { number: roundNumber, count: view.rounds.length })}
            </Text>
            <Badge variant="light" data-testid="round-phase">
              {round.closed ? t('participant.phase.closed') : t(`participant.phase.${round.phase}`)}
            </Badge>
          </Group>
          <Title order={2} size="h4">
            {localText(definition.title, language)}
          </Title>
          <Text size="lg" data-testid="round-prompt">
            {localText(definition.prompt, language)}
          </Text>
          <Countdown timer={round.timer} size="lg" />
          {view.me?.name && (
            <Text size="sm" c="dimmed">
              {t('participant.joinedAs', { name: view.me.name })}
            </Text>
          )}
        </Stack>
      </Paper>
      {round.closed ? (
        <Text c="dimmed" data-testid="round-closed">
          {t('participant.roundClosed')}
        </Text>
      ) : round.phase === 'brainstorm' ? (
        <BrainstormPanel key={round.roundId} round={round} definition={definition} act={act} />
      ) : round.phase === 'group' ? (
        <Text size="lg" data-testid="round-grouping">
          {t('participant.grouping')}
        </Text>
      ) : round.phase === 'vote' ? (
        <VotePanel key={round.roundId} round={round} definition={definition} act={act} />
      ) : (
        <DecidePanel key={round.roundId} round={round} definition={definition} act={act} />
      )}
      {round.results && <RoundResults results={round.results} me={view.me?.id ?? null} />}
    </Stack>
  );
}
