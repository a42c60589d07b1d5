// The value-chain editor's save bar: saved or unsaved, Save and Discard, and the problems that
// stop a save, each with the field it is in.

import { Alert, Badge, Button, Group, List, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ChainIssue } from './chainIssues';

export function ChainSaveBar({
  dirty,
  fromTemplate,
  canSave,
  saving,
  issues,
  error,
  onSave,
  onDiscard,
}: {
  dirty: boolean;
  /** The chain shown is the sector's template: the project has no chain of its own yet. */
  fromTemplate: boolean;
  /** Save is offered: there are edits, or the project has no chain of its own yet. */
  canSave: boolean;
  saving: boolean;
  /** Problems to fix, from core's schema or the server's answer. */
  issues: readonly ChainIssue[];
  /** A failed save that is not about a field (network, permission). */
  error: unknown;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('valueChain');
  return (
    <Paper withBorder p="xs" style={{ position: 'sticky', top: 60, zIndex: 5 }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Badge
            color={dirty ? 'orange' : fromTemplate ? 'gray' : 'teal'}
            variant="light"
            data-testid="vc-save-state"
            data-dirty={dirty}
          >
            {dirty ? t('save.unsaved') : fromTemplate ? t('save.template') : t('save.saved')}
          </Badge>
          <Group gap="xs">
            <Button size="xs" variant="default" disabled={!dirty || saving} onClick={onDiscard}>
              {t('save.discard')}
            </Button>
            <Button
              size="xs"
              onClick={onSave}
              loading={saving}
              disabled={!canSave}
              data-testid="vc-save"
            >
              {t('common:action.save')}
            </Button>
          </Group>
        </Group>
        {issues.length > 0 && (
          <Alert color="red" title={t('save.problems')} role="alert" data-testid="vc-issues">
            <List size="sm">
              {issues.slice(0, 20).map((issue, i) => (
                <List.Item key={i}>
                  {issue.place}: {issue.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {Boolean(error) && <ErrorAlert error={error} title={t('save.failed')} />}
      </Stack>
    </Paper>
  );
}
