// The event's agenda as editable rows (time, title, speaker): add, remove and move up or down.

import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../forms/validateForm';
import { agendaRow, moveRow, type AgendaRow } from './eventFormValues';

/** The most rows core accepts. */
const MAX_ROWS = 50;

export function AgendaEditor({
  rows,
  onChange,
  errors,
  readOnly,
  startTime,
}: {
  rows: readonly AgendaRow[];
  onChange: (rows: AgendaRow[]) => void;
  /** The form's messages; a row's are at `agenda.N.field`. */
  errors: FieldErrors;
  readOnly: boolean;
  /** The event's start: the first row's time, each next row starts at the one before. */
  startTime: string;
}) {
  const { t } = useTranslation('informationDay');
  const set = (index: number, change: Partial<AgendaRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <Stack gap="xs" data-testid="agenda-editor">
      <Text size="sm" fw={500}>
        {t('form.agenda')}
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.agendaEmpty')}
        </Text>
      )}
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-start" wrap="wrap" data-testid="agenda-row">
          <TextInput
            type="time"
            aria-label={t('form.agendaTime', { number: index + 1 })}
            value={row.time}
            onChange={(event) => set(index, { time: event.currentTarget.value })}
            error={errors[`agenda.${index}.time`]}
            w={136}
          />
          <TextInput
            aria-label={t('form.agendaTitle', { number: index + 1 })}
            placeholder={t('form.agendaTitlePlaceholder')}
            value={row.title}
            maxLength={200}
            onChange={(event) => set(index, { title: event.currentTarget.value })}
            error={errors[`agenda.${index}.title`]}
            style={{ flex: '2 1 200px' }}
          />
          <TextInput
            aria-label={t('form.agendaSpeaker', { number: index + 1 })}
            placeholder={t('form.agendaSpeakerPlaceholder')}
            value={row.speaker}
            maxLength={200}
            onChange={(event) => set(index, { speaker: event.currentTarget.value })}
            error={errors[`agenda.${index}.speaker`]}
            style={{ flex: '1 1 160px' }}
          />
          {!readOnly && (
            <Group gap={2} wrap="nowrap" pt={4}>
              <ActionIcon
                variant="subtle"
                disabled={index === 0}
                onClick={() => onChange(moveRow(rows, index, index - 1))}
                aria-label={t('form.agendaUp', { number: index + 1 })}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                disabled={index === rows.length - 1}
                onClick={() => onChange(moveRow(rows, index, index + 1))}
                aria-label={t('form.agendaDown', { number: index + 1 })}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                aria-label={t('form.agendaRemove', { number: index + 1 })}
              >
                ✕
              </ActionIcon>
            </Group>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={rows.length >= MAX_ROWS}
            onClick={() => onChange([...rows, agendaRow(rows.at(-1)?.time ?? startTime)])}
            data-testid="agenda-add"
          >
            {t('form.agendaAdd')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
