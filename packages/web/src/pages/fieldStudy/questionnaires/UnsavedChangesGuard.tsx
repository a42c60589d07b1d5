// Asks before leaving the editor with unsaved changes: a modal for navigation inside the app,
// the browser's own question for closing or reloading the tab.

import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/** `text` says what would be lost (by default: changes to the questions). */
export function UnsavedChangesGuard({ dirty, text }: { dirty: boolean; text?: string }) {
  const { t } = useTranslation('questionnaires');
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('unsaved.title')}
      size="sm"
    >
      <Text size="sm">{text ?? t('unsaved.text')}</Text>
      <Group justify="flex-end" gap="sm" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {t('unsaved.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()} data-testid="leave-unsaved">
          {t('unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
