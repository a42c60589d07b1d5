// One figure of the project dashboard, linking to the screen where it comes from.

import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function SummaryCard({
  label,
  value,
  hint,
  to,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  to: string;
  testId?: string;
}) {
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      h="100%"
      component={Link}
      to={to}
      data-testid={testId}
    >
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lineClamp={2}>
        {label}
      </Text>
      <Text component="div" fz={26} fw={700} lh={1.3} mt={4}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}
