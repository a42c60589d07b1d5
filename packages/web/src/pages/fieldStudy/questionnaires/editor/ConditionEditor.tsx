// A question's condition: show it only when an earlier question equals, does not equal or
// contains a value, or is answered. The value is picked from the earlier question's choices.

import { Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localText, type Condition, type Question } from '@kume/core';
import { fieldDomId } from '../editorIssues';

const OPERATORS = ['equals', 'notEquals', 'contains', 'answered'] as const;

/** The values a condition on `source` can compare with, or null when the value is typed. */
function valueChoices(source: Question | undefined, language: string) {
  if (!source) return null;
  if (source.type === 'single' || source.type === 'multiple')
    return (source.choices ?? []).map((choice) => ({
      value: choice.value,
      label: localText(choice.text, language) || choice.value,
    }));
  if (source.type === 'likert')
    return Array.from({ length: source.likert?.points ?? 5 }, (_, i) => ({
      value: String(i + 1),
      label: String(i + 1),
    }));
  return null;
}

export function ConditionEditor({
  condition,
  onChange,
  earlier,
  path,
  errorAt,
  readOnly,
}: {
  condition: Condition | undefined;
  onChange: (condition: Condition | undefined) => void;
  /** The questions before this one: the only ones a condition may use. */
  earlier: readonly Question[];
  /** The definition path of the question's condition (`pages.0.questions.3.visibleIf`). */
  path: string;
  errorAt: (path: string) => string | undefined;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const source = earlier.find((question) => question.id === condition?.questionId);
  const choices = valueChoices(source, i18n.language);
  const questionOptions = earlier.map((question) => ({
    value: question.id,
    label: `${question.id} · ${localText(question.title, i18n.language)}`.slice(0, 90),
  }));
  // A condition on a question that is no longer earlier stays visible so it can be fixed.
  if (condition && !source)
    questionOptions.push({ value: condition.questionId, label: condition.questionId });

  return (
    <Stack gap={6}>
      <Switch
        label={t('editor.conditional')}
        checked={Boolean(condition)}
        disabled={readOnly || (!condition && earlier.length === 0)}
        description={!condition && earlier.length === 0 ? t('editor.noEarlier') : undefined}
        onChange={(event) => {
          const first = earlier.at(-1);
          onChange(
            event.currentTarget.checked && first
              ? { questionId: first.id, operator: 'answered' }
              : undefined,
          );
        }}
        data-testid="condition-switch"
      />
      {condition && (
        <Group gap="xs" align="flex-start" grow>
          <Select
            id={fieldDomId(`${path}.questionId`)}
            label={t('editor.conditionQuestion')}
            data={questionOptions}
            value={condition.questionId}
            onChange={(questionId) =>
              questionId && onChange({ questionId, operator: condition.operator })
            }
            error={errorAt(`${path}.questionId`)}
            readOnly={readOnly}
            allowDeselect={false}
            searchable
            size="xs"
          />
          <Select
            label={t('editor.conditionOperator')}
            data={OPERATORS.map((operator) => ({
              value: operator,
              label: t(`editor.operator.${operator}`),
            }))}
            value={condition.operator}
            onChange={(operator) => {
              const chosen = OPERATORS.find((o) => o === operator);
              if (!chosen) return;
              const { value, ...rest } = condition;
              onChange(
                chosen === 'answered'
                  ? { ...rest, operator: chosen }
                  : { ...rest, operator: chosen, value: value ?? choices?.[0]?.value ?? '' },
              );
            }}
            readOnly={readOnly}
            allowDeselect={false}
            size="xs"
          />
          {condition.operator !== 'answered' &&
            (choices ? (
              <Select
                id={fieldDomId(`${path}.value`)}
                label={t('editor.conditionValue')}
                data={choices}
                value={condition.value ?? null}
                onChange={(value) => onChange({ ...condition, value: value ?? '' })}
                error={errorAt(`${path}.value`)}
                readOnly={readOnly}
                size="xs"
              />
            ) : (
              <TextInput
                id={fieldDomId(`${path}.value`)}
                label={t('editor.conditionValue')}
                value={condition.value ?? ''}
                onChange={(event) => onChange({ ...condition, value: event.currentTarget.value })}
                error={errorAt(`${path}.value`)}
                readOnly={readOnly}
                maxLength={60}
                size="xs"
              />
            ))}
        </Group>
      )}
    </Stack>
  );
}
