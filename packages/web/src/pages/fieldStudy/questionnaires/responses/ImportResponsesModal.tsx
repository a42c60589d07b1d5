// "Import responses": upload a CSV or XLSX from another survey tool, map its columns to the
// questions, check every row (dry run), then import all rows or none; errors by row and column.

import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localText } from '@kume/core';
import { ApiError } from '../../../../api/client';
import { usePhone } from '../../../stakeholders/usePhone';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { ColumnMappingTable } from '../../../../components/fileColumns/ColumnMappingTable';
import { columnChoices, firstValue } from '../../../../components/fileColumns/columnChoices';
import { SampleRowsTable } from '../../../../components/fileColumns/SampleRowsTable';
import { fileProblem } from '../../../../components/fileImport/fileProblem';
import type { QuestionnaireView } from '../../types';
import { useQuestionnaireMutation } from '../questionnaireQueries';
import {
  indexMapping,
  ORGANISATION_KEY,
  previewResponseImport,
  RESPONDENT_KEY,
  runResponseImport,
  type IndexMapping,
  type ResponseImportPreview,
  type ResponseImportResult,
} from './responseImport';

export function ImportResponsesModal({
  slug,
  questionnaire,
  onClose,
}: {
  slug: string;
  questionnaire: QuestionnaireView;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const phone = usePhone();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ResponseImportPreview | null>(null);
  const [mapping, setMapping] = useState<IndexMapping>({});
  const [check, setCheck] = useState<ResponseImportResult | null>(null);
  const [done, setDone] = useState<ResponseImportResult | null>(null);
  const id = questionnaire.id;

  const read = useMutation({
    mutationFn: ({ chosen, sheet }: { chosen: File; sheet: string | null }) =>
      previewResponseImport(slug, id, chosen, sheet),
    onSuccess: (result) => {
      setPreview(result);
      setMapping(indexMapping(result.suggestedMapping, result.headings));
      setCheck(null);
    },
  });
  const options = (dryRun: boolean) => ({ mapping, sheet: preview?.sheet ?? null, dryRun });
  const dryRun = useMutation({
    mutationFn: (chosen: File) => runResponseImport(slug, id, chosen, options(true)),
    onSuccess: setCheck,
  });
  const save = useQuestionnaireMutation(
    slug,
    (chosen: File) => runResponseImport(slug, id, chosen, options(false)),
    { success: (result) => t('import.done', { count: result.imported }), onSuccess: setDone },
  );
  const error = save.error ?? dryRun.error ?? read.error;
  const rowErrors =
    error instanceof ApiError && error.code === 'import_invalid' ? error.issues : [];
  const problem = file ? fileProblem(file) : null;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setCheck(null);
    read.reset();
    dryRun.reset();
    save.reset();
    if (chosen && !fileProblem(chosen)) read.mutate({ chosen, sheet: null });
  };
  const setColumn = (key: string, column: number | undefined) => {
    setCheck(null);
    dryRun.reset();
    setMapping({ ...mapping, [key]: column });
  };

  const rows = preview
    ? [
        { key: ORGANISATION_KEY, label: t('import.organisationColumn') },
        { key: RESPONDENT_KEY, label: t('import.respondentColumn') },
        ...preview.targets.map((target) => {
          const row = target.row
            ? questionnaire.definition.pages
                .flatMap((page) => page.questions)
                .find((q) => q.id === target.questionId)
                ?.matrix?.rows.find((r) => r.value === target.row)
            : undefined;
          const title = localText(target.title, i18n.language);
          return {
            key: target.key,
            label: `${target.questionId} · ${title}${row ? ` [${localText(row.text, i18n.language)}]` : ''}`,
          };
        }),
      ]
    : [];

  return (
    <Modal opened onClose={onClose} title={t('import.title')} size="xl" fullScreen={phone}>
      {done ? (
        <Stack gap="sm">
          <Alert color="teal" title={t('import.doneTitle')} data-testid="import-done">
            {t('import.done', { count: done.imported })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common:action.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('import.intro')}
          </Text>
          <FileInput
            label={t('import.file')}
            accept=".csv,.xlsx"
            value={file}
            onChange={choose}
            clearable
            error={problem ? t(`import.fileProblem.${problem}`) : undefined}
            data-testid="import-file"
          />
          {preview && (
            <>
              <Text size="sm">
                {t('import.read', { file: preview.fileName, count: preview.rowCount })}
              </Text>
              {preview.sheets.length > 1 && (
                <Select
                  label={t('import.sheet')}
                  data={preview.sheets}
                  value={preview.sheet}
                  onChange={(sheet) => file && sheet && read.mutate({ chosen: file, sheet })}
                  allowDeselect={false}
                  w={240}
                />
              )}
              <ColumnMappingTable
                rows={rows.map((row) => ({
                  field: row.key,
                  label: row.label,
                  required: false,
                  column: mapping[row.key],
                  example: firstValue(preview.sampleRows, mapping[row.key]),
                  testId: `map-${row.key}`,
                }))}
                choices={columnChoices(preview.headings, {
                  notImported: t('import.notImported'),
                  noHeading: t('import.noHeading'),
                })}
                headers={{
                  field: t('import.question'),
                  column: t('import.column'),
                  example: t('import.example'),
                }}
                onChoose={setColumn}
                testId="response-import-mapping"
              />
              <Title order={6}>{t('import.firstRows')}</Title>
              <SampleRowsTable headings={preview.headings} rows={preview.sampleRows} />
            </>
          )}
          {check && (
            <Alert color="teal" title={t('import.checkTitle')} data-testid="import-check">
              {t('import.checkText', { count: check.validCount })}
              {check.unmatchedOrganisations.length > 0 &&
                ` ${t('import.unmatched', { count: check.unmatchedOrganisations.length })}`}
            </Alert>
          )}
          {rowErrors.length > 0 ? (
            <Stack gap={4}>
              <Alert color="red" title={t('import.nothingTitle')} role="alert">
                {t('import.nothingText')}
              </Alert>
              <Table striped fz="xs" verticalSpacing={2} data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.where')}</Table.Th>
                    <Table.Th>{t('import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rowErrors.map((issue, index) => (
                    <Table.Tr key={index}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{issue.path}</Table.Td>
                      <Table.Td>{issue.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ) : (
            error && <ErrorAlert error={error} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button
              variant="light"
              disabled={!file || !preview}
              loading={dryRun.isPending}
              onClick={() => file && dryRun.mutate(file)}
              data-testid="import-check-button"
            >
              {t('import.check')}
            </Button>
            <Button
              disabled={!file || !check || check.validCount === 0}
              loading={save.isPending}
              onClick={() => file && save.mutate(file)}
              data-testid="import-run"
            >
              {t('import.run', { count: check?.validCount ?? 0 })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
