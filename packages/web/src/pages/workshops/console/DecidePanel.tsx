// The decide phase: for a vision round the final vision text (starting from the most voted
// statement) for the group to confirm; the items chosen (the factors to weight, the skills kept).

import { Button, Checkbox, Paper, Stack, Text, Textarea } from '@mantine/core';
import { MAX_DECISION_LENGTH, type RoundDefinition, type RoundView } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionDraft } from './decisionDraft';
import type { ConsoleSend } from './useConsoleCommand';

export function DecidePanel({
  definition,
  round,
  participants,
  command,
}: {
  definition: RoundDefinition;
  round: RoundView;
  /** Participants present who are not facilitators: who may confirm. */
  participants: number;
  command: ConsoleSend;
}) {
  const { t } = useTranslation('workshops');
  // The parent keys this panel by round and decision, so a new decision starts a new draft.
  const [draft, setDraft] = useState(() => decisionDraft(definition, round));
  const [sending, setSending] = useState(false);
  const vision = definition.kind === 'vision';
  const heads = round.items.filter((item) => item.groupId === null);
  const empty = !draft.text.trim() && draft.chosenItemIds.length === 0;
  const decide = async () => {
    if (!command) return;
    setSending(true);
    try {
      await command({
        type: 'decide',
        roundId: round.roundId,
        text: draft.text.trim() || null,
        chosenItemIds: draft.chosenItemIds,
      });
    } finally {
      setSending(false);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="decide-panel">
      <Stack gap="sm">
        <Text fw={600}>{t('console.decide')}</Text>
        {vision && (
          <Textarea
            label={t('console.visionText')}
            description={t('console.visionHint')}
            value={draft.text}
            maxLength={MAX_DECISION_LENGTH}
            autosize
            minRows={3}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setDraft((current) => ({ ...current, text }));
            }}
            data-testid="vision-text"
          />
        )}
        {heads.length > 0 && (
          <Checkbox.Group
            label={t('console.chooseItems')}
            value={draft.chosenItemIds}
            onChange={(chosenItemIds) => setDraft((current) => ({ ...current, chosenItemIds }))}
          >
            <Stack gap={4} mt={4}>
              {heads.map((item) => (
                <Checkbox key={item.id} value={item.id} label={item.text} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Button
          onClick={() => void decide()}
          loading={sending}
          disabled={command === null || round.closed || empty}
          data-testid="decide"
          style={{ alignSelf: 'flex-start' }}
        >
          {round.decision ? t('console.decideAgain') : t('console.decideButton')}
        </Button>
        {round.decision && (
          <Text size="sm" data-testid="confirmations">
            {t('console.confirmations', { count: round.confirmedCount, total: participants })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
