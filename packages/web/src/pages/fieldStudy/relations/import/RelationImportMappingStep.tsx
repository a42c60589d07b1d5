// Step 2 of the relation import: which column feeds each field (suggested from the headings),
// the sheet of a workbook, and the file's first rows.

import { Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  RELATION_IMPORT_FIELDS,
  REQUIRED_RELATION_IMPORT_FIELDS,
  type RelationImportMapping,
} from '@kume/core';
import type { RelationImportPreviewView } from '@kume/server';
import { columnChoices, firstValue } from '../../../../components/fileColumns/columnChoices';
import { ColumnMappingTable } from '../../../../components/fileColumns/ColumnMappingTable';
import { SampleRowsTable } from '../../../../components/fileColumns/SampleRowsTable';
import { missingRelationFields, withColumn } from './relationImportSteps';

export function RelationImportMappingStep({
  preview,
  mapping,
  onMapping,
  onSheet,
  showMissing,
}: {
  preview: RelationImportPreviewView;
  mapping: RelationImportMapping;
  onMapping: (mapping: RelationImportMapping) => void;
  onSheet: (sheet: string) => void;
  /** Mark required fields left unmapped (after the user tried to go on). */
  showMissing: boolean;
}) {
  const { t } = useTranslation('fieldwork');
  const missing = showMissing ? missingRelationFields(mapping) : [];
  const columns = columnChoices(preview.headings, {
    notImported: t('relations.import.notImported'),
    noHeading: t('relations.import.noHeading'),
  });
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('relations.import.mappingIntro', { file: preview.fileName, count: preview.rowCount })}
      </Text>
      {preview.sheets.length > 1 && (
        <Select
          label={t('relations.import.sheet')}
          data={preview.sheets}
          value={preview.sheet}
          onChange={(sheet) => sheet && onSheet(sheet)}
          allowDeselect={false}
          maw={320}
        />
      )}
      <ColumnMappingTable
        rows={RELATION_IMPORT_FIELDS.map((field) => ({
          field,
          label: t(`relations.import.fields.${field}`),
          required: REQUIRED_RELATION_IMPORT_FIELDS.includes(field),
          column: mapping[field],
          example: firstValue(preview.sampleRows, mapping[field]),
          error: missing.includes(field) ? t('relations.import.requiredField') : undefined,
          testId: `relation-map-${field}`,
        }))}
        choices={columns}
        headers={{
          field: t('relations.import.field'),
          column: t('relations.import.column'),
          example: t('relations.import.example'),
        }}
        onChoose={(field, column) => onMapping(withColumn(mapping, field, column))}
        testId="relation-import-mapping"
      />
      <Title order={5}>{t('relations.import.firstRows')}</Title>
      <SampleRowsTable headings={preview.headings} rows={preview.sampleRows} />
    </Stack>
  );
}
