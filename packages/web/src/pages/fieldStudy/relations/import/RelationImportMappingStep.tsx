// Step 2 of the relation import: which column feeds each field (suggested from the headings),
// the sheet of a workbook, and the file's first rows.

import { useTranslation } from 'react-i18next';
import {
  RELATION_IMPORT_FIELDS,
  REQUIRED_RELATION_IMPORT_FIELDS,
  type RelationImportMapping,
} from '@kume/core';
import type { RelationImportPreviewView } from '@kume/server';
import { firstValue } from '../../../../components/fileColumns/columnChoices';
import { FileMappingStep } from '../../../../components/fileImport/FileMappingStep';
import { RELATION_IMPORT_WORDS } from './RelationImportFileStep';
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
  return (
    <FileMappingStep
      preview={preview}
      words={RELATION_IMPORT_WORDS}
      onSheet={onSheet}
      rows={RELATION_IMPORT_FIELDS.map((field) => ({
        field,
        label: t(`relations.import.fields.${field}`),
        required: REQUIRED_RELATION_IMPORT_FIELDS.includes(field),
        column: mapping[field],
        example: firstValue(preview.sampleRows, mapping[field]),
        error: missing.includes(field) ? t('relations.import.requiredField') : undefined,
        testId: `relation-map-${field}`,
      }))}
      onChoose={(field, column) => onMapping(withColumn(mapping, field, column))}
      testId="relation-import-mapping"
    />
  );
}
