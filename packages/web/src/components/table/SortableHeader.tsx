// A table heading that sorts the list by its column: click to sort, click again to reverse.

import { Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SortDirection } from './useListState';

export function SortableHeader<Sort extends string>({
  column,
  sort,
  dir,
  onSort,
  firstDir = 'asc',
  children,
}: {
  column: Sort;
  sort: Sort | undefined;
  dir: SortDirection;
  onSort: (column: Sort, firstDir: SortDirection) => void;
  /** The direction of the first click: descending suits scores and dates. */
  firstDir?: SortDirection;
  children: ReactNode;
}) {
  const active = sort === column;
  return (
    <Table.Th aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(column, firstDir)}
        data-testid={`sort-${column}`}
        style={{ position: 'relative' }}
      >
        <Text fw={700} size="sm" span>
          {children}
        </Text>
        {/* In the cell's padding, so the arrows of many columns do not widen the table. */}
        <Text
          span
          aria-hidden
          c={active ? undefined : 'dimmed'}
          style={{
            position: 'absolute',
            right: -10,
            top: '50%',
            transform: 'translateY(-50%)',
            fontSize: 9,
          }}
        >
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </Text>
      </UnstyledButton>
    </Table.Th>
  );
}
