// A button for an action that cannot be undone: it asks first, in a small modal.

import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  loading,
  testId,
  ...buttonProps
}: ButtonProps & {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  /** Runs the action; the modal closes when it resolves. */
  onConfirm: () => Promise<unknown> | void;
  loading?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="red" variant="light" onClick={open} data-testid={testId} {...buttonProps}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} size="sm">
        <Stack gap="md">
          <Text size="sm">{message}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button
              color="red"
              loading={loading}
              data-testid={testId ? `${testId}-confirm` : undefined}
              onClick={() => {
                void Promise.resolve(onConfirm())
                  .then(close)
                  .catch(() => undefined);
              }}
            >
              {confirmLabel ?? t('action.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
