// Repeatable follow-up rows of the visit form: what, by when, and who.

import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '@kume/server';
import type { FieldErrors } from '../../forms/validateForm';
import { addDays, type FollowUpFormValues } from './visitFormValues';

/** Days from the visit to a new follow-up's default due date. */
const DEFAULT_DUE_DAYS = 14;

export function FollowUpRows({
  rows,
  onChange,
  members,
  visitedOn,
  errors,
}: {
  rows: FollowUpFormValues[];
  onChange: (rows: FollowUpFormValues[]) => void;
  members: MemberView[];
  visitedOn: string;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('stakeholders');
  const update = (index: number, change: Partial<FollowUpFormValues>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const add = () =>
    onChange([
      ...rows,
      {
        key: Math.max(0, ...rows.map((row) => row.key)) + 1,
        description: '',
        dueOn: addDays(visitedOn, DEFAULT_DUE_DAYS),
        assigneeUserId: null,
      },
    ]);
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('followUps.title')}
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('visitForm.noFollowUps')}
        </Text>
      )}
      {rows.map((row, index) => (
        <Paper key={row.key} withBorder p="xs" radius="md" data-testid="follow-up-row">
          <Group align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              label={t('followUps.description')}
              value={row.description}
              onChange={(event) => update(index, { description: event.currentTarget.value })}
              error={errors[`followUps.${index}.description`]}
              style={{ flex: '3 1 240px' }}
              withAsterisk
            />
            <TextInput
              label={t('followUps.dueOn')}
              type="date"
              value={row.dueOn}
              onChange={(event) => update(index, { dueOn: event.currentTarget.value })}
              error={errors[`followUps.${index}.dueOn`]}
              style={{ flex: '1 1 150px' }}
              withAsterisk
            />
            <Select
              label={t('followUps.assignee')}
              data={members.map((m) => ({ value: m.userId, label: m.name }))}
              value={row.assigneeUserId}
              onChange={(value) => update(index, { assigneeUserId: value })}
              clearable
              searchable
              style={{ flex: '1 1 180px' }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              aria-label={t('visitForm.removeFollowUp')}
              title={t('visitForm.removeFollowUp')}
            >
              ✕
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={add} data-testid="add-follow-up-row">
          {t('visitForm.addFollowUp')}
        </Button>
      </Group>
    </Stack>
  );
}
