// A titled table of a file import's check (the errors, the rows ready to import), with an
// optional note under the title, e.g. that the list is cut.

import { Table, Text, Title } from '@mantine/core';
import type { Key, ReactNode } from 'react';

export interface ImportTableRow {
  key: Key;
  cells: ReactNode[];
}

export function ImportTable({
  title,
  note,
  headers,
  rows,
  minWidth,
  testId,
  rowTestId,
}: {
  title: string;
  note?: string | null;
  headers: string[];
  rows: ImportTableRow[];
  /** Below this width (px) the table scrolls sideways. */
  minWidth: number;
  testId?: string | undefined;
  rowTestId?: string | undefined;
}) {
  return (
    <>
      <Title order={5}>{title}</Title>
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped verticalSpacing={6} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, index) => (
                <Table.Th key={index}>{header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid={rowTestId}>
                {row.cells.map((cell, index) => (
                  <Table.Td key={index}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
