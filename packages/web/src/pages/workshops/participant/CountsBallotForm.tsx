// Dots, points and ratings on a phone: per item, tap to add or remove dots, a stepper for points
// (they must add up to the budget), or rating buttons; with what is left and the submit button.

import type { DelphiSummary, VotingConfig } from '@kume/core';
import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import {
  addDot,
  countsBallot,
  countsOf,
  countsReady,
  dotsRemaining,
  pointsRemaining,
  removeDot,
  setPoints,
  toggleRating,
} from './ballotDraft';
import type { BallotFormProps } from './VotePanel';

type CountsMethod = 'dots' | 'points' | 'rating';

export function CountsBallotForm({
  items,
  previous,
  busy,
  onSubmit,
  method,
  voting,
  delphi,
}: BallotFormProps & { method: CountsMethod; voting: VotingConfig; delphi: DelphiSummary | null }) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const [counts, setCounts] = useState(() => countsOf(previous, method));
  const group = new Map((delphi?.items ?? []).map((entry) => [entry.itemId, entry]));
  const scale = Array.from(
    { length: voting.scale.max - voting.scale.min + 1 },
    (_, index) => voting.scale.min + index,
  );
  const left = method === 'dots' ? dotsRemaining(counts, voting) : pointsRemaining(counts, voting);

  return (
    <Stack gap="sm">
      <Text fw={600} aria-live="polite" data-testid="ballot-remaining">
        {method === 'dots'
          ? t('ballot.dotsLeft', { count: left, max: voting.maxDotsPerItem })
          : method === 'points'
            ? left >= 0
              ? t('ballot.pointsLeft', { count: left, budget: voting.points })
              : t('ballot.pointsOver', { count: -left, budget: voting.points })
            : t('ballot.rateHint', { min: voting.scale.min, max: voting.scale.max })}
      </Text>
      {items.map((item) => {
        const value = counts[item.id] ?? 0;
        const summary = group.get(item.id);
        return (
          <Paper key={item.id} withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Text style={{ overflowWrap: 'anywhere' }}>{item.text}</Text>
              {summary && summary.median !== null && (
                <Text size="sm" c="dimmed" data-testid={`delphi-${item.id}`}>
                  {t('ballot.delphiPrevious', {
                    median: format.number(summary.median, { maximumFractionDigits: 1 }),
                    iqr: format.number(summary.iqr, { maximumFractionDigits: 1 }),
                    q1: format.number(summary.q1, { maximumFractionDigits: 1 }),
                    q3: format.number(summary.q3, { maximumFractionDigits: 1 }),
                  })}
                </Text>
              )}
              {method === 'dots' && (
                <Group gap="sm">
                  <ActionIcon
                    size={44}
                    variant="default"
                    aria-label={t('ballot.removeDot', { item: item.text })}
                    disabled={value === 0}
                    onClick={() => setCounts(removeDot(counts, item.id))}
                    data-testid={`dot-remove-${item.id}`}
                  >
                    −
                  </ActionIcon>
                  <Text
                    fw={700}
                    miw={48}
                    ta="center"
                    aria-label={t('ballot.dotsOn', { count: value })}
                  >
                    {'●'.repeat(value) || '0'}
                  </Text>
                  <ActionIcon
                    size={44}
                    aria-label={t('ballot.addDot', { item: item.text })}
                    disabled={left === 0 || value >= voting.maxDotsPerItem}
                    onClick={() => setCounts(addDot(counts, item.id, voting))}
                    data-testid={`dot-${item.id}`}
                  >
                    +
                  </ActionIcon>
                </Group>
              )}
              {method === 'points' && (
                <NumberInput
                  size="lg"
                  min={0}
                  max={voting.points}
                  step={5}
                  allowDecimal={false}
                  allowNegative={false}
                  aria-label={t('ballot.pointsFor', { item: item.text })}
                  value={value}
                  onChange={(next) =>
                    setCounts(setPoints(counts, item.id, Number(next) || 0, voting))
                  }
                  data-testid={`points-${item.id}`}
                />
              )}
              {method === 'rating' && (
                <Group gap={6} role="group" aria-label={t('ballot.ratingFor', { item: item.text })}>
                  {scale.map((n) => (
                    <Button
                      key={n}
                      size="md"
                      px="sm"
                      miw={44}
                      variant={value === n ? 'filled' : 'default'}
                      aria-pressed={value === n}
                      onClick={() => setCounts(toggleRating(counts, item.id, n))}
                      data-testid={`rate-${item.id}-${n}`}
                    >
                      {n}
                    </Button>
                  ))}
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
      <Button
        size="lg"
        loading={busy}
        disabled={!countsReady(method, counts, voting)}
        onClick={() => onSubmit(countsBallot(method, counts))}
        data-testid="ballot-submit"
      >
        {t('ballot.submit')}
      </Button>
    </Stack>
  );
}
