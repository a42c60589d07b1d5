// A case's highlights or lessons: rows of a Turkish and an English line side by side, each row
// written in at least one language; add (at most 8) and remove.

import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../forms/validateForm';
import { nextRowKey } from './deckDraft';
import { MAX_LINES, type LineList, type LineRow } from './caseDraft';

export function CaseLinesField({
  list,
  rows,
  readOnly,
  errors,
  onChange,
}: {
  list: LineList;
  rows: LineRow[];
  readOnly: boolean;
  /** Messages by path ("highlights.1", "highlights.1.en"). */
  errors: FieldErrors;
  onChange: (rows: LineRow[]) => void;
}) {
  const { t } = useTranslation('deck');
  const name = t(`form.${list}`);
  const update = (index: number, lang: 'tr' | 'en', value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [lang]: value } : row)));
  return (
    <Stack gap={6} data-testid={`case-${list}`}>
      <div>
        <Text size="sm" fw={500}>
          {name}
        </Text>
        {!readOnly && (
          <Text size="xs" c="dimmed">
            {t('form.linesHint', { max: MAX_LINES })}
          </Text>
        )}
      </div>
      {errors[list] && (
        <Text c="red" size="xs" role="alert">
          {errors[list]}
        </Text>
      )}
      {rows.map((row, index) => {
        const number = index + 1;
        const rowError = errors[`${list}.${index}`];
        return (
          <Stack key={row.key} gap={2}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
                {(['tr', 'en'] as const).map((lang) => (
                  <Textarea
                    key={lang}
                    autosize
                    minRows={1}
                    maxRows={6}
                    aria-label={`${name} ${number} (${t(lang === 'tr' ? 'form.turkish' : 'form.english')})`}
                    placeholder={t(lang === 'tr' ? 'form.turkish' : 'form.english')}
                    value={row[lang]}
                    onChange={(event) => update(index, lang, event.currentTarget.value)}
                    error={errors[`${list}.${index}.${lang}`] ?? Boolean(rowError)}
                    readOnly={readOnly}
                    maxLength={2000}
                    data-testid={`case-${list}-${index}-${lang}`}
                  />
                ))}
              </SimpleGrid>
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={6}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  aria-label={t('form.removeLine', { number })}
                  title={t('form.removeLine', { number })}
                  data-testid={`case-${list}-remove-${index}`}
                >
                  ✕
                </ActionIcon>
              )}
            </Group>
            {rowError && (
              <Text c="red" size="xs" role="alert">
                {rowError}
              </Text>
            )}
          </Stack>
        );
      })}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={rows.length >= MAX_LINES}
            onClick={() => onChange([...rows, { key: nextRowKey(rows), tr: '', en: '' }])}
            data-testid={`case-${list}-add`}
          >
            {t('form.addLine')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
