// Step 2 of the import: which column of the file feeds each field (suggested from the headings),
// the type for rows without one, the sheet, and the file's first rows.

import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  ORGANISATION_TYPES,
  type ColumnMapping,
  type ImportField,
  type OrganisationType,
} from '@kume/core';
import type { ImportPreviewView } from '@kume/server';
import { firstValue } from '../../components/fileColumns/columnChoices';
import { FileMappingStep } from '../../components/fileImport/FileMappingStep';
import { IMPORT_WORDS } from './ImportFileStep';

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

  return (
    <FileMappingStep
      preview={preview}
      words={IMPORT_WORDS}
      onSheet={onSheet}
      settings={
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
      }
      rows={IMPORT_FIELDS.map((field) => ({
        field,
        label: t(`importField.${field}`),
        required: field === 'name' || (field === 'type' && !defaultType),
        column: mapping[field],
        example: firstValue(preview.sampleRows, mapping[field]),
        error: missing.includes(field) ? t('import.requiredField') : undefined,
        testId: `map-${field}`,
      }))}
      onChoose={(field, column) => {
        const next = { ...mapping };
        if (column === undefined) delete next[field];
        else next[field] = column;
        onMapping(next);
      }}
      testId="import-mapping"
    />
  );
}
