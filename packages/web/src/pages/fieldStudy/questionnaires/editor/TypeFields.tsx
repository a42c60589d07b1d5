// The part of a question that depends on its type: choices and "Other", Likert points and end
// labels, number limits and unit, matrix rows and columns, relation type and most partners.

import { Checkbox, Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localText, RELATION_TYPE_LABELS, RELATION_TYPES, type Question } from '@kume/core';
import { fieldDomId } from '../editorIssues';
import { ChoicesEditor } from './ChoicesEditor';
import { LocalTextFields } from './LocalTextFields';

const emptyText = { tr: '', en: '' };

export function TypeFields({
  question,
  onChange,
  path,
  errorAt,
  readOnly,
}: {
  question: Question;
  onChange: (question: Question) => void;
  /** The question's definition path (`pages.0.questions.3`). */
  path: string;
  errorAt: (path: string) => string | undefined;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const common = { errorAt, readOnly };

  if (question.type === 'single' || question.type === 'multiple')
    return (
      <Stack gap="xs">
        <ChoicesEditor
          {...common}
          label={t('editor.choices')}
          choices={question.choices ?? []}
          onChange={(choices) => onChange({ ...question, choices })}
          path={`${path}.choices`}
          testId="choices-editor"
        />
        <Checkbox
          label={t('editor.allowOther')}
          checked={question.allowOther ?? false}
          onChange={(event) => onChange({ ...question, allowOther: event.currentTarget.checked })}
          disabled={readOnly}
          size="xs"
        />
      </Stack>
    );

  if (question.type === 'likert') {
    const likert = question.likert ?? { points: 5, minLabel: emptyText, maxLabel: emptyText };
    return (
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('editor.likertPoints')}
          </Text>
          <SegmentedControl
            size="xs"
            data={['5', '7']}
            value={String(likert.points)}
            onChange={(value) =>
              onChange({ ...question, likert: { ...likert, points: value === '7' ? 7 : 5 } })
            }
            disabled={readOnly}
            aria-label={t('editor.likertPoints')}
          />
        </Group>
        <LocalTextFields
          {...common}
          label={t('editor.likertMin')}
          value={likert.minLabel}
          onChange={(minLabel) =>
            onChange({ ...question, likert: { ...likert, minLabel: minLabel ?? emptyText } })
          }
          path={`${path}.likert.minLabel`}
          required
        />
        <LocalTextFields
          {...common}
          label={t('editor.likertMax')}
          value={likert.maxLabel}
          onChange={(maxLabel) =>
            onChange({ ...question, likert: { ...likert, maxLabel: maxLabel ?? emptyText } })
          }
          path={`${path}.likert.maxLabel`}
          required
        />
      </Stack>
    );
  }

  if (question.type === 'number') {
    const number = question.number ?? {};
    const limit = (key: 'min' | 'max', value: string | number) => {
      const next = { ...number };
      if (value === '' || typeof value !== 'number') delete next[key];
      else next[key] = value;
      onChange({ ...question, number: next });
    };
    return (
      <Stack gap="xs">
        <Group gap="xs" grow>
          {(['min', 'max'] as const).map((key) => (
            <NumberInput
              key={key}
              id={fieldDomId(`${path}.number.${key}`)}
              label={t(`editor.number.${key}`)}
              value={number[key] ?? ''}
              onChange={(value) => limit(key, value)}
              error={errorAt(`${path}.number.${key}`)}
              readOnly={readOnly}
              size="xs"
            />
          ))}
        </Group>
        <LocalTextFields
          {...common}
          label={t('editor.number.unit')}
          value={number.unit}
          onChange={(unit) => {
            const next = { ...number };
            if (unit) next.unit = unit;
            else delete next.unit;
            onChange({ ...question, number: next });
          }}
          path={`${path}.number.unit`}
        />
      </Stack>
    );
  }

  if (question.type === 'matrix') {
    const matrix = question.matrix ?? { rows: [], columns: [] };
    return (
      <Stack gap="sm">
        <ChoicesEditor
          {...common}
          label={t('editor.matrixRows')}
          choices={matrix.rows}
          onChange={(rows) => onChange({ ...question, matrix: { ...matrix, rows } })}
          path={`${path}.matrix.rows`}
          valueBase="row"
          testId="matrix-rows-editor"
        />
        <ChoicesEditor
          {...common}
          label={t('editor.matrixColumns')}
          choices={matrix.columns}
          onChange={(columns) => onChange({ ...question, matrix: { ...matrix, columns } })}
          path={`${path}.matrix.columns`}
          valueBase="column"
          min={2}
          testId="matrix-columns-editor"
        />
      </Stack>
    );
  }

  if (question.type === 'relation') {
    const relation = question.relation ?? { relationType: 'supplier' as const, maxItems: 5 };
    return (
      <Group gap="xs" grow align="flex-start">
        <Select
          id={fieldDomId(`${path}.relation.relationType`)}
          label={t('editor.relationType')}
          data={RELATION_TYPES.map((type) => ({
            value: type,
            label: localText(RELATION_TYPE_LABELS[type], i18n.language),
          }))}
          value={relation.relationType}
          onChange={(value) => {
            const relationType = RELATION_TYPES.find((type) => type === value);
            if (relationType) onChange({ ...question, relation: { ...relation, relationType } });
          }}
          readOnly={readOnly}
          allowDeselect={false}
          size="xs"
        />
        <NumberInput
          id={fieldDomId(`${path}.relation.maxItems`)}
          label={t('editor.maxItems')}
          min={1}
          max={20}
          allowDecimal={false}
          value={relation.maxItems}
          onChange={(value) =>
            typeof value === 'number' &&
            onChange({ ...question, relation: { ...relation, maxItems: value } })
          }
          error={errorAt(`${path}.relation.maxItems`)}
          readOnly={readOnly}
          size="xs"
        />
      </Group>
    );
  }

  return null;
}
