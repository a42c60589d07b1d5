// The first rows of an uploaded file under its headings, each column named by its letter, so an
// analyst mapping the columns of an import sees what each one holds.

import { Table } from '@mantine/core';
import { columnLetter } from '@kume/core';

export function SampleRowsTable({
  headings,
  rows,
}: {
  headings: readonly string[];
  /** Text cells, as many as headings (missing cells show empty). */
  rows: readonly (readonly string[])[];
}) {
  return (
    <Table.ScrollContainer minWidth={Math.max(560, headings.length * 120)}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="xs">
        <Table.Thead>
          <Table.Tr>
            {headings.map((heading, index) => (
              <Table.Th key={index}>
                {columnLetter(index)} · {heading}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, rowIndex) => (
            <Table.Tr key={rowIndex}>
              {headings.map((_, index) => (
                <Table.Td key={index}>{row[index] ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
