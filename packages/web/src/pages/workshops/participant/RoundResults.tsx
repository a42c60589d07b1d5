// A round's totals on a phone once the facilitator reveals them: dot or point totals, rating means
// with spread, Borda scores, or AHP weights with the participant's own consistency ratio.

import type { VotingResult } from '@kume/core';
import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

interface Row {
  itemId: string;
  text: string;
  /** The number shown, already formatted. */
  shown: string;
  /** 0..1, the bar's length relative to the highest. */
  share: number;
  note?: string;
}

export function RoundResults({ results, me }: { results: VotingResult; me: string | null }) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const decimals = (value: number | null, digits = 1) =>
    format.number(value, { maximumFractionDigits: digits });
  let rows: Row[];
  switch (results.method) {
    case 'dots':
    case 'points': {
      const top = Math.max(1, ...results.items.map((item) => item.total));
      rows = results.items.map((item) => ({
        itemId: item.itemId,
        text: item.text,
        shown: format.number(item.total),
        share: item.total / top,
      }));
      break;
    }
    case 'rating': {
      const span = results.scale.max - results.scale.min || 1;
      rows = results.items.map((item) => ({
        itemId: item.itemId,
        text: item.text,
        shown: decimals(item.mean),
        share: item.mean === null ? 0 : (item.mean - results.scale.min) / span,
        note:
          item.sd === null
            ? undefined
            : t('ballot.spread', { sd: decimals(item.sd) }) +
              (item.dissent ? ` · ${t('ballot.dissent')}` : ''),
      }));
      break;
    }
    case 'ranking': {
      const top = Math.max(1, ...results.items.map((item) => item.score));
      rows = results.items.map((item) => ({
        itemId: item.itemId,
        text: item.text,
        shown: format.number(item.score),
        share: item.score / top,
      }));
      break;
    }
    case 'pairwise': {
      const top = Math.max(0.0001, ...results.items.map((item) => item.weight ?? 0));
      rows = results.items.map((item) => ({
        itemId: item.itemId,
        text: item.text,
        shown: item.weight === null ? '–' : format.percent(item.weight),
        share: (item.weight ?? 0) / top,
      }));
      break;
    }
  }
  const mine =
    results.method === 'pairwise'
      ? results.participants.find((entry) => entry.participantId === me)
      : undefined;

  return (
    <Paper withBorder radius="md" p="md" data-testid="round-results">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('ballot.results', { count: results.ballots })}
        </Title>
        {rows.map((row) => (
          <Stack key={row.itemId} gap={2} data-testid={`result-${row.itemId}`}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {row.text}
              </Text>
              <Text fw={700}>{row.shown}</Text>
            </Group>
            <Progress value={Math.max(0, Math.min(1, row.share)) * 100} aria-hidden />
            {row.note && (
              <Text size="xs" c="dimmed">
                {row.note}
              </Text>
            )}
          </Stack>
        ))}
        {mine && mine.consistencyRatio !== null && (
          <Text
            size="sm"
            c={mine.consistencyRatio > 0.1 ? 'orange' : 'dimmed'}
            data-testid="my-consistency"
          >
            {t('ballot.myConsistency', { ratio: decimals(mine.consistencyRatio, 2) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
