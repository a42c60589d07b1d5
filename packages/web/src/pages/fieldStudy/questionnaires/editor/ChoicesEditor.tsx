// The choices of a question (or a matrix's rows or columns): value, Turkish and English text;
// add, move up or down, delete.

import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Choice } from '@kume/core';
import { fieldDomId } from '../editorIssues';
import { freshChoiceValue, moveItem } from '../editorState';

export function ChoicesEditor({
  label,
  choices,
  onChange,
  path,
  errorAt,
  readOnly,
  valueBase = 'option',
  min = 1,
  testId,
}: {
  label: string;
  choices: readonly Choice[];
  onChange: (choices: Choice[]) => void;
  /** The definition path of the list (`pages.0.questions.3.choices`). */
  path: string;
  errorAt: (path: string) => string | undefined;
  readOnly: boolean;
  /** The stem of new values (`option_3`, `row_2`). */
  valueBase?: string;
  /** The fewest items the list may keep (delete is disabled below it). */
  min?: number;
  testId: string;
}) {
  const { t } = useTranslation('questionnaires');
  const set = (index: number, choice: Choice) =>
    onChange(choices.map((c, i) => (i === index ? choice : c)));

  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {errorAt(path) && (
        <Text size="xs" c="red">
          {errorAt(path)}
        </Text>
      )}
      {choices.map((choice, index) => {
        const at = `${path}.${index}`;
        return (
          <Group key={index} gap={4} wrap="nowrap" align="flex-start">
            <TextInput
              id={fieldDomId(`${at}.value`)}
              aria-label={t('editor.choiceValue', { number: index + 1 })}
              placeholder={t('editor.value')}
              value={choice.value}
              onChange={(event) => set(index, { ...choice, value: event.currentTarget.value })}
              error={errorAt(`${at}.value`)}
              readOnly={readOnly}
              size="xs"
              w={120}
              ff="monospace"
              maxLength={60}
            />
            {(['tr', 'en'] as const).map((language) => (
              <TextInput
                key={language}
                id={fieldDomId(`${at}.text.${language}`)}
                aria-label={t('editor.choiceText', {
                  number: index + 1,
                  language: t(`editor.language.${language}`),
                })}
                placeholder={t(`editor.language.${language}`)}
                lang={language}
                value={choice.text[language]}
                onChange={(event) =>
                  set(index, {
                    ...choice,
                    text: { ...choice.text, [language]: event.currentTarget.value },
                  })
                }
                error={errorAt(`${at}.text.${language}`)}
                readOnly={readOnly}
                size="xs"
                style={{ flex: 1 }}
                maxLength={2000}
              />
            ))}
            {!readOnly && (
              <Group gap={0} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={t('editor.moveUp')}
                  disabled={index === 0}
                  onClick={() => onChange(moveItem(choices, index, -1))}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('editor.moveDown')}
                  disabled={index === choices.length - 1}
                  onClick={() => onChange(moveItem(choices, index, 1))}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('editor.deleteChoice', { number: index + 1 })}
                  disabled={choices.length <= min}
                  onClick={() => onChange(choices.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Group>
            )}
          </Group>
        );
      })}
      {!readOnly && (
        <Button
          size="compact-xs"
          variant="subtle"
          w="fit-content"
          onClick={() =>
            onChange([
              ...choices,
              { value: freshChoiceValue(choices, valueBase), text: { tr: '', en: '' } },
            ])
          }
          data-testid={`${testId}-add`}
        >
          {t('editor.addChoice')}
        </Button>
      )}
    </Stack>
  );
}
