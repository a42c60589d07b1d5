// What a list shows when it has nothing yet: what this is for and what to do next.

import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  description,
  action,
  icon = '○',
}: {
  title: string;
  description?: string;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      <Stack align="center" gap="xs">
        <ThemeIcon size="xl" radius="xl" variant="light">
          {icon}
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {description && (
          <Text c="dimmed" ta="center" maw={520} size="sm">
            {description}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
