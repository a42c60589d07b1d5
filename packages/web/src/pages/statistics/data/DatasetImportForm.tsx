// Imports a dataset: choose the file and its format; a generic table (or one whose headings the
// server did not recognise) goes through the mapping step first, CBP and Eurostat files do not;
// then the upload with its progress bar.

import { Select } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import type { DatasetImportView } from '../types';
import { DatasetMappingStep } from './DatasetMappingStep';
import { FileImportForm } from './FileImportForm';
import { previewDataset, type DatasetPreview } from './previewDataset';
import {
  chooseColumn,
  draftFromSuggestion,
  mappingOptions,
  missingFields,
  type MappingDraft,
} from './statsMappingDraft';

const FORMATS = ['auto', 'cbp', 'eurostat', 'generic'] as const;
type ImportFormat = (typeof FORMATS)[number];

/** Formats whose files may need a mapping: the preview tells. */
const mayNeedMapping = (format: ImportFormat) => format === 'auto' || format === 'generic';

/** True when the server refused the file for its heading row (line or worksheet row 1). */
function headingRefused(error: unknown): boolean {
  return (
    error instanceof ApiError && error.issues.some((issue) => /^(line|row) 1,/.test(issue.path))
  );
}

export function DatasetImportForm({
  slug,
  onImported,
}: {
  slug: string;
  onImported: (result: DatasetImportView) => void;
}) {
  const { t } = useTranslation('statistics');
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [draft, setDraft] = useState<MappingDraft>({});
  const [fixedYear, setFixedYear] = useState<number | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  // The preview of the chosen file; kept while another worksheet of it is read.
  const [shown, setShown] = useState<DatasetPreview | null>(null);
  // The file chosen: an answer about an earlier file is dropped.
  const current = useRef<File | null>(null);
  // A failed preview is not shown: the import itself then says what is wrong with the file.
  const preview = useMutation({
    mutationFn: ({ file, sheet }: { file: File; sheet?: string }) =>
      previewDataset(slug, file, sheet),
    onSuccess: (result, { file }) => {
      if (file !== current.current) return;
      setShown(result);
      setDraft(draftFromSuggestion(result.preview.suggestedMapping));
      setShowMissing(false);
    },
  });
  const read = (file: File, sheet?: string) =>
    preview.mutate(sheet === undefined ? { file } : { file, sheet });

  const mapping =
    shown && shown.preview.format === 'generic' && mayNeedMapping(format) ? shown : undefined;

  const chooseFile = (file: File | null) => {
    current.current = file;
    setShown(null);
    setFixedYear(null);
    if (file && mayNeedMapping(format)) read(file);
  };
  const chooseFormat = (next: ImportFormat) => {
    setFormat(next);
    if (current.current && mayNeedMapping(next) && !shown) read(current.current);
  };

  const options = mapping
    ? { format, ...mappingOptions(draft, fixedYear, mapping.preview.sheet) }
    : { format };

  return (
    <FileImportForm<DatasetImportView>
      slug={slug}
      route="/datasets"
      testIdPrefix="dataset"
      options={options}
      extraFields={
        <Select
          label={t('datasets.format')}
          data={FORMATS.map((value) => ({ value, label: t(`datasets.formats.${value}`) }))}
          value={format}
          onChange={(value) => value && chooseFormat(value as ImportFormat)}
          allowDeselect={false}
          w={200}
          data-testid="dataset-format"
        />
      }
      help={t('datasets.help')}
      onImported={onImported}
      onFileChange={chooseFile}
      onFailed={(error) => {
        // The headings were not recognised after all: offer the mapping step.
        if (!mapping && current.current && headingRefused(error)) {
          setFormat('generic');
          read(current.current);
        }
      }}
      waiting={preview.isPending}
      step={
        mapping
          ? (importFile, importing) => (
              <DatasetMappingStep
                  preview={mapping.preview}
                  partial={mapping.partial}
                  draft={draft}
                  onDraft={(next) => {
                    if (next.year !== undefined) setFixedYear(null);
                    setDraft(next);
                  }}
                  fixedYear={fixedYear}
                  onFixedYear={(year) => {
                    setFixedYear(year);
                    if (year !== null) setDraft(chooseColumn(draft, 'year', undefined));
                  }}
                  onSheet={(sheet) => current.current && read(current.current, sheet)}
                  showMissing={showMissing}
                  onConfirm={() => {
                    if (missingFields(draft, fixedYear).length > 0) setShowMissing(true);
                    else importFile();
                  }}
                  importing={importing}
                />
            )
          : undefined
      }
    />
  );
}
