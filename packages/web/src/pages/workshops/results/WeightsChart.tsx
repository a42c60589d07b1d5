// A pairwise round's results: the group's weights as bars, the consistency ratio, and when it is
// above 0.10 a warning naming the judgement that disagrees most with the weights, in words.

import { Alert, Group, Stack, Text } from '@mantine/core';
import type { PairwiseResult } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { inconsistentJudgement } from './inconsistentJudgement';
import { TallyChart } from './TallyChart';

export function WeightsChart({
  result,
  title,
  large = false,
}: {
  result: PairwiseResult;
  title: string;
  large?: boolean;
}) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const judgement = inconsistentJudgement(result.warning);
  const times = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const ratio = result.consistencyRatio;
  return (
    <Stack gap="xs" data-testid="weights-chart">
      <TallyChart result={result} title={title} large={large} testId="weights-bars" />
      <Group gap="lg">
        <Text size={large ? 'xl' : 'sm'} data-testid="consistency-ratio">
          {t('results.consistencyRatio')}:{' '}
          <b>
            {ratio === null
              ? '–'
              : format.number(ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
          </b>
          {ratio !== null && (ratio <= 0.1 ? ` (${t('results.consistent')})` : '')}
        </Text>
        <Text size={large ? 'lg' : 'xs'} c="dimmed">
          {t('results.ballots', { count: result.ballots })}
        </Text>
      </Group>
      {judgement && (
        <Alert color="orange" title={t('results.inconsistentTitle')} data-testid="pairwise-warning">
          <Text size={large ? 'lg' : 'sm'}>
            {t('results.inconsistent', {
              more: judgement.more,
              less: judgement.less,
              judged: times(judgement.judged),
              implied: times(judgement.implied),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
