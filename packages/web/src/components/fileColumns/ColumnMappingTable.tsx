// The table of a file import's column mapping: per field its name (required ones marked), a
// Select over the file's columns and the first value the chosen column holds.

import { Select, Table, Text } from '@mantine/core';
import { NOT_IMPORTED } from './columnChoices';

export interface MappingRow<Field extends string> {
  field: Field;
  label: string;
  required: boolean;
  /** The chosen column (0-based), or undefined for none. */
  column: number | undefined;
  /** What the third column shows (the chosen column's first value, or a fixed value). */
  example: string;
  error?: string | undefined;
  disabled?: boolean;
  testId: string;
}

export function ColumnMappingTable<Field extends string>({
  rows,
  choices,
  headers,
  onChoose,
  testId,
}: {
  rows: readonly MappingRow<Field>[];
  /** The Select's choices (columnChoices). */
  choices: { value: string; label: string }[];
  headers: { field: string; column: string; example: string };
  onChoose: (field: Field, column: number | undefined) => void;
  testId?: string;
}) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{headers.field}</Table.Th>
            <Table.Th>{headers.column}</Table.Th>
            <Table.Th>{headers.example}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.field}>
              <Table.Td>
                <Text size="sm" fw={row.required ? 600 : 400}>
                  {row.label}
                  {row.required && (
                    <Text span c="red">
                      {' *'}
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td miw={230}>
                <Select
                  aria-label={row.label}
                  data={choices}
                  value={row.column === undefined ? NOT_IMPORTED : String(row.column)}
                  onChange={(value) =>
                    onChoose(
                      row.field,
                      !value || value === NOT_IMPORTED ? undefined : Number(value),
                    )
                  }
                  disabled={row.disabled ?? false}
                  allowDeselect={false}
                  error={row.error}
                  size="xs"
                  data-testid={row.testId}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1} maw={260}>
                  {row.example}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
