// The workshop calendar of the deck: rows of title, date and venue to add, remove and reorder
// (the server starts it with the three workshops of the process, without dates).

import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../forms/validateForm';
import { useFormat } from '../../../i18n/format';
import { moveRow, nextRowKey, type CalendarRow } from './deckDraft';
import { RowControls } from './RowControls';

/** The most workshops the calendar holds (core's deckSettingsSchema). */
const MAX_ROWS = 12;

export function WorkshopCalendarEditor({
  rows,
  editable,
  errors,
  onChange,
}: {
  rows: CalendarRow[];
  editable: boolean;
  /** Messages by path ("workshopCalendar.1.title"). */
  errors: FieldErrors;
  onChange: (rows: CalendarRow[]) => void;
}) {
  const { t } = useTranslation('deck');
  const format = useFormat();
  const update = (index: number, patch: Partial<CalendarRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => onChange([...rows, { key: nextRowKey(rows), title: '', date: '', venue: '' }]);
  return (
    <Paper withBorder radius="md" p="md" data-testid="deck-calendar">
      <Stack gap="sm">
        <div>
          <Title order={3}>{t('calendar.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('calendar.intro')}
          </Text>
        </div>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('calendar.empty')}
          </Text>
        )}
        {rows.map((row, index) => {
          const number = index + 1;
          const at = (field: string) => errors[`workshopCalendar.${index}.${field}`];
          if (!editable)
            return (
              <Text key={row.key} size="sm" data-testid={`deck-calendar-row-${index}`}>
                {number}. {row.title}
                {row.date && ` · ${format.date(row.date)}`}
                {row.venue && ` · ${row.venue}`}
              </Text>
            );
          return (
            <Group
              key={row.key}
              align="flex-start"
              gap="xs"
              wrap="wrap"
              data-testid={`deck-calendar-row-${index}`}
            >
              <TextInput
                label={t('calendar.rowTitle')}
                value={row.title}
                onChange={(event) => update(index, { title: event.currentTarget.value })}
                error={at('title')}
                maxLength={200}
                style={{ flex: '2 1 220px' }}
                data-testid={`deck-calendar-title-${index}`}
              />
              <TextInput
                label={t('calendar.date')}
                type="date"
                value={row.date}
                onChange={(event) => update(index, { date: event.currentTarget.value })}
                error={at('date')}
                style={{ flex: '0 1 170px' }}
                data-testid={`deck-calendar-date-${index}`}
              />
              <TextInput
                label={t('calendar.venue')}
                value={row.venue}
                onChange={(event) => update(index, { venue: event.currentTarget.value })}
                error={at('venue')}
                maxLength={200}
                style={{ flex: '2 1 200px' }}
                data-testid={`deck-calendar-venue-${index}`}
              />
              <div style={{ paddingTop: 30 }}>
                <RowControls
                  index={index}
                  count={rows.length}
                  labels={{
                    up: t('calendar.moveUp', { number }),
                    down: t('calendar.moveDown', { number }),
                    remove: t('calendar.remove', { number }),
                  }}
                  testId="deck-calendar"
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
              onClick={add}
              disabled={rows.length >= MAX_ROWS}
              data-testid="deck-calendar-add"
            >
              {t('calendar.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
