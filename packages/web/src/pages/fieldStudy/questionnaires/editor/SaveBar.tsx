// The editor's save bar: "all changes saved" or "unsaved changes", Save and Discard, and the
// server's answer when a save is refused.

import { Badge, Button, Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';

export function SaveBar({
  dirty,
  saving,
  error,
  onSave,
  onDiscard,
}: {
  dirty: boolean;
  saving: boolean;
  error: unknown;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('questionnaires');
  return (
    <Paper
      withBorder
      p="xs"
      style={{ position: 'sticky', top: 60, zIndex: 5 }}
      data-testid="save-bar"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Badge
            color={dirty ? 'orange' : 'teal'}
            variant="light"
            data-testid="save-state"
            data-dirty={dirty}
          >
            {dirty ? t('editor.unsaved') : t('editor.saved')}
          </Badge>
          <Group gap="xs">
            <Button size="xs" variant="default" disabled={!dirty || saving} onClick={onDiscard}>
              {t('editor.discard')}
            </Button>
            <Button
              size="xs"
              onClick={onSave}
              loading={saving}
              disabled={!dirty}
              data-testid="save-questionnaire"
            >
              {t('common:action.save')}
            </Button>
          </Group>
        </Group>
        {Boolean(error) && <ErrorAlert error={error} title={t('editor.saveFailed')} />}
      </Stack>
    </Paper>
  );
}
