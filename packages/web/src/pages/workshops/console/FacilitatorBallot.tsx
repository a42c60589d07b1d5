// The facilitator's own ballot on the console: the phones' ballot forms (participant/VotePanel)
// sent over the console's socket when the round counts the facilitator; else a note that they
// do not vote in this round.

import { Paper, Text } from '@mantine/core';
import type { RoundDefinition, RoundView } from '@kume/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Act } from '../participant/LiveParticipant';
import { VotePanel } from '../participant/VotePanel';
import { facilitatorBallot } from './facilitatorBallot';
import type { ConsoleSend } from './useConsoleCommand';

export function FacilitatorBallot({
  definition,
  round,
  command,
}: {
  definition: RoundDefinition;
  round: RoundView;
  command: ConsoleSend;
}) {
  const { t } = useTranslation('workshops');
  const act: Act = useCallback(
    async (body) => {
      const { type, roundId } = body;
      if (!command || typeof type !== 'string' || typeof roundId !== 'string') return false;
      return command({ ...body, type, roundId });
    },
    [command],
  );
  const mode = facilitatorBallot(definition, round);
  if (mode === 'none') return null;
  if (mode === 'abstains')
    return (
      <Text size="sm" c="dimmed" data-testid="facilitator-abstains">
        {t('console.facilitatorAbstains')}
      </Text>
    );
  // Without a connection (the seat still being taken) there is nothing to vote with.
  if (!command) return null;
  return (
    <Paper withBorder p="md" data-testid="facilitator-ballot">
      <Text fw={600} mb="xs">
        {t('console.yourBallot')}
      </Text>
      <VotePanel key={round.roundId} round={round} definition={definition} act={act} />
    </Paper>
  );
}
