// Ranking on a phone: the items in order, each with "move up" and "move down" buttons (accessible,
// no dragging); the first is the most preferred.

import { ActionIcon, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { initialRanking, moveInRanking } from './ballotDraft';
import type { BallotFormProps } from './VotePanel';

export function RankingBallotForm({ items, previous, busy, onSubmit }: BallotFormProps) {
  const { t } = useTranslation('workshops');
  const [ranking, setRanking] = useState(() =>
    initialRanking(
      items.map((item) => item.id),
      previous?.method === 'ranking' ? previous.ranking : null,
    ),
  );
  const text = new Map(items.map((item) => [item.id, item.text]));
  // Items added or removed since the draft began: keep the draft's order for the rest.
  const order = initialRanking(
    items.map((item) => item.id),
    ranking,
  );

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('ballot.rankHint')}</Text>
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-live="polite">
        {order.map((itemId, index) => (
          <Paper
            key={itemId}
            component="li"
            withBorder
            p="xs"
            radius="md"
            data-testid={`rank-${itemId}`}
          >
            <Group wrap="nowrap" gap="sm">
              <Text fw={700} miw={28} ta="center" aria-hidden>
                {index + 1}
              </Text>
              <Text style={{ flex: 1, overflowWrap: 'anywhere' }}>
                <VisuallyHidden>{t('ballot.place', { place: index + 1 })} </VisuallyHidden>
                {text.get(itemId)}
              </Text>
              <ActionIcon
                size={44}
                variant="default"
                disabled={index === 0}
                aria-label={t('ballot.moveUp', { item: text.get(itemId) })}
                onClick={() => setRanking(moveInRanking(order, index, -1))}
                data-testid={`rank-up-${itemId}`}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                size={44}
                variant="default"
                disabled={index === order.length - 1}
                aria-label={t('ballot.moveDown', { item: text.get(itemId) })}
                onClick={() => setRanking(moveInRanking(order, index, 1))}
                data-testid={`rank-down-${itemId}`}
              >
                ↓
              </ActionIcon>
            </Group>
          </Paper>
        ))}
      </Stack>
      <Button
        size="lg"
        loading={busy}
        disabled={order.length === 0}
        onClick={() => onSubmit({ method: 'ranking', ranking: order })}
        data-testid="ballot-submit"
      >
        {t('ballot.submit')}
      </Button>
    </Stack>
  );
}
