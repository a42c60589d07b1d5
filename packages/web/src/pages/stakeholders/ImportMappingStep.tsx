// Step 2 of the import: which column of the file feeds each field (suggested from the headings),
// the type for rows without one, the sheet, and the file's first rows.

import { Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  columnLetter,
  IMPORT_FIELDS,
  ORGANISATION_TYPES,
  type ColumnMapping,
  type ImportField,
  type OrganisationType,
} from '@kume/core';
import type { ImportPreviewView } from '@kume/server';

const NOT_IMPORTED = 'none';

/** The fields without which no row can be imported (type only when no default type is set). */
export function missingRequired(mapping: ColumnMapping, defaultType: OrganisationType | null) {
  const missing: ImportField[] = [];
  if (mapping.name === undefined) missing.push('name');
  if (mapping.type === undefined && !defaultType) missing.push('type');
  return missing;
}

export function ImportMappingStep({
  preview,
  mapping,
  onMapping,
  defaultType,
  onDefaultType,
  onSheet,
  showMissing,
}: {
  preview: ImportPreviewView;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  defaultType: OrganisationType | null;
  onDefaultType: (type: OrganisationType | null) => void;
  onSheet: (sheet: string) => void;
  /** Mark required fields left unmapped (after the user tried to go on). */
  showMissing: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  const missing = showMissing ? missingRequired(mapping, defaultType) : [];
  const columns = [
    { value: NOT_IMPORTED, label: t('import.notImported') },
    ...preview.headings.map((heading, index) => ({
      value: String(index),
      label: `${columnLetter(index)} · ${heading || t('import.noHeading')}`,
    })),
  ];
  const example = (index: number | undefined) =>
    index === undefined
      ? ''
      : (preview.sampleRows.map((row) => row[index] ?? '').find((cell) => cell.trim() !== '') ??
        '');

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('import.mappingIntro', { file: preview.fileName, count: preview.rowCount })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {preview.sheets.length > 1 && (
          <Select
            label={t('import.sheet')}
            data={preview.sheets}
            value={preview.sheet}
            onChange={(sheet) => sheet && onSheet(sheet)}
            allowDeselect={false}
          />
        )}
        <Select<OrganisationType>
          label={t('import.defaultType')}
          description={t('import.defaultTypeHelp')}
          placeholder={t('import.noDefaultType')}
          data={ORGANISATION_TYPES.map((type) => ({
            value: type,
            label: t(`common:organisationType.${type}`),
          }))}
          value={defaultType}
          onChange={onDefaultType}
          clearable
        />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} data-testid="import-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.field')}</Table.Th>
              <Table.Th>{t('import.column')}</Table.Th>
              <Table.Th>{t('import.example')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {IMPORT_FIELDS.map((field) => {
              const required = field === 'name' || (field === 'type' && !defaultType);
              const index = mapping[field];
              return (
                <Table.Tr key={field}>
                  <Table.Td>
                    <Text size="sm" fw={required ? 600 : 400}>
                      {t(`importField.${field}`)}
                      {required && (
                        <Text span c="red">
                          {' *'}
                        </Text>
                      )}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={220}>
                    <Select
                      aria-label={t(`importField.${field}`)}
                      data={columns}
                      value={index === undefined ? NOT_IMPORTED : String(index)}
                      onChange={(value) => {
                        const next = { ...mapping };
                        if (!value || value === NOT_IMPORTED) delete next[field];
                        else next[field] = Number(value);
                        onMapping(next);
                      }}
                      allowDeselect={false}
                      error={missing.includes(field) ? t('import.requiredField') : undefined}
                      data-testid={`map-${field}`}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} maw={260}>
                      {example(index)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={5}>{t('import.firstRows')}</Title>
      <Table.ScrollContainer minWidth={Math.max(560, preview.headings.length * 120)}>
        <Table withTableBorder withColumnBorders verticalSpacing={4} fz="xs">
          <Table.Thead>
            <Table.Tr>
              {preview.headings.map((heading, index) => (
                <Table.Th key={index}>
                  {columnLetter(index)} · {heading}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {preview.headings.map((_, index) => (
                  <Table.Td key={index}>{row[index] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
