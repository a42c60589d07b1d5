// Imports one file of the secondary research (a dataset, a cluster definition, a relatedness
// matrix): choose the file, name it, (for a dataset, map its columns,) send it with a progress
// bar, then "processing" while the server checks every row; the server's errors are listed with
// their places.

import { Button, FileButton, Group, Paper, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { projectKey } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStatsFormat } from '../useStatsFormat';
import { statisticsKeys, statisticsPath } from '../statisticsQueries';
import { uploadWithProgress, type UploadProgress } from './uploadWithProgress';

/** The server's limit for a statistics file, checked here first to save the wait. */
export const MAX_STATISTICS_BYTES = 200 * 1024 * 1024;
const EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'];

export function FileImportForm<Result extends { name: string }>({
  slug,
  route,
  testIdPrefix,
  options,
  extraFields,
  help,
  onImported,
  onFileChange,
  onFailed,
  step,
  waiting = false,
}: {
  slug: string;
  /** Under the project's /statistics, e.g. '/datasets'. */
  route: string;
  /** `{prefix}-file`, `{prefix}-name` and `{prefix}-submit` name the controls for tests. */
  testIdPrefix: string;
  /** More options sent with the name (a dataset's format and column mapping). */
  options?: Record<string, unknown>;
  extraFields?: ReactNode;
  /** What the file must contain. */
  help: ReactNode;
  onImported?: (result: Result) => void;
  /** Hears each file chosen, and null once it is imported (a dataset previews its file). */
  onFileChange?: (file: File | null) => void;
  /** Hears a failed import, after it is shown (a dataset then asks for a column mapping). */
  onFailed?: (error: unknown) => void;
  /**
   * A step between choosing the file and importing it (a dataset's column mapping), given the
   * import action and whether an import runs; while there is one, it replaces the import button.
   */
  step?: (importFile: () => void, importing: boolean) => ReactNode;
  /** Something is being read before the import can start (a preview): the button waits. */
  waiting?: boolean;
}) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  // State, not a ref: `submit` is handed to the step while rendering, which must not read refs.
  const [abort, setAbort] = useState<AbortController | null>(null);

  const lowerName = file?.name.toLowerCase() ?? '';
  const problem = !file
    ? null
    : !EXTENSIONS.some((extension) => lowerName.endsWith(extension))
      ? 'type'
      : file.size > MAX_STATISTICS_BYTES
        ? 'size'
        : file.size === 0
          ? 'empty'
          : null;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    onFileChange?.(chosen);
  };

  const submit = async () => {
    if (!file || problem) return;
    setError(null);
    const controller = new AbortController();
    setAbort(controller);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const result = await uploadWithProgress<Result>(
        statisticsPath(slug, route),
        file,
        { ...options, ...(name.trim() ? { name: name.trim() } : {}) },
        setProgress,
        controller.signal,
      );
      notifications.show({ color: 'teal', message: t('import.done', { name: result.name }) });
      choose(null);
      setName('');
      onImported?.(result);
      await Promise.all([
        client.invalidateQueries({ queryKey: statisticsKeys.all(slug) }),
        client.invalidateQueries({ queryKey: projectKey(slug) }),
      ]);
    } catch (caught) {
      setError(caught);
      onFailed?.(caught);
    } finally {
      setProgress(null);
      setAbort(null);
    }
  };

  const percent = progress && progress.total > 0 ? (progress.loaded / progress.total) * 100 : 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FileButton
            onChange={choose}
            accept={[...EXTENSIONS, 'text/csv', 'text/tab-separated-values'].join(',')}
            inputProps={{ name: 'file', ...{ 'data-testid': `${testIdPrefix}-file` } }}
          >
            {(props) => (
              <Button variant="light" {...props} disabled={progress !== null}>
                {file ? t('import.otherFile') : t('import.chooseFile')}
              </Button>
            )}
          </FileButton>
          <TextInput
            label={t('import.name')}
            placeholder={file?.name ?? t('import.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            style={{ flex: '1 1 200px' }}
            data-testid={`${testIdPrefix}-name`}
          />
          {extraFields}
          {!step && (
            <Button
              onClick={() => void submit()}
              disabled={!file || problem !== null}
              loading={progress !== null || waiting}
              data-testid={`${testIdPrefix}-submit`}
            >
              {t('import.submit')}
            </Button>
          )}
        </Group>
        {file && (
          <Text size="sm" data-testid={`${testIdPrefix}-chosen`}>
            {t('import.chosen', {
              name: file.name,
              size: format.number(file.size / (1024 * 1024), { maximumFractionDigits: 1 }),
            })}
          </Text>
        )}
        {problem && (
          <Text size="sm" c="red" role="alert">
            {t(`import.problem.${problem}`)}
          </Text>
        )}
        {step && file && !problem && step(() => void submit(), progress !== null)}
        {progress && (
          <Stack gap={4} data-testid={`${testIdPrefix}-progress`}>
            <Progress
              value={progress.phase === 'processing' ? 100 : percent}
              animated={progress.phase === 'processing'}
              striped={progress.phase === 'processing'}
              aria-label={t('import.progress')}
            />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {progress.phase === 'processing'
                  ? t('import.processing')
                  : t('import.uploading', { percent: format.number(percent / 100, { style: 'percent' }) })}
              </Text>
              {progress.phase === 'uploading' && (
                <Button size="compact-xs" variant="subtle" onClick={() => abort?.abort()}>
                  {t('common:action.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
        <ErrorAlert error={error} title={t('import.failed')} />
        <Text size="xs" c="dimmed" component="div">
          {help}
        </Text>
      </Stack>
    </Paper>
  );
}
