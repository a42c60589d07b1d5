// Pairwise comparison on a phone, one pair at a time ("pair 3 of 10"): Saaty's 17 choices from
// "A extremely more important" to "B extremely more important"; a choice moves to the next pair.

import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  itemPairs,
  judgementsOf,
  type Judgements,
  pairwiseBallot,
  SAATY_CHOICES,
  saatyKey,
  saatyMeaning,
} from './pairwiseChoices';
import type { BallotFormProps } from './VotePanel';

export function PairwiseBallotForm({ items, previous, busy, onSubmit }: BallotFormProps) {
  const { t } = useTranslation('workshops');
  const pairs = itemPairs(items.map((item) => item.id));
  const [judgements, setJudgements] = useState<Judgements>(() => judgementsOf(previous, pairs));
  const [index, setIndex] = useState(0);
  const text = new Map(items.map((item) => [item.id, item.text]));
  const ballot = pairwiseBallot(pairs, judgements);
  const judged = pairs.filter((_, position) => judgements[position] !== undefined).length;
  const pair = pairs[Math.min(index, pairs.length - 1)];
  if (!pair) return <Text c="dimmed">{t('ballot.pairwiseTooFew')}</Text>;
  const current = Math.min(index, pairs.length - 1);
  const chosen = judgements[current];
  const itemA = text.get(pair.a) ?? '';
  const itemB = text.get(pair.b) ?? '';

  const choose = (value: number) => {
    setJudgements({ ...judgements, [current]: value });
    // On to the next pair not yet judged, else simply the next one.
    const next = pairs.findIndex(
      (_, position) => position > current && judgements[position] === undefined,
    );
    if (next !== -1) setIndex(next);
    else if (current < pairs.length - 1) setIndex(current + 1);
  };
  const label = (value: number) => {
    const { side, strength } = saatyMeaning(value);
    if (side === null) return t('ballot.saaty.equal');
    // A and B, not the items' text: seventeen buttons must stay short on a phone.
    return t(`ballot.saaty.${strength}`, { item: side === 'a' ? 'A' : 'B' });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={600} data-testid="pair-progress">
          {t('ballot.pairOf', { number: current + 1, count: pairs.length })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('ballot.pairsJudged', { count: judged, total: pairs.length })}
        </Text>
      </Group>
      <Progress value={(judged / pairs.length) * 100} aria-hidden />
      <Paper withBorder p="sm" radius="md" data-testid={`pair-${current}`}>
        <Stack gap={6}>
          <Text fw={700} ta="center" style={{ overflowWrap: 'anywhere' }}>
            A: {itemA}
          </Text>
          <Stack
            gap={4}
            role="radiogroup"
            aria-label={t('ballot.pairQuestion', { a: itemA, b: itemB })}
          >
            {SAATY_CHOICES.map((value) => {
              const key = saatyKey(value);
              const selected = chosen !== undefined && saatyKey(chosen) === key;
              const { side } = saatyMeaning(value);
              return (
                <Button
                  key={key}
                  size="md"
                  fullWidth
                  justify="space-between"
                  role="radio"
                  aria-checked={selected}
                  variant={selected ? 'filled' : 'light'}
                  color={side === 'a' ? 'blue' : side === 'b' ? 'grape' : 'gray'}
                  rightSection={<Text size="xs">{key}</Text>}
                  onClick={() => choose(value)}
                  data-testid={`saaty-${key}`}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                >
                  {label(value)}
                </Button>
              );
            })}
          </Stack>
          <Text fw={700} ta="center" style={{ overflowWrap: 'anywhere' }}>
            B: {itemB}
          </Text>
        </Stack>
      </Paper>
      <Group grow>
        <Button
          variant="default"
          size="md"
          disabled={current === 0}
          onClick={() => setIndex(current - 1)}
          data-testid="pair-previous"
        >
          {t('ballot.previousPair')}
        </Button>
        <Button
          variant="default"
          size="md"
          disabled={current === pairs.length - 1}
          onClick={() => setIndex(current + 1)}
          data-testid="pair-next"
        >
          {t('ballot.nextPair')}
        </Button>
      </Group>
      <Button
        size="lg"
        loading={busy}
        disabled={ballot === null}
        onClick={() => ballot && onSubmit(ballot)}
        data-testid="ballot-submit"
      >
        {t('ballot.submit')}
      </Button>
    </Stack>
  );
}
