// A round's voting results by method: bars for dots, points and rankings, the rating table, the
// pairwise weights with their consistency. Used by the console and the projector.

import { Stack, Text } from '@mantine/core';
import type { VotingResult } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { RatingTable } from './RatingTable';
import { TallyChart } from './TallyChart';
import { WeightsChart } from './WeightsChart';

export function RoundResults({
  result,
  title,
  large = false,
}: {
  result: VotingResult;
  /** The round's title: names the chart. */
  title: string;
  large?: boolean;
}) {
  const { t } = useTranslation('workshops');
  return (
    <Stack gap="xs" data-testid="workshop-results">
      {result.method === 'rating' ? (
        <RatingTable result={result} large={large} />
      ) : result.method === 'pairwise' ? (
        <WeightsChart result={result} title={title} large={large} />
      ) : (
        <TallyChart result={result} title={title} large={large} />
      )}
      {result.method !== 'pairwise' && (
        <Text size={large ? 'lg' : 'xs'} c="dimmed">
          {t(`results.method.${result.method}`)} · {t('results.ballots', { count: result.ballots })}
        </Text>
      )}
    </Stack>
  );
}
