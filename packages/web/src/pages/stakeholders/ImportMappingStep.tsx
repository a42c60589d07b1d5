// Step 2 of the import: which column of the file feeds each field (suggested from the headings),
// the type for rows without one, the sheet, and the file's first rows.

import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  ORGANISATION_TYPES,
  type ColumnMapping,
  type ImportField,
  type OrganisationType,
} from '@kume/core';
import type { ImportPreviewView } from '@kume/server';
import { columnChoices, firstValue } from '../../components/fileColumns/columnChoices';
import { ColumnMappingTable } from '../../components/fileColumns/ColumnMappingTable';
import { SampleRowsTable } from '../../components/fileColumns/SampleRowsTable';

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
  const columns = columnChoices(preview.headings, {
    notImported: t('import.notImported'),
    noHeading: t('import.noHeading'),
  });

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
      <ColumnMappingTable
        rows={IMPORT_FIELDS.map((field) => ({
          field,
          label: t(`importField.${field}`),
          required: field === 'name' || (field === 'type' && !defaultType),
          column: mapping[field],
          example: firstValue(preview.sampleRows, mapping[field]),
          error: missing.includes(field) ? t('import.requiredField') : undefined,
          testId: `map-${field}`,
        }))}
        choices={columns}
        headers={{
          field: t('import.field'),
          column: t('import.column'),
          example: t('import.example'),
        }}
        onChoose={(field, column) => {
          const next = { ...mapping };
          if (column === undefined) delete next[field];
          else next[field] = column;
          onMapping(next);
        }}
        testId="import-mapping"
      />
      <Title order={5}>{t('import.firstRows')}</Title>
      <SampleRowsTable headings={preview.headings} rows={preview.sampleRows} />
    </Stack>
  );
}
