// Move up, move down and remove buttons for a row of an editable list, each with its own label
// for screen readers and a test id made of `testId` and the row's index.

import { ActionIcon, Group } from '@mantine/core';

export function RowControls({
  index,
  count,
  labels,
  testId,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  labels: { up: string; down: string; remove: string };
  /** The list's test id prefix: `${testId}-up-${index}`, `-down-`, `-remove-`. */
  testId: string;
  onMove: (offset: number) => void;
  onRemove: () => void;
}) {
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        size="sm"
        disabled={index === 0}
        onClick={() => onMove(-1)}
        aria-label={labels.up}
        title={labels.up}
        data-testid={`${testId}-up-${index}`}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        size="sm"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={labels.down}
        title={labels.down}
        data-testid={`${testId}-down-${index}`}
      >
        ↓
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        size="sm"
        onClick={onRemove}
        aria-label={labels.remove}
        title={labels.remove}
        data-testid={`${testId}-remove-${index}`}
      >
        ✕
      </ActionIcon>
    </Group>
  );
}
