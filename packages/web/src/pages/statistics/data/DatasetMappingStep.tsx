// The mapping step of a dataset import: which column of the file holds each field (suggested
// from the headings), a fixed year for a file without a year column, the worksheet, and the
// file's first rows; then the import.

import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatasetPreviewView } from '@kume/server';
import { columnChoices, firstValue } from '../../../components/fileColumns/columnChoices';
import { ColumnMappingTable } from '../../../components/fileColumns/ColumnMappingTable';
import { SampleRowsTable } from '../../../components/fileColumns/SampleRowsTable';
import {
  chooseColumn,
  MAPPING_FIELDS,
  missingFields,
  requiredFields,
  type MappingDraft,
} from './statsMappingDraft';

export function DatasetMappingStep({
  preview,
  partial,
  draft,
  onDraft,
  fixedYear,
  onFixedYear,
  onSheet,
  showMissing,
  onConfirm,
  importing,
}: {
  preview: DatasetPreviewView;
  /** Only the file's beginning was read: the row count is an estimate. */
  partial: boolean;
  draft: MappingDraft;
  onDraft: (draft: MappingDraft) => void;
  fixedYear: number | null;
  onFixedYear: (year: number | null) => void;
  onSheet: (sheet: string) => void;
  /** Mark required fields left without a column (after the analyst tried to import). */
  showMissing: boolean;
  onConfirm: () => void;
  importing: boolean;
}) {
  const { t } = useTranslation('statistics');
  const required = requiredFields(fixedYear);
  const missing = showMissing ? missingFields(draft, fixedYear) : [];
  const columns = columnChoices(preview.headings, {
    notImported: t('datasets.mapping.notImported'),
    noHeading: t('datasets.mapping.noHeading'),
  });
  const rows = preview.rowCountEstimate;

  return (
    <Stack gap="sm" data-testid="dataset-mapping">
      <Title order={5}>{t('datasets.mapping.title')}</Title>
      <Text size="sm">
        {rows === undefined
          ? t('datasets.mapping.intro', { file: preview.fileName })
          : t(partial ? 'datasets.mapping.introAbout' : 'datasets.mapping.introRows', {
              file: preview.fileName,
              count: rows,
            })}
      </Text>
      {!preview.headingsRecognised && (
        <Alert color="blue" variant="light" data-testid="dataset-map-unrecognised">
          {t('datasets.mapping.unrecognised')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {preview.sheets && preview.sheets.length > 1 && (
          <Select
            label={t('datasets.mapping.sheet')}
            data={preview.sheets}
            value={preview.sheet ?? null}
            onChange={(sheet) => sheet && onSheet(sheet)}
            allowDeselect={false}
            data-testid="dataset-map-sheet"
          />
        )}
        <NumberInput
          label={t('datasets.mapping.fixedYear')}
          description={t('datasets.mapping.fixedYearHelp')}
          value={fixedYear ?? ''}
          onChange={(value) => onFixedYear(typeof value === 'number' ? value : null)}
          min={1900}
          max={2100}
          allowDecimal={false}
          allowNegative={false}
          data-testid="dataset-map-year"
        />
      </SimpleGrid>
      <ColumnMappingTable
        rows={MAPPING_FIELDS.map((field) => {
          const yearFixed = field === 'year' && fixedYear !== null;
          return {
            field,
            label: t(`datasets.mapping.fields.${field}`),
            required: required.includes(field),
            column: yearFixed ? undefined : draft[field],
            example: yearFixed ? String(fixedYear) : firstValue(preview.sampleRows, draft[field]),
            error: missing.includes(field) ? t('datasets.mapping.required') : undefined,
            disabled: yearFixed,
            // `dataset-map-year` is the fixed year's input.
            testId: `dataset-map-${field === 'year' ? 'year-column' : field}`,
          };
        })}
        choices={columns}
        headers={{
          field: t('datasets.mapping.field'),
          column: t('datasets.mapping.column'),
          example: t('datasets.mapping.example'),
        }}
        onChoose={(field, column) => onDraft(chooseColumn(draft, field, column))}
      />
      <Title order={6}>{t('datasets.mapping.firstRows')}</Title>
      <SampleRowsTable headings={preview.headings} rows={preview.sampleRows} />
      <Group justify="space-between">
        <Text size="xs" c={missing.length > 0 ? 'red' : 'dimmed'}>
          {missing.length > 0
            ? t('datasets.mapping.missing', {
                fields: missing.map((field) => t(`datasets.mapping.fields.${field}`)).join(', '),
              })
            : t('datasets.mapping.allOrNothing')}
        </Text>
        <Button onClick={onConfirm} loading={importing} data-testid="dataset-map-confirm">
          {t('datasets.mapping.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
