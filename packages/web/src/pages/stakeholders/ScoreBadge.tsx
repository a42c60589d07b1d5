// A 1-5 score (willingness or influence) as a small coloured badge; a dash when not assessed.

import { Badge, Text } from '@mantine/core';

const colours = ['red', 'orange', 'yellow', 'lime', 'teal'] as const;

export function ScoreBadge({ score, label }: { score: number | null; label?: string }) {
  if (score === null)
    return (
      <Text span c="dimmed" size="sm">
        –
      </Text>
    );
  return (
    <Badge
      color={colours[Math.min(Math.max(score, 1), 5) - 1]}
      variant="light"
      radius="sm"
      aria-label={label ? `${label}: ${score}` : undefined}
    >
      {score}
    </Badge>
  );
}
