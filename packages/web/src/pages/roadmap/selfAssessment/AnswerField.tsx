// One indicator of an assessment: what it asks, its thresholds, the evidence a benchmarking expert
// would ask to see; the value (a scale's step when it has one), the level it reaches, a note.

import { Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { levelOf, localText, type SelfAssessmentIndicator } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { answerValue, type AnswerValues } from './assessmentFormValues';
import { LevelBadge } from './LevelBadge';
import { thresholdText } from './thresholdText';

export function AnswerField({
  indicator,
  answer,
  error,
  onChange,
}: {
  indicator: SelfAssessmentIndicator;
  answer: AnswerValues;
  error?: string;
  onChange: (answer: AnswerValues) => void;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const language = format.language;
  const name = localText(indicator.name, language);
  const unit = localText(indicator.unit, language);
  const value = answerValue(answer);
  const level = value === null || Number.isNaN(value) ? null : levelOf(indicator, value);
  const evidence = localText(indicator.evidence, language);

  return (
    <Paper withBorder p="sm" radius="md" data-testid="answer" data-indicator={indicator.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={600} size="sm">
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {thresholdText(
                indicator,
                { bronze: t('level.bronze'), silver: t('level.silver'), gold: t('level.gold') },
                language,
                (n) => format.number(n),
              )}{' '}
              ({unit})
            </Text>
          </Stack>
          <LevelBadge level={level} />
        </Group>
        {evidence && (
          <Text size="xs" c="dimmed" fs="italic">
            {t('answer.evidenceAsked', { evidence })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {indicator.scale.length > 0 ? (
            <Select
              size="xs"
              label={t('answer.value')}
              placeholder={t('answer.notAnswered')}
              data={indicator.scale.map((step, index) => ({
                value: String(index),
                label: `${index} · ${localText(step, language)}`,
              }))}
              value={answer.value === '' ? null : answer.value}
              onChange={(next) => onChange({ ...answer, value: next ?? '' })}
              clearable
              error={error}
              aria-label={`${t('answer.value')}: ${name}`}
              data-testid={`answer-value-${indicator.id}`}
            />
          ) : (
            <TextInput
              size="xs"
              label={t('answer.valueIn', { unit })}
              placeholder={t('answer.notAnswered')}
              inputMode="decimal"
              value={answer.value}
              onChange={(event) => onChange({ ...answer, value: event.currentTarget.value })}
              error={error}
              aria-label={`${t('answer.value')}: ${name}`}
              data-testid={`answer-value-${indicator.id}`}
            />
          )}
          <Textarea
            size="xs"
            label={t('answer.evidence')}
            autosize
            minRows={1}
            maxRows={4}
            maxLength={2000}
            value={answer.evidence}
            onChange={(event) => onChange({ ...answer, evidence: event.currentTarget.value })}
            style={{ gridColumn: 'span 2' }}
            aria-label={`${t('answer.evidence')}: ${name}`}
            data-testid={`answer-evidence-${indicator.id}`}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
