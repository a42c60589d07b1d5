// The deck page's save bar: saved or unsaved, Save and Discard, and the problems that stop a
// save, each with the place on the page it is in.

import { Alert, Badge, Button, Group, List, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { FieldErrors } from '../../../forms/validateForm';
import { deckIssuePlace } from './deckIssuePlace';

export function DeckSaveBar({
  dirty,
  saving,
  problems,
  error,
  onSave,
  onDiscard,
}: {
  dirty: boolean;
  saving: boolean;
  /** Messages by path, from core's schema or the server's answer. */
  problems: FieldErrors;
  /** A failed save that names no field (network, permission). */
  error: unknown;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('deck');
  const listed = Object.entries(problems).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return (
    <Paper withBorder p="xs" style={{ position: 'sticky', top: 60, zIndex: 5 }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Badge
            color={dirty ? 'orange' : 'teal'}
            variant="light"
            data-testid="deck-save-state"
            data-dirty={dirty}
          >
            {dirty ? t('save.unsaved') : t('save.saved')}
          </Badge>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={!dirty || saving}
              onClick={onDiscard}
              data-testid="deck-discard"
            >
              {t('save.discard')}
            </Button>
            <Button
              size="xs"
              onClick={onSave}
              loading={saving}
              disabled={!dirty}
              data-testid="deck-save"
            >
              {t('common:action.save')}
            </Button>
          </Group>
        </Group>
        {listed.length > 0 && (
          <Alert color="red" title={t('save.problems')} role="alert" data-testid="deck-issues">
            <List size="sm">
              {listed.map(([path, message]) => {
                const place = deckIssuePlace(path);
                return (
                  <List.Item key={path}>
                    {t(place.key, place.values)}: {message}
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}
        {Boolean(error) && <ErrorAlert error={error} title={t('save.failed')} />}
      </Stack>
    </Paper>
  );
}
