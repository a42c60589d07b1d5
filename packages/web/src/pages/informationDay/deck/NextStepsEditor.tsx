// The deck's next steps: short lines to add, remove and reorder; an empty list lets the deck
// show its standard next steps.

import { Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../forms/validateForm';
import { moveRow, nextRowKey, type StepRow } from './deckDraft';
import { RowControls } from './RowControls';

/** The most lines, and the longest line (core's deckSettingsSchema). */
const MAX_ROWS = 12;
const MAX_LENGTH = 300;

export function NextStepsEditor({
  rows,
  editable,
  errors,
  onChange,
}: {
  rows: StepRow[];
  editable: boolean;
  /** Messages by path ("nextSteps.2"). */
  errors: FieldErrors;
  onChange: (rows: StepRow[]) => void;
}) {
  const { t } = useTranslation('deck');
  return (
    <Paper withBorder radius="md" p="md" data-testid="deck-steps">
      <Stack gap="sm">
        <div>
          <Title order={3}>{t('steps.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('steps.intro')}
          </Text>
        </div>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="deck-steps-empty">
            {t('steps.empty')}
          </Text>
        )}
        {!editable && rows.length > 0 && (
          <List size="sm" type="ordered">
            {rows.map((row) => (
              <List.Item key={row.key}>{row.text}</List.Item>
            ))}
          </List>
        )}
        {editable &&
          rows.map((row, index) => {
            const number = index + 1;
            return (
              <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  aria-label={t('steps.line', { number })}
                  placeholder={t('steps.line', { number })}
                  value={row.text}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    onChange(rows.map((r, i) => (i === index ? { ...r, text } : r)));
                  }}
                  error={errors[`nextSteps.${index}`]}
                  maxLength={MAX_LENGTH}
                  style={{ flex: 1 }}
                  data-testid={`deck-step-${index}`}
                />
                <div style={{ paddingTop: 6 }}>
                  <RowControls
                    index={index}
                    count={rows.length}
                    labels={{
                      up: t('steps.moveUp', { number }),
                      down: t('steps.moveDown', { number }),
                      remove: t('steps.remove', { number }),
                    }}
                    testId="deck-step"
                    onMove={(offset) => onChange(moveRow(rows, index, offset))}
                    onRemove={() => onChange(rows.filter((_, i) => i !== index))}
                  />
                </div>
              </Group>
            );
          })}
        {editable && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => onChange([...rows, { key: nextRowKey(rows), text: '' }])}
              disabled={rows.length >= MAX_ROWS}
              data-testid="deck-step-add"
            >
              {t('steps.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
