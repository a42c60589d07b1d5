// The decide phase on a phone: the decision (the final vision text, or the items chosen) and, in a
// vision round, the participant's confirmation of the text.

import type { RoundDefinition, RoundView } from '@kume/core';
import { Blockquote, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Act } from './LiveParticipant';

export function DecidePanel({
  round,
  definition,
  act,
}: {
  round: RoundView;
  definition: RoundDefinition;
  act: Act;
}) {
  const { t } = useTranslation('workshops');
  const [busy, setBusy] = useState(false);
  const decision = round.decision;
  if (!decision)
    return (
      <Text size="lg" data-testid="decision-pending">
        {t('participant.decisionPending')}
      </Text>
    );
  const text = new Map(round.items.map((item) => [item.id, item.text]));
  const confirm = async () => {
    setBusy(true);
    await act({ type: 'confirm', roundId: round.roundId });
    setBusy(false);
  };

  return (
    <Stack gap="md" data-testid="decision">
      {decision.text && (
        <Blockquote
          p="md"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="decision-text"
        >
          {decision.text}
        </Blockquote>
      )}
      {decision.chosenItemIds.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('participant.chosenItems')}</Text>
          <List>
            {decision.chosenItemIds.map((itemId) => (
              <List.Item key={itemId}>{text.get(itemId) ?? itemId}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {definition.kind === 'vision' && decision.text && (
        <Stack gap="xs">
          {round.confirmedByMe ? (
            <Text c="green" fw={600} data-testid="vision-confirmed">
              {t('participant.confirmed')}
            </Text>
          ) : (
            <Button
              size="lg"
              loading={busy}
              onClick={() => void confirm()}
              data-testid="confirm-vision"
            >
              {t('participant.confirmVision')}
            </Button>
          )}
          <Text size="sm" c="dimmed">
            {t('participant.confirmedCount', { count: round.confirmedCount })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
