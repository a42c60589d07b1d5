// Imports one file of the secondary research (a dataset, a cluster definition, a relatedness
// matrix): choose the file, name it, send it with a progress bar, then "processing" while the
// server checks every row; the server's errors are listed with their places.

import { Button, FileButton, Group, Paper, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type ReactNode } from 'react';
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
}: {
  slug: string;
  /** Under the project's /statistics, e.g. '/datasets'. */
  route: string;
  /** `{prefix}-file`, `{prefix}-name` and `{prefix}-submit` name the controls for tests. */
  testIdPrefix: string;
  /** More options sent with the name (a dataset's format). */
  options?: Record<string, string>;
  extraFields?: ReactNode;
  /** What the file must contain. */
  help: ReactNode;
  onImported?: (result: Result) => void;
}) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

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

  const submit = async () => {
    if (!file || problem) return;
    setError(null);
    abort.current = new AbortController();
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const result = await uploadWithProgress<Result>(
        statisticsPath(slug, route),
        file,
        { ...options, ...(name.trim() ? { name: name.trim() } : {}) },
        setProgress,
        abort.current.signal,
      );
      notifications.show({ color: 'teal', message: t('import.done', { name: result.name }) });
      setFile(null);
      setName('');
      onImported?.(result);
      await Promise.all([
        client.invalidateQueries({ queryKey: statisticsKeys.all(slug) }),
        client.invalidateQueries({ queryKey: projectKey(slug) }),
      ]);
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const percent = progress && progress.total > 0 ? (progress.loaded / progress.total) * 100 : 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FileButton
            onChange={(chosen) => {
              setFile(chosen);
              setError(null);
            }}
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
          <Button
            onClick={() => void submit()}
            disabled={!file || problem !== null}
            loading={progress !== null}
            data-testid={`${testIdPrefix}-submit`}
          >
            {t('import.submit')}
          </Button>
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
                <Button size="compact-xs" variant="subtle" onClick={() => abort.current?.abort()}>
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
