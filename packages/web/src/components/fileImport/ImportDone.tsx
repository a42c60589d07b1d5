// What a file import shows when it is done: what it added, and where to go next.

import { Alert, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function ImportDone({
  title,
  text,
  testId,
  textTestId,
  children,
}: {
  title: string;
  text: string;
  testId?: string | undefined;
  textTestId?: string | undefined;
  /** The buttons. */
  children: ReactNode;
}) {
  return (
    <Alert color="teal" title={title} data-testid={testId}>
      <Stack gap="xs">
        <Text size="sm" data-testid={textTestId}>
          {text}
        </Text>
        <Group gap="sm">{children}</Group>
      </Stack>
    </Alert>
  );
}
